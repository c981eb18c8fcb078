#!/usr/bin/env bash
# Benchmark for artc diff through the real CLI, process start included: the seed's revisions
# (1 -> 2 and 2 -> 3), each run RUNS times; prints the median wall time of each. By default artc is
# published for this machine's runtime identifier as its tool package has it (Native AOT on
# linux-x64, ReadyToRun elsewhere: docs/install.md); MODE=jit measures the portable build
# (dotnet artc.dll) instead.
# Usage: tests/ArticleCompiler.Benchmarks/diff-cli.sh [RUNS]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-11}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ "${MODE:-r2r}" = jit ]; then
  dotnet build -c Release "$repo/src/ArticleCompiler.Cli" -v quiet -nologo >/dev/null
  artc=(dotnet "$repo/src/ArticleCompiler.Cli/bin/Release/net10.0/artc.dll")
else
  rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
  dotnet publish -c Release -r "$rid" "$repo/src/ArticleCompiler.Cli" -o "$work/artc" -v quiet -nologo >/dev/null
  artc=("$work/artc/artc")
fi

cd "$repo/seeds"
# Timed from Python (perf_counter around each process), which adds far less than date and bc would.
python3 - "$runs" "${artc[@]}" <<'PY'
import statistics, subprocess, sys, time
runs, artc = int(sys.argv[1]), sys.argv[2:]
pairs = [("russia-us-syria.article.md", "revisions/russia-us-syria.r2.article.md"),
         ("revisions/russia-us-syria.r2.article.md", "revisions/russia-us-syria.r3.article.md")]
for old, new in pairs:
    subprocess.run(artc + ["diff", old, new], stdout=subprocess.DEVNULL)  # warm the disk cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(artc + ["diff", old, new], stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    print(f"{old} -> {new}: median {statistics.median(times):.3f} s, min {min(times):.3f} s of {runs} runs")
PY
