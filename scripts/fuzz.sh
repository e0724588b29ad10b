#!/usr/bin/env bash
# Fuzzes the three readers (plaintext, newsml, ninjs) and the pipeline behind them.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [--harness]
# With libFuzzer (swiftc -sanitize=fuzzer,address) unless --harness is given or that build fails; then
# the deterministic mutation harness (newsml-fuzz) runs instead. Seeds: Samples/, Tests/Regressions/
# and ../shared/corpus when present. A finding stops the run and leaves its input in .build-fuzz/findings/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
mode="${2:-libfuzzer}"
seeds=(Samples Tests/Regressions)
[ -d ../shared/corpus ] && seeds+=(../shared/corpus/plaintext ../shared/corpus/newsml-g2 ../shared/corpus/ninjs)
mkdir -p .build-fuzz/findings

if [ "$mode" != "--harness" ] && swift build -c release --scratch-path .build-fuzz --product newsml-fuzz \
     -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING >/dev/null 2>&1; then
  binary=.build-fuzz/release/newsml-fuzz
  export SWIFT_BACKTRACE=enable=no
  for target in plaintext newsml ninjs; do
    corpus=.build-fuzz/corpus-$target
    mkdir -p "$corpus"
    case $target in
      plaintext) find "${seeds[@]}" -type f \( -name '*.txt' -o -path '*plaintext*' \) ! -name '*.json' -size -200k -exec cp -n {} "$corpus/" \; 2>/dev/null || true ;;
      newsml) find "${seeds[@]}" -type f -name '*.xml' -size -200k -exec cp -n {} "$corpus/" \; 2>/dev/null || true ;;
      ninjs) find "${seeds[@]}" -type f -name '*.json' -size -200k -exec cp -n {} "$corpus/" \; 2>/dev/null || true ;;
    esac
    echo "== $target: libFuzzer for $seconds s"
    NEWSML_FUZZ_TARGET=$target ASAN_OPTIONS=detect_leaks=1 "$binary" "$corpus" -max_total_time="$seconds" -timeout=10 \
      -rss_limit_mb=2048 -max_len=262144 -artifact_prefix=.build-fuzz/findings/$target- -print_final_stats=1 2>&1 \
      | grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::average_exec_per_sec|==[0-9]+==ERROR|SUMMARY|artifact_prefix)" || true
    if ls .build-fuzz/findings/$target-* >/dev/null 2>&1; then echo "finding for $target: $(ls .build-fuzz/findings/$target-*)"; exit 1; fi
  done
else
  swift build -c release --product newsml-fuzz >/dev/null
  binary=.build/release/newsml-fuzz
  for target in plaintext newsml ninjs; do
    echo "== $target: mutation harness for $seconds s"
    if ! NEWSML_FUZZ_TARGET=$target "$binary" $target "$seconds" "${seeds[@]}"; then
      cp .fuzz-current-input ".build-fuzz/findings/$target-harness" 2>/dev/null || true
      echo "finding for $target: .build-fuzz/findings/$target-harness"
      exit 1
    fi
  done
fi
