#!/usr/bin/env bash
# Benchmark for artc diff through the real CLI, process start included. Without SIZE: the seed's
# revisions (1 -> 2 and 2 -> 3). With SIZE=N: an annotated article of N sentences against a light
# revision of it (2% of its sentences edited, split, merged, moved, added or removed: the
# benchmarks' diff-corpus), and the same two texts as plain text (diff-files). Each pair is run
# RUNS times; prints the median and least wall time, and the median CPU time (user + system).
# By default artc is published for this machine's runtime identifier as its tool package has it
# (Native AOT on linux-x64, ReadyToRun elsewhere: docs/install.md); MODE=jit measures the portable
# build (dotnet artc.dll) instead, and ARTC=PATH an artc already built (an earlier one, side by side).
# Usage: [SIZE=10000] tests/ArticleCompiler.Benchmarks/diff-cli.sh [RUNS]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-11}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -n "${ARTC:-}" ]; then
  artc=("$ARTC")
elif [ "${MODE:-r2r}" = jit ]; then
  dotnet build -c Release "$repo/src/ArticleCompiler.Cli" -v quiet -nologo >/dev/null
  artc=(dotnet "$repo/src/ArticleCompiler.Cli/bin/Release/net10.0/artc.dll")
else
  rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
  dotnet publish -c Release -r "$rid" "$repo/src/ArticleCompiler.Cli" -o "$work/artc" -v quiet -nologo >/dev/null
  artc=("$work/artc/artc")
fi

if [ -n "${SIZE:-}" ]; then
  dotnet run -c Release --project "$repo/tests/ArticleCompiler.Benchmarks" -- diff-corpus "$work/pair" "$SIZE" >/dev/null
  dotnet run -c Release --project "$repo/tests/ArticleCompiler.Benchmarks" -- diff-files "$work/pair" "$SIZE" >/dev/null
  cd "$work/pair"
  pairs="old.article.md:new.article.md old.txt:new.txt"
else
  cd "$repo/seeds"
  pairs="russia-us-syria.article.md:revisions/russia-us-syria.r2.article.md revisions/russia-us-syria.r2.article.md:revisions/russia-us-syria.r3.article.md"
fi

# Timed from Python (perf_counter and the child's rusage around each process), which adds far
# less than date and bc would.
python3 - "$runs" "$pairs" "${artc[@]}" <<'PY'
import os, resource, statistics, subprocess, sys, time
runs, pairs, artc = int(sys.argv[1]), sys.argv[2].split(), sys.argv[3:]
for pair in pairs:
    old, new = pair.split(":")
    subprocess.run(artc + ["diff", old, new], stdout=subprocess.DEVNULL)  # warm the disk cache
    times, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(artc + ["diff", old, new], stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    print(f"{old} -> {new}: median {statistics.median(times):.3f} s, min {min(times):.3f} s, median CPU {statistics.median(cpus):.3f} s of {runs} runs")
PY
