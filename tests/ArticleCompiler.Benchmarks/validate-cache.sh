#!/usr/bin/env bash
# Benchmark for `artc validate --cache` with the Native AOT artc: COUNT copies of the annotated
# seed, timed from process start to exit (wall, CPU, peak RSS), alternating in one sitting:
#   uncached   - artc validate DIR (no cache);
#   cold       - artc validate DIR --cache with no cache file (checks everything and writes it);
#   warm       - artc validate DIR --cache, nothing changed (every result from the cache);
#   touched    - every file touched (new mtime, same text): read and hashed, not parsed;
#   one-edit   - one file edited: it alone is checked again.
# The outputs of all runs are compared byte for byte with the uncached one.
# Usage: tests/ArticleCompiler.Benchmarks/validate-cache.sh [COUNT] [RUNS] [ARTC]
#   ARTC: an artc already published (dotnet publish src/ArticleCompiler.Cli -c Release -r linux-x64 -o DIR);
#   by default one is published into a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-10000}
runs=${2:-5}
artc=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shellcheck source=cache-setup.sh
source tests/ArticleCompiler.Benchmarks/cache-setup.sh

"$artc" validate "$work/corpus" >"$work/expected" || true   # warm the disk cache; the output to match

timed() {   # name, then the command
  local name=$1
  shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$work/out" || true
  cmp -s "$work/out" "$work/expected" || { echo "$name: output differs from the uncached run" >&2; exit 1; }
  read -r seconds user system kilobytes <"$work/time"
  printf '%-9s wall %5.3f s  CPU %5.3f s (user %s, system %s)  peak RSS %d MiB\n' \
    "$name" "$seconds" "$(awk "BEGIN { print $user + $system }")" "$user" "$system" $((kilobytes / 1024))
}

cache="$work/cache"
for run in $(seq 1 "$runs"); do
  echo "run $run"
  timed uncached "$artc" validate "$work/corpus"
  rm -f "$cache"
  timed cold "$artc" validate "$work/corpus" --cache --cache-location "$cache"
  timed warm "$artc" validate "$work/corpus" --cache --cache-location "$cache"
  find "$work/corpus" -type f -exec touch -d "$run minutes ago" {} +
  timed touched "$artc" validate "$work/corpus" --cache --cache-location "$cache"
  # One file edited (a line added); then put back, aged, for the next run.
  cp "$work/corpus/article-00000.article.md" "$work/saved"
  printf '\nOne more paragraph.\n' >>"$work/corpus/article-00000.article.md"
  "$artc" validate "$work/corpus" >"$work/expected" || true
  timed one-edit "$artc" validate "$work/corpus" --cache --cache-location "$cache"
  cp "$work/saved" "$work/corpus/article-00000.article.md"
  touch -d '1 hour ago' "$work/corpus/article-00000.article.md"
  "$artc" validate "$work/corpus" >"$work/expected" || true
done
echo "cache file: $(stat -c %s "$cache") bytes"
