#!/usr/bin/env bash
# Parquet against JSON Lines through the native artc, side by side in one sitting (hyperfine -N,
# alternated by hyperfine's own order): COUNT copies of the annotated seed (distinct ids) exported
#   1. --records quotes: quotes.jsonl against quotes.parquet;
#   2. everything: the JSON Lines of whole articles (one file) against the four-file Parquet folder
#      (and the four-file CSV folder beside them, for scale).
# Before timing, the native artc's Parquet files of seeds/ and tests/Gold are compared byte for byte
# with those of the JIT-compiled artc (dotnet artc.dll), whose files ExportParquetTests reads back
# with DuckDB: so the native build is checked to write the same, valid files.
#   ARTC=PATH times that native artc instead of publishing one (its JIT check is then skipped);
#   WORK=DIR keeps the corpus and outputs in DIR (made if missing) instead of a temporary folder.
# Usage: tests/ArticleCompiler.Benchmarks/export-parquet.sh [COUNT] [RUNS]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
count=${1:-10000}
runs=${2:-10}
if [ -n "${WORK:-}" ]; then
  work=$WORK
  mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi

artc=${ARTC:-}
if [ -z "$artc" ]; then
  dotnet publish src/ArticleCompiler.Cli -c Release -r linux-x64 -o "$work/artc" -v quiet -nologo >/dev/null
  artc="$work/artc/artc"
  dotnet build src/ArticleCompiler.Cli -c Release -o "$work/artc-jit" -v quiet -nologo >/dev/null
  for build in native jit; do
    run=("$artc")
    [ "$build" = jit ] && run=(dotnet "$work/artc-jit/artc.dll")
    rm -rf "$work/check-$build"
    "${run[@]}" export seeds tests/Gold --format parquet -o "$work/check-$build" >/dev/null
  done
  for kind in articles speakers sections quotes; do
    cmp "$work/check-native/$kind.parquet" "$work/check-jit/$kind.parquet"
  done
  echo "native artc: the Parquet of seeds/ and tests/Gold is byte for byte the JIT-compiled artc's"
fi

if [ ! -f "$work/corpus/.count-$count" ]; then
  rm -rf "$work/corpus"
  dotnet run -c Release --project tests/ArticleCompiler.Benchmarks -- corpus "$work/corpus" "$count" >/dev/null
  touch "$work/corpus/.count-$count"
fi
echo "corpus: $count files, $(cat "$work"/corpus/*.article.md | wc -c) bytes; artc: $artc"

out="$work/out"
mkdir -p "$out"
hyperfine -N --warmup 1 --runs "$runs" --export-markdown "$work/quotes.md" \
  -n "jsonl --records quotes" "$artc export $work/corpus --format jsonl --records quotes -o $out/quotes.jsonl" \
  -n "parquet --records quotes" "$artc export $work/corpus --format parquet --records quotes -o $out/quotes.parquet"
hyperfine -N --warmup 1 --runs "$runs" --export-markdown "$work/all.md" \
  -n "jsonl (whole articles)" "$artc export $work/corpus --format jsonl -o $out/all.jsonl" \
  -n "parquet (four files)" "$artc export $work/corpus --format parquet -o $out/parquet" \
  -n "csv (four files)" "$artc export $work/corpus --format csv -o $out/csv"
cat "$work/quotes.md" "$work/all.md"
echo "sizes (bytes):"
du -sb "$out"/quotes.jsonl "$out"/quotes.parquet "$out"/all.jsonl "$out"/parquet "$out"/csv
# CPU and peak memory of one run each (GNU time), the same commands.
for run in "jsonl --records quotes -o $out/quotes.jsonl" "parquet --records quotes -o $out/quotes.parquet" "jsonl -o $out/all.jsonl" "parquet -o $out/parquet"; do
  read -r -a options <<<"$run"
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$artc" export "$work/corpus" --format "${options[@]}" >/dev/null
  read -r seconds user system kilobytes <"$work/time"
  echo "$run: wall $seconds s, CPU $(awk -v u="$user" -v s="$system" 'BEGIN {printf "%.2f", u + s}') s, peak RSS $((kilobytes / 1024)) MiB"
done
