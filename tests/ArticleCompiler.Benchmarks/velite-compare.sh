#!/usr/bin/env bash
# Issue 15's yardstick: `artc validate` of COUNT seed copies against `velite build` (Velite 0.4.0,
# raw body, its cheapest mode) on a corpus of the same size, alternated run by run in one sitting,
# each timed from process start to exit with GNU time (wall, CPU, peak RSS). Prints both medians
# and Velite's median wall time divided by artc's.
#
# Usage: tests/ArticleCompiler.Benchmarks/velite-compare.sh ARTC VELITE_DIR [COUNT] [RUNS]
#   ARTC        the artc to time, as installed: e.g. the `artc` that
#               `dotnet tool install ArticleCompiler.Cli --tool-path DIR --add-source PACKAGES` wrote
#   VELITE_DIR  a folder prepared by ../shared/peers/velite/setup DIR (raw body)
# Neither corpus is committed: both are written to a temporary folder and deleted at exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
artc=$(command -v "$1")
velite_dir=$(cd "$2" && pwd)
count=${3:-10000}
runs=${4:-5}
peers=$(cd ../shared/peers/velite && pwd)
[ -x "$velite_dir/node_modules/.bin/velite" ] || { echo "run $peers/setup $velite_dir first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work" "$velite_dir/articles" "$velite_dir/.velite"' EXIT

dotnet run -c Release --project tests/ArticleCompiler.Benchmarks -- corpus "$work/corpus" "$count" >/dev/null
rm -rf "$velite_dir/articles" "$velite_dir/.velite"
python3 "$peers/make-corpus" "$count" "$velite_dir/articles" >/dev/null
echo "artc:   $("$artc" --version), $count files, $(cat "$work"/corpus/* | wc -c) bytes"
echo "velite: $(cd "$velite_dir" && node_modules/.bin/velite --version 2>/dev/null | tail -n 1), $count files, $(cat "$velite_dir"/articles/* | wc -c) bytes"

# One run of each to warm the disk cache (and check both succeed), then RUNS alternated pairs.
"$artc" validate "$work/corpus" >/dev/null
(cd "$velite_dir" && node_modules/.bin/velite build >/dev/null 2>&1)
: >"$work/artc.times"
: >"$work/velite.times"
for run in $(seq 1 "$runs"); do
  /usr/bin/time -f "%e %U %S %M" -a -o "$work/artc.times" "$artc" validate "$work/corpus" >/dev/null
  (cd "$velite_dir" && /usr/bin/time -f "%e %U %S %M" -a -o "$work/velite.times" node_modules/.bin/velite build >/dev/null 2>&1)
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
report() {
  local name=$1 file=$2
  printf "%-7s median wall %6.3f s, CPU %6.2f s, peak RSS %5.0f MiB (walls: %s)\n" "$name" \
    "$(cut -d' ' -f1 "$file" | median)" \
    "$(awk '{ print $2 + $3 }' "$file" | median)" \
    "$(awk '{ print $4 / 1024 }' "$file" | median)" \
    "$(cut -d' ' -f1 "$file" | tr '\n' ' ')"
}
report artc "$work/artc.times"
report velite "$work/velite.times"
awk -v a="$(cut -d' ' -f1 "$work/artc.times" | median)" -v v="$(cut -d' ' -f1 "$work/velite.times" | median)" \
  'BEGIN { printf "velite / artc (median wall): %.1f\n", v / a }'
