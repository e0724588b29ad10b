#!/usr/bin/env python3
"""NewsMLKit at scale: the PostgreSQL queue against the CLI's batch, and nginx in front of three instances
against one instance, on the same inputs in the same run.

Usage: python3 Benchmarks/scale.py [--binary .build/release/newsml] [--shared ../shared] [--items 2000]
                                   [--requests 1500] [--runs 3] [--database postgres://…] [--json FILE]

Needs PostgreSQL (the URL from --database or NEWSML_TEST_DATABASE_URL: `eval "$(scripts/test-postgres start)"`),
psql, nginx and curl. Inputs are the corpus's plain-text articles and agency NewsML-G2 files, repeated to --items
under unique names. Times are wall seconds of the whole run (enqueueing is reported apart: it is the producer's).
- CLI batch: `newsml convert DIR --output-dir OUT` (one process, a worker thread per core).
- queue, 1 worker: `newsml worker --until-empty` (its default --jobs) after `newsml enqueue DIR` into a fresh
  database, then `newsml queue export` (the CLI's files, so that both runs deliver the same).
- queue, 2 workers: two such processes at once.
  Overhead: 1 worker / CLI batch − 1, and (1 worker + export) / CLI batch − 1, in wall time.
- All of that twice: with PostgreSQL on the same cores as the conversions (its CPU, reported, is then part of the
  overhead), and with PostgreSQL on a core of its own and the CLI batch, the worker and the export on the others
  (what a database machine of its own gives, measured on one machine; needs the right to set the server's CPU
  affinity, i.e. the same user or root).
- HTTP: curl --parallel 8 sending --requests conversions to one `newsml serve`, then to nginx
  (deploy/nginx/newsml.conf) in front of three instances on the same machine.
"""
import argparse, json, os, pwd, shutil, socket, statistics, subprocess, sys, tempfile, time, urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def timed(command, env=None, pinned=None):
    started = time.perf_counter()
    subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, preexec_fn=pinned)
    return time.perf_counter() - started


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(port):
    for _ in range(200):
        if subprocess.run(["curl", "-fs", "-o", "/dev/null", "http://127.0.0.1:%d/health" % port]).returncode == 0:
            return
        time.sleep(0.05)
    raise SystemExit("nothing healthy on port %d" % port)


def inputs(shared, count, folder):
    sources = []
    for family in ("plaintext", "newsml-g2"):
        for base, _, names in os.walk(os.path.join(shared, "corpus", family)):
            for name in sorted(names):
                if name.endswith((".txt", ".xml")):
                    sources.append(os.path.join(base, name))
    sources.sort()
    os.makedirs(folder)
    for index in range(count):
        source = sources[index % len(sources)]
        shutil.copyfile(source, os.path.join(folder, "%05d-%s" % (index, os.path.basename(source))))
    return sources


def postgres_cpu():
    """CPU seconds used so far by the PostgreSQL server's processes of this machine (its ended backends included)."""
    total = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % pid) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            with open("/proc/%s/status" % pid) as f:
                owner = [line for line in f if line.startswith("Uid:")][0].split()[1]
        except OSError:
            continue
        if pwd.getpwuid(int(owner)).pw_name == "postgres":
            total += sum(int(value) for value in fields[11:15])
    return total / os.sysconf("SC_CLK_TCK")


def fresh_database(server):
    name = "newsml_scale_%d" % os.getpid()
    subprocess.run(["psql", server, "-qX", "-c", "DROP DATABASE IF EXISTS %s WITH (FORCE)" % name], check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run(["psql", server, "-qX", "-c", "CREATE DATABASE %s" % name], check=True, stdout=subprocess.DEVNULL)
    parts = urllib.parse.urlsplit(server)
    return parts._replace(path="/" + name).geturl(), name


def postgres_pids():
    pids = []
    for pid in os.listdir("/proc"):
        try:
            if pid.isdigit() and os.stat("/proc/" + pid).st_uid == pwd.getpwnam("postgres").pw_uid:
                pids.append(int(pid))
        except (OSError, KeyError):
            pass
    return pids


def pin_postgres(cores):
    """Sets the CPU affinity of the server's processes (new backends inherit the postmaster's)."""
    for pid in postgres_pids():
        try:
            os.sched_setaffinity(pid, cores)
        except OSError:
            pass


def queue_run(binary, server, folder, workers, env, cores=None):
    """Enqueue, work (PostgreSQL CPU measured over this phase alone), export; newsml on `cores` when given."""
    pinned = (lambda: os.sched_setaffinity(0, cores)) if cores else None
    url, name = fresh_database(server)
    subprocess.run([binary, "worker", "--database", url, "--migrate"], check=True, stderr=subprocess.DEVNULL)
    enqueue = timed([binary, "enqueue", "--database", url, folder], env)
    before = postgres_cpu()
    started = time.perf_counter()
    processes = [subprocess.Popen([binary, "worker", "--database", url, "--until-empty"], preexec_fn=pinned,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in range(workers)]
    for process in processes:
        process.wait()
    work = time.perf_counter() - started
    database_cpu = postgres_cpu() - before
    out = tempfile.mkdtemp(prefix="newsml-scale-export-", dir=os.path.dirname(folder))
    export = timed([binary, "queue", "export", "--database", url, "--output-dir", out], pinned=pinned)
    shutil.rmtree(out, ignore_errors=True)
    subprocess.run(["psql", server, "-qX", "-c", "DROP DATABASE %s WITH (FORCE)" % name], stdout=subprocess.DEVNULL)
    return enqueue, work, export, database_cpu


def http_load(port, articles, requests, folder):
    config = os.path.join(folder, "requests-%d.curl" % port)
    with open(config, "w") as f:
        groups = []
        for index in range(requests):
            groups.append('url = "http://127.0.0.1:%d/convert"\ndata-binary = "@%s"\noutput = "/dev/null"\n'
                          'write-out = "%%{http_code}\\n"\n' % (port, articles[index % len(articles)]))
        f.write("next\n".join(groups))
    started = time.perf_counter()
    result = subprocess.run(["curl", "-s", "--parallel", "--parallel-max", "8", "-K", config], capture_output=True, text=True)
    seconds = time.perf_counter() - started
    codes = result.stdout.split()
    return requests / seconds, sum(1 for code in codes if code != "200")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/newsml"))
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=1500)
    parser.add_argument("--database", default=os.environ.get("NEWSML_TEST_DATABASE_URL"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json")
    options = parser.parse_args()
    if not options.database:
        raise SystemExit("no PostgreSQL: give --database or run eval \"$(scripts/test-postgres start)\"")
    binary = os.path.abspath(options.binary)
    env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")
    # Inputs and outputs in memory (/dev/shm) when there is one: on this machine's disk, creating two thousand small
    # files took from 0.5 to 2 s from one run to the next, more than the conversions the runs compare.
    work = tempfile.mkdtemp(prefix="newsml-scale-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
    results = {}
    try:
        folder = os.path.join(work, "in")
        sources = inputs(options.shared, options.items, folder)
        # Medians of --runs runs, each into a folder of its own (see benchmark.py on why not a cleared one).
        everything = set(range(os.cpu_count() or 1))
        layouts = [("shared", None)]
        if len(everything) >= 2:
            layouts.append(("apart", everything - {max(everything)}))
        for layout, cores in layouts:
            pin_postgres({max(everything)} if cores else everything)
            pinned = (lambda: os.sched_setaffinity(0, cores)) if cores else None
            try:
                cli = statistics.median(
                    timed([binary, "convert", folder, "--output-dir", os.path.join(work, "cli-%s-%d" % (layout, run))], env, pinned)
                    for run in range(options.runs))
                results["%s_cli_batch_s" % layout] = cli
                for workers in (1, 2) if layout == "shared" else (1,):
                    runs = [queue_run(binary, options.database, folder, workers, env, cores) for _ in range(options.runs)]
                    results["%s_queue_%d_workers_s" % (layout, workers)] = statistics.median(r[1] for r in runs)
                    results["%s_postgres_cpu_%d_workers_s" % (layout, workers)] = statistics.median(r[3] for r in runs)
                    results["%s_enqueue_s" % layout] = statistics.median(r[0] for r in runs)
                    results["%s_export_s" % layout] = statistics.median(r[2] for r in runs)
            finally:
                pin_postgres(everything)
            worker = results["%s_queue_1_workers_s" % layout]
            full = worker + results["%s_export_s" % layout]
            results["%s_worker_overhead_ratio" % layout] = worker / cli - 1
            results["%s_queue_overhead_per_job_ms" % layout] = (full - cli) / options.items * 1000
            results["%s_queue_overhead_ratio" % layout] = full / cli - 1

        articles = [s for s in sources if s.endswith(".txt")][:40] + [s for s in sources if s.endswith(".xml")][:40]
        single_port = free_port()
        single = subprocess.Popen([binary, "serve", "--port", str(single_port), "--log-level", "error"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_healthy(single_port)
        http_load(single_port, articles, 100, work)  # warm-up
        rates = [http_load(single_port, articles, options.requests, work) for _ in range(options.runs)]
        results["single_rps"] = statistics.median(rate for rate, _ in rates)
        results["single_failed"] = sum(failed for _, failed in rates)
        single.terminate()
        single.wait()

        ports = [free_port() for _ in range(3)]
        front = free_port()
        instances = [subprocess.Popen([binary, "serve", "--port", str(port), "--log-level", "error"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for port in ports]
        for port in ports:
            wait_healthy(port)
        with open(os.path.join(ROOT, "deploy/nginx/newsml.conf")) as f:
            site = f.read()
        for index, port in enumerate(ports):
            site = site.replace("127.0.0.1:808%d" % (index + 1), "127.0.0.1:%d" % port)
        site = site.replace("listen 8080;", "listen 127.0.0.1:%d;" % front)
        with open(os.path.join(work, "newsml.conf"), "w") as f:
            f.write(site)
        os.chmod(work, 0o777)
        with open(os.path.join(work, "nginx.conf"), "w") as f:
            f.write("daemon off; worker_processes 1; pid %s/nginx.pid; error_log %s/error.log warn;\n"
                    "events { worker_connections 512; }\nhttp { access_log off; client_body_temp_path %s/body; "
                    "proxy_temp_path %s/proxy; include %s/newsml.conf; }\n" % ((work,) * 5))
        nginx = subprocess.Popen(["nginx", "-c", os.path.join(work, "nginx.conf"), "-p", work, "-e", os.path.join(work, "error.log")])
        wait_healthy(front)
        http_load(front, articles, 100, work)
        rates = [http_load(front, articles, options.requests, work) for _ in range(options.runs)]
        results["nginx_3_rps"] = statistics.median(rate for rate, _ in rates)
        results["nginx_failed"] = sum(failed for _, failed in rates)
        results["nginx_ratio"] = results["nginx_3_rps"] / results["single_rps"]
        nginx.terminate()
        nginx.wait()
        for instance in instances:
            instance.terminate()
            instance.wait()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print("items: %d, cores: %d" % (options.items, os.cpu_count() or 1))
    for layout, title in (("shared", "PostgreSQL on the same cores"), ("apart", "PostgreSQL on a core of its own, newsml on the others")):
        if "%s_cli_batch_s" % layout not in results:
            continue
        cli = results["%s_cli_batch_s" % layout]
        print("%s:" % title)
        print("  CLI batch:            %6.2f s  (%.0f items/s)" % (cli, options.items / cli))
        for workers in (1, 2):
            key = "%s_queue_%d_workers_s" % (layout, workers)
            if key in results:
                print("  queue, %d worker(s):   %6.2f s  (%.0f items/s; PostgreSQL used %.2f s of CPU meanwhile)"
                      % (workers, results[key], options.items / results[key], results["%s_postgres_cpu_%d_workers_s" % (layout, workers)]))
        print("  enqueue %.2f s, export %.2f s" % (results["%s_enqueue_s" % layout], results["%s_export_s" % layout]))
        print("  overhead vs CLI batch: 1 worker %+.1f %%; 1 worker + export %+.1f %% (%.2f ms a job)"
              % (results["%s_worker_overhead_ratio" % layout] * 100, results["%s_queue_overhead_ratio" % layout] * 100,
                 results["%s_queue_overhead_per_job_ms" % layout]))
    print("HTTP, one instance:      %6.0f requests/s (%d failed)" % (results["single_rps"], results["single_failed"]))
    print("HTTP, nginx + 3:         %6.0f requests/s (%d failed), %.2f × one instance"
          % (results["nginx_3_rps"], results["nginx_failed"], results["nginx_ratio"]))
    if options.json:
        with open(options.json, "w") as f:
            json.dump(results, f, indent=2)


if __name__ == "__main__":
    main()
