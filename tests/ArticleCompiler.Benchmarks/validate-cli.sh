#!/usr/bin/env bash
# Benchmark for `artc validate` through the real CLI: 1,000 copies of the annotated seed with
# distinct ids, timed from process start to exit, with its CPU (user + system) and peak memory
# (GNU time's maximum RSS); then the in-process CPU of parsing and validating the same files
# (corpus-cpu), the denominator of the CLI's CPU ratio.
# Usage: tests/ArticleCompiler.Benchmarks/validate-cli.sh [COUNT] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-1000}
runs=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release src/ArticleCompiler.Cli -o "$work/artc" -v quiet -nologo >/dev/null
dotnet run -c Release --project tests/ArticleCompiler.Benchmarks -- corpus "$work/corpus" "$count" >/dev/null
bytes=$(cat "$work"/corpus/*.article.md | wc -c)
echo "corpus: $count files, $bytes bytes"

dotnet "$work/artc/artc.dll" validate "$work/corpus" >/dev/null   # warm the disk cache
for run in $(seq 1 "$runs"); do
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" dotnet "$work/artc/artc.dll" validate "$work/corpus" >"$work/out" || true
  read -r seconds user system kilobytes <"$work/time"
  echo "run $run: $(tail -n 1 "$work/out") wall ${seconds} s, CPU $(awk "BEGIN { print $user + $system }") s (user $user, system $system), peak RSS $((kilobytes / 1024)) MiB"
done
dotnet run -c Release --project tests/ArticleCompiler.Benchmarks -- corpus-cpu "$work/corpus"
