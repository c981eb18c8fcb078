#!/usr/bin/env bash
# Real-text regression run: every artc command over real news. PolNeAR (1,008 US news articles with
# human-annotated attributions; clone github.com/networkdynamics/PolNeAR and pass its data/ folder)
# is converted to articles from its annotations; the committed Wikinews texts are used as they are.
# Builds the real artc, then runs the benchmark's 'realtext' mode (see docs/validate.md, Real text).
# Usage: tests/ArticleCompiler.Benchmarks/realtext.sh [POLNEAR_DATA] [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build -c Release src/ArticleCompiler.Cli -o "$work/artc" -v quiet -nologo >/dev/null
args=(realtext --artc "$work/artc/artc.dll" --wikinews tests/Gold)
[ -d tests/RealText/wikinews ] && args+=(--wikinews tests/RealText/wikinews)
[ -n "${1:-}" ] && args+=(--polnear "$1")
[ -n "${2:-}" ] && args+=(--out "$2")
dotnet run -c Release --project tests/ArticleCompiler.Benchmarks -- "${args[@]}"
