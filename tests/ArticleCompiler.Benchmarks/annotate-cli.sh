#!/usr/bin/env bash
# Benchmark for `artc annotate` through the real CLI: COUNT copies of the raw seed (9.4 KB each,
# distinct titles) annotated into a folder of drafts, timed from process start to exit, with peak
# memory (GNU time's maximum RSS). Every run writes a fresh folder, so --force is not needed.
# Usage: tests/ArticleCompiler.Benchmarks/annotate-cli.sh [COUNT] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-1000}
runs=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release src/ArticleCompiler.Cli -o "$work/artc" -v quiet -nologo >/dev/null
dotnet run -c Release --project tests/ArticleCompiler.Benchmarks -- raw-corpus "$work/raw" "$count" >/dev/null
bytes=$(cat "$work"/raw/*.txt | wc -c)
echo "raw corpus: $count files, $bytes bytes"

dotnet "$work/artc/artc.dll" annotate "$work/raw" -o "$work/warm" 2>/dev/null   # warm the disk cache
for run in $(seq 1 "$runs"); do
  /usr/bin/time -f "%e %M" -o "$work/time" dotnet "$work/artc/artc.dll" annotate "$work/raw" -o "$work/drafts-$run" 2>"$work/err" || true
  read -r seconds kilobytes <"$work/time"
  echo "run $run: $(tail -n 1 "$work/err") wall ${seconds} s, peak RSS $((kilobytes / 1024)) MiB"
done
echo "drafts written: $(ls "$work/drafts-1" | wc -l)"
dotnet "$work/artc/artc.dll" validate "$work/drafts-1" | tail -n 1
