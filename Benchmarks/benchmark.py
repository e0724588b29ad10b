#!/usr/bin/env python3
"""NewsMLKit benchmark: the same files through xmllint (the reference) and newsml, in one run.

Usage: python3 Benchmarks/benchmark.py [--shared ../shared] [--binary .build/release/newsml] [--runs 5] [--json FILE]

Every timing is the median wall time of --runs runs of one process per tool over all the files (so
process start and schema compilation count once, as they do for a real batch). Peak memory is the
child's maximum resident set size. Ratios are to xmllint's time in the same run.
"""
import argparse, json, os, resource, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def measure(command, runs, cwd=None, clear=None):
    """Median wall seconds and the largest peak RSS (MiB) over `runs` runs; exit statuses seen.
    `clear` is an output folder: every run writes into a new, empty folder (``clear``, ``clear-1`` …), and
    all of them are removed after the last run. Deleting thousands of files right before a run would make
    ext4 skip its recently freed inodes while the run creates new ones — that cost is the benchmark's own,
    not the tool's (on this machine it added 0.7 ms per written file)."""
    times, peaks, statuses = [], [], set()
    folders = []
    for run in range(runs):
        if clear:
            folder = clear if run == 0 else "%s-%d" % (clear, run)
            shutil.rmtree(folder, ignore_errors=True)
            folders.append(folder)
            command = [folder if part == clear else part for part in command]
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd)
        _, status, usage = os.wait4(process.pid, 0)
        times.append(time.perf_counter() - started)
        peaks.append(usage.ru_maxrss / 1024.0)
        statuses.add(os.waitstatus_to_exitcode(status))
        if clear:
            command = [clear if part == folder else part for part in command]
    for folder in folders[1:]:
        shutil.rmtree(folder, ignore_errors=True)
    return statistics.median(times), max(peaks), statuses


def corpus_files(shared):
    manifest = os.path.join(shared, "corpus", "MANIFEST.tsv")
    with open(manifest, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f]
    header = rows[0]
    path, fmt, valid, root = (header.index(name) for name in ("corpus_path", "format", "valid_power_2_35", "root_element"))
    news = ("newsItem", "packageItem", "newsMessage")
    return [os.path.join(shared, "corpus", r[path]) for r in rows[1:]
            if len(r) > valid and r[fmt] == "newsml-g2" and r[valid] == "yes" and r[root].split(":")[-1] in news]


def news_message(path, items):
    """A newsMessage of `items` text items, each with subjects and a three-paragraph body."""
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">\n'
                '<header><sent>2026-01-01T00:00:00Z</sent><sender>benchmark.example</sender></header>\n<itemSet>\n')
        for n in range(items):
            f.write(
                '<newsItem guid="urn:newsml:benchmark.example:2026:item-%d" version="1" standard="NewsML-G2" standardversion="2.35" conformance="power" xml:lang="en">'
                '<catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"/>'
                '<itemMeta><itemClass qcode="ninat:text"/><provider literal="Benchmark Wire"/><versionCreated>2026-01-01T00:00:00Z</versionCreated><pubStatus qcode="stat:usable"/></itemMeta>'
                '<contentMeta><subject type="cpnat:abstract" qcode="medtop:20000002"><name>arts</name></subject>'
                '<subject type="cpnat:geoArea" qcode="geonames:2643743"><name>London</name></subject>'
                '<headline>Benchmark story number %d about the harbour</headline><by>Staff</by><creditline>Benchmark Wire</creditline></contentMeta>'
                '<contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Story %d</title></head><body>'
                '<p>The harbour board met on Monday to discuss the future of the old ferry terminal, item %d.</p>'
                '<p>"We will decide by the end of the year," the chair said after the meeting in London.</p>'
                '<p>Residents have asked for the building to become a market hall.</p>'
                '</body></html></inlineXML></contentSet></newsItem>\n' % (n, n, n, n))
        f.write("</itemSet>\n</newsMessage>\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "newsml"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", help="also write the results here")
    # Outputs go to a RAM-backed folder when there is one: on ext4, files deleted in the minutes before (by an
    # earlier run, a test suite, a build) make creating new ones up to twice as slow, which measured the disk's
    # history, not the tool. `--work-dir DIR` puts them on a disk of your choice.
    parser.add_argument("--work-dir", default="/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None)
    args = parser.parse_args()
    shared = os.path.abspath(args.shared)
    newsml = os.path.abspath(args.binary)
    xsd = os.path.join(shared, "schemas", "newsml-g2", "2.35", "NewsML-G2_2.35-spec-All-Power.xsd")
    for needed in (newsml, xsd, shutil.which("xmllint")):
        if not needed or not os.path.exists(needed):
            sys.exit("benchmark: missing %s (build with `swift build -c release`; ../shared must be present)" % needed)
    files = corpus_files(shared)
    size = sum(os.path.getsize(f) for f in files)
    work = tempfile.mkdtemp(prefix="newsml-bench-", dir=args.work_dir)
    results = []
    try:
        reference, reference_peak, _ = measure(["xmllint", "--noout", "--nonet", "--schema", xsd] + files, args.runs)
        results.append(("xmllint --noout --nonet --schema (reference)", reference, reference_peak, "%d files, %.1f MB" % (len(files), size / 1e6)))
        seconds, peak, _ = measure([newsml, "validate", "--schema", xsd] + files, args.runs)
        results.append(("newsml validate --schema (same XSD)", seconds, peak, "target ≤ 1.2×"))
        out = os.path.join(work, "newsml")
        seconds, peak, _ = measure([newsml, "convert", "--to", "newsml", "--output-dir", out] + files, args.runs, clear=out)
        results.append(("newsml convert --to newsml (read, write, validate)", seconds, peak, "target ≤ 2.5×"))
        out = os.path.join(work, "ninjs")
        seconds, peak, _ = measure([newsml, "convert", "--to", "ninjs", "--output-dir", out] + files, args.runs, clear=out)
        results.append(("newsml convert --to ninjs", seconds, peak, ""))
        out = os.path.join(work, "nitf")
        seconds, peak, _ = measure([newsml, "convert", "--to", "nitf", "--output-dir", out] + files, args.runs, clear=out)
        results.append(("newsml convert --to nitf", seconds, peak, "NITF 3.6, validated"))

        # Plain text with entities, one core: the plain-text corpus repeated to 2,000 articles.
        plain = os.path.join(shared, "corpus", "plaintext")
        texts = sorted(os.path.join(folder, n) for folder, _, names in os.walk(plain) for n in names
                       if not n.endswith((".json", ".tsv", ".md")) and not n.startswith("."))
        articles = os.path.join(work, "articles")
        os.makedirs(articles)
        count = 0
        while count < 2000:
            for text in texts:
                shutil.copy(text, os.path.join(articles, "a%05d.txt" % count))
                count += 1
        one_core = ["taskset", "-c", "0"] if shutil.which("taskset") else []
        articles_out = os.path.join(work, "articles-out")
        seconds, peak, _ = measure(one_core + [newsml, "convert", articles, "--to", "newsml", "--output-dir", articles_out], args.runs, clear=articles_out)
        plain_rate = count / seconds
        results.append(("plain text → NewsML-G2 with entities, 1 core", seconds, peak, "%d articles: %.0f articles/s (target ≥ 2,000)" % (count, plain_rate)))

        seed = os.path.join(plain, "seed-macron-moscow.txt")
        latency, peak, _ = measure([newsml, "convert", seed, "--to", "newsml"], max(args.runs, 15))
        bare, bare_peak, _ = measure([newsml, "convert", seed, "--to", "newsml", "--no-entities"], max(args.runs, 15))
        results.append(("one file: newsml convert seed --to newsml", latency, peak,
                        "%.0f ms wall with entities (target ≤ 20 ms); %.2f× the same without" % (latency * 1000, latency / bare)))
        results.append(("one file: the same with --no-entities", bare, bare_peak, "%.0f ms wall" % (bare * 1000)))

        message = os.path.join(work, "message-10000.xml")
        news_message(message, 10000)
        seconds, peak, statuses = measure([newsml, "convert", message, "--output-dir", os.path.join(work, "message-out")], 1)
        written = len(os.listdir(os.path.join(work, "message-out")))
        results.append(("newsMessage of 10,000 items → one file each", seconds, peak, "%d written, peak %.0f MB (target ≤ 150 MB)" % (written, peak)))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print("| Run | Wall (median) | × xmllint | Peak RSS | Notes |")
    print("|---|---:|---:|---:|---|")
    for name, seconds, peak, note in results:
        print("| %s | %.3f s | %.2f | %.0f MB | %s |" % (name, seconds, seconds / reference, peak, note))
    print("\nOutputs written under %s (--work-dir to choose another file system)." % (args.work_dir or tempfile.gettempdir()))
    if args.json:
        with open(args.json, "w") as f:
            json.dump([{"run": n, "seconds": s, "ratio": s / reference, "peak_mb": p, "note": note} for n, s, p, note in results], f, indent=2)


if __name__ == "__main__":
    main()
