#!/usr/bin/env bash
# Benchmark for `artc export --cache` with the Native AOT artc: COUNT copies of the annotated seed
# exported to JSON Lines, side by side with hyperfine (-N, alternating is its default per command
# group; RUNS runs each):
#   uncached   - artc export DIR -f jsonl -o FILE (no cache);
#   warm       - the same with --cache, nothing changed (every article's bytes from the cache);
#   one-edit   - the same with --cache, one file edited (it alone is parsed and rendered again);
#   validate   - artc validate DIR --cache on the cache the export left (reads its index alone).
# Before timing, every cached output is compared byte for byte with the uncached one: json, jsonl,
# csv (--records quotes, and the four files of a folder), on a cold cache and a warm one.
# Usage: tests/ArticleCompiler.Benchmarks/export-cache.sh [COUNT] [RUNS] [ARTC]
#   ARTC: an artc already published (dotnet publish src/ArticleCompiler.Cli -c Release -r linux-x64 -o DIR);
#   by default one is published into a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-10000}
runs=${2:-10}
artc=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shellcheck source=cache-setup.sh
source tests/ArticleCompiler.Benchmarks/cache-setup.sh

same() {   # name, then the export options: uncached, cold and warm outputs compared
  local name=$1
  shift
  rm -rf "$work/check" && mkdir -p "$work/check"
  "$artc" export "$work/corpus" "$@" -o "$work/check/uncached" 2>/dev/null
  for run in cold warm; do
    "$artc" export "$work/corpus" "$@" -o "$work/check/$run" --cache --cache-location "$work/check/cache"
    diff -r "$work/check/uncached" "$work/check/$run" >/dev/null || { echo "$name: $run output differs from the uncached one" >&2; exit 1; }
  done
  echo "same bytes: $name"
}
same json -f json
same jsonl -f jsonl
same csv-quotes -f csv --records quotes
same csv-folder -f csv

cache="$work/cache"
"$artc" export "$work/corpus" -f jsonl -o "$work/warm.jsonl" --cache --cache-location "$cache"
cp "$work/corpus/article-00000.article.md" "$work/saved"
edited="$work/corpus/article-00000.article.md"
# one-edit: a paragraph more before each run, so that file is new to the cache every time.
hyperfine -N --warmup 1 --runs "$runs" \
  -n uncached --prepare true "$artc export $work/corpus -f jsonl -o $work/uncached.jsonl" \
  -n warm --prepare true "$artc export $work/corpus -f jsonl -o $work/warm.jsonl --cache --cache-location $cache" \
  -n one-edit --prepare "sh -c 'printf \"\\nOne more paragraph.\\n\" >>$edited'" \
  "$artc export $work/corpus -f jsonl -o $work/edited.jsonl --cache --cache-location $cache" \
  -n validate --prepare true "$artc validate $work/corpus --cache --cache-location $cache"
cp "$work/saved" "$edited"
touch -d '1 hour ago' "$edited"
"$artc" export "$work/corpus" -f jsonl -o "$work/uncached.jsonl"
/usr/bin/time -f "warm: peak RSS %M KiB" "$artc" export "$work/corpus" -f jsonl -o "$work/warm.jsonl" --cache --cache-location "$cache"
/usr/bin/time -f "warm again: peak RSS %M KiB" "$artc" export "$work/corpus" -f jsonl -o "$work/warm.jsonl" --cache --cache-location "$cache"
/usr/bin/time -f "uncached: peak RSS %M KiB" "$artc" export "$work/corpus" -f jsonl -o "$work/uncached.jsonl"
cmp "$work/uncached.jsonl" "$work/warm.jsonl" || { echo "warm output differs from the uncached one" >&2; exit 1; }
echo "cache file: $(stat -c %s "$cache") bytes; output: $(stat -c %s "$work/uncached.jsonl") bytes"
