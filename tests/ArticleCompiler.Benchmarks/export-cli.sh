#!/usr/bin/env bash
# Benchmark for `artc export` through the real CLI: COUNT copies of the annotated seed (distinct
# ids) exported, timed from process start to exit: wall time, CPU time (user + system) and peak
# memory (GNU time's maximum RSS).
#   FORMAT=jsonl (default), json or csv; RECORDS=quotes (or articles, speakers, sections) exports
#   one kind of record (csv without RECORDS writes its four files into a folder);
#   STDOUT=1 writes to standard output, redirected to a file, instead of -o FILE;
#   REGISTRY=1 puts seeds/speakers.yaml beside the copies, so that every speaker resolves against it;
#   ARTC=PATH times that artc (an earlier build, for a side-by-side figure) instead of building one;
#   MODE=jit builds the portable artc (dotnet artc.dll); otherwise artc is published for this
#   machine's runtime identifier as its tool package has it (Native AOT on linux-x64).
# Usage: tests/ArticleCompiler.Benchmarks/export-cli.sh [COUNT] [RUNS]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
count=${1:-10000}
runs=${2:-3}
format=${FORMAT:-jsonl}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -n "${ARTC:-}" ]; then
  artc=("$ARTC")
elif [ "${MODE:-}" = jit ]; then
  dotnet build -c Release "$repo/src/ArticleCompiler.Cli" -o "$work/artc" -v quiet -nologo >/dev/null
  artc=(dotnet "$work/artc/artc.dll")
else
  rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
  dotnet publish -c Release -r "$rid" "$repo/src/ArticleCompiler.Cli" -o "$work/artc" -v quiet -nologo >/dev/null
  artc=("$work/artc/artc")
fi

dotnet run -c Release --project "$repo/tests/ArticleCompiler.Benchmarks" -- corpus "$work/corpus" "$count" >/dev/null
[ -n "${REGISTRY:-}" ] && cp "$repo/seeds/speakers.yaml" "$work/corpus/speakers.yaml"
echo "corpus: $count files, $(cat "$work"/corpus/*.article.md | wc -c) bytes; artc: ${artc[*]}"

options=(--format "$format")
[ -n "${RECORDS:-}" ] && options+=(--records "$RECORDS")
out="$work/out.$format"
[ "$format" = csv ] && [ -z "${RECORDS:-}" ] && out="$work/out"
export_once() {   # export_once TIMEFILE
  if [ -n "${STDOUT:-}" ]; then
    /usr/bin/time -f "%e %U %S %M" -o "$1" "${artc[@]}" export "$work/corpus" "${options[@]}" >"$out"
  else
    /usr/bin/time -f "%e %U %S %M" -o "$1" "${artc[@]}" export "$work/corpus" "${options[@]}" -o "$out"
  fi
}

export_once "$work/time"   # warm the disk cache
for run in $(seq 1 "$runs"); do
  export_once "$work/time"
  read -r seconds user system kilobytes <"$work/time"
  size=$(du -sb "$out" | cut -f1)
  echo "run $run: $size bytes, wall ${seconds} s, CPU $(awk -v u="$user" -v s="$system" 'BEGIN {printf "%.2f", u + s}') s (user $user, system $system), peak RSS $((kilobytes / 1024)) MiB"
done
