#!/usr/bin/env bash
# Benchmark for `artc export` through the real CLI: COUNT copies of the annotated seed (distinct
# ids) exported to JSON Lines (one article a line), timed from process start to exit, with peak
# memory (GNU time's maximum RSS). RECORDS=quotes exports one quote a line instead. REGISTRY=1
# puts seeds/speakers.yaml beside the copies, so that every speaker resolves against it.
# Usage: tests/ArticleCompiler.Benchmarks/export-cli.sh [COUNT] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-10000}
runs=${2:-3}
records=${RECORDS:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release src/ArticleCompiler.Cli -o "$work/artc" -v quiet -nologo >/dev/null
dotnet run -c Release --project tests/ArticleCompiler.Benchmarks -- corpus "$work/corpus" "$count" >/dev/null
[ -n "${REGISTRY:-}" ] && cp seeds/speakers.yaml "$work/corpus/speakers.yaml"
echo "corpus: $count files, $(cat "$work"/corpus/*.article.md | wc -c) bytes"

extra=()
[ -n "$records" ] && extra=(--records "$records")
dotnet "$work/artc/artc.dll" export "$work/corpus" --format jsonl "${extra[@]}" -o "$work/warm.jsonl"   # warm the disk cache
for run in $(seq 1 "$runs"); do
  /usr/bin/time -f "%e %M" -o "$work/time" dotnet "$work/artc/artc.dll" export "$work/corpus" --format jsonl "${extra[@]}" -o "$work/out.jsonl"
  read -r seconds kilobytes <"$work/time"
  echo "run $run: $(wc -l <"$work/out.jsonl") lines, $(wc -c <"$work/out.jsonl") bytes, wall ${seconds} s, peak RSS $((kilobytes / 1024)) MiB"
done
