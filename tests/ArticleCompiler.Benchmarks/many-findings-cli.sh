#!/usr/bin/env bash
# `artc validate` on articles with thousands of findings on one line (what fuzzing found quadratic),
# side by side: the working tree's artc and the one of BASE (a git ref; default: where this branch left main), each timed
# from process start to exit, with peak memory (GNU time's maximum RSS), in every output format.
# Then the core and the generator in-process on the same articles (working tree only).
# Usage: tests/ArticleCompiler.Benchmarks/many-findings-cli.sh [BASE]
set -euo pipefail
cd "$(dirname "$0")/../.."
base=${1:-$(git merge-base HEAD main | cut -c1-9)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release src/ArticleCompiler.Cli -o "$work/after" -v quiet -nologo >/dev/null
mkdir "$work/base-src"
git archive "$base" | tar -x -C "$work/base-src"
dotnet build -c Release "$work/base-src/src/ArticleCompiler.Cli" -o "$work/before" -v quiet -nologo >/dev/null
dotnet run -c Release --project tests/ArticleCompiler.Benchmarks -- many-findings "$work/articles" >/dev/null

printf '%-32s %-8s %-26s %-26s\n' article format "before ($base)" "after (working tree)"
for article in "$work"/articles/*.article.md; do
  for format in text msbuild json sarif; do
    row=()
    for build in before after; do
      /usr/bin/time -f "%e %M" -o "$work/time" dotnet "$work/$build/artc.dll" validate "$article" --format "$format" >"$work/out" || true
      read -r seconds kilobytes < <(tail -n 1 "$work/time")   # GNU time adds a line when artc exits 1
      row+=("${seconds} s, $((kilobytes / 1024)) MiB")
    done
    printf '%-32s %-8s %-26s %-26s\n' "$(basename "$article")" "$format" "${row[0]}" "${row[1]}"
  done
done

dotnet run -c Release --project tests/ArticleCompiler.Benchmarks -- many-findings
