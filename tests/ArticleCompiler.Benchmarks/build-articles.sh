#!/usr/bin/env bash
# Benchmark for the generator inside a real build: `dotnet build` of a consumer application with N
# seed-sized articles against the same project with none. Each timed build recompiles something
# but does not rebuild the generator. Five series, each on its own copy of the project, built in
# turn within every round (alternated, so that the machine's drift falls on all of them alike):
#   - the project without articles after a code edit (Program.cs touched): the baseline,
#   - the project with articles after a code edit (the everyday build; the articles' own assembly
#     is up to date),
#   - the same after an edit to one article's words (the articles' assembly is rebuilt; the
#     project's own compile is skipped, as the articles' types are unchanged),
#   - the same after an edit that changes the article's types (a section added or removed: both
#     the articles' assembly and the project are compiled),
#   - the code edit with ArticleCompilerSeparateAssembly=false (articles in the project's own
#     compilation, an opt-in).
# Prints each series' median and what it adds to the baseline's median.
# Builds use the compiler server, as the .NET SDK does by default (this workplace's environment
# sets UseSharedCompilation=false, which makes every build a cold compiler process); set
# SHARED_COMPILATION=false to measure that way instead.
# Usage: tests/ArticleCompiler.Benchmarks/build-articles.sh [COUNT] [RUNS]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
count=${1:-1000}
runs=${2:-5}
shared=${SHARED_COMPILATION:-true}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release "$repo/generators/ArticleCompiler.Generators" -v quiet -nologo >/dev/null
dotnet build -c Release "$repo/src/ArticleCompiler.Runtime" -v quiet -nologo >/dev/null

make_project() {
  local dir=$1
  mkdir -p "$dir/news"
  cat >"$dir/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/generators/ArticleCompiler.Generators/build/ArticleCompiler.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <Analyzer Include="$repo/generators/ArticleCompiler.Generators/bin/Release/netstandard2.0/ArticleCompiler.Generators.dll" />
    <Analyzer Include="$repo/src/ArticleCompiler.Core/bin/Release/netstandard2.0/ArticleCompiler.Core.dll" />
    <Analyzer Include="$(find ~/.nuget/packages/yamldotnet/16.3.0/lib/netstandard2.0 -name YamlDotNet.dll)" />
    <Reference Include="$repo/src/ArticleCompiler.Runtime/bin/Release/netstandard2.0/ArticleCompiler.Runtime.dll" />
  </ItemGroup>
  <Import Project="$repo/generators/ArticleCompiler.Generators/build/ArticleCompiler.targets" />
</Project>
XML
  echo 'System.Console.WriteLine(Consumer.Articles.All.Count);' >"$dir/Program.cs"
}

make_project "$work/without"
make_project "$work/with"
dotnet run -c Release --project "$repo/tests/ArticleCompiler.Benchmarks" -- corpus "$work/with/news" "$count" >/dev/null
for copy in words section inside; do cp -r "$work/with" "$work/$copy"; done
sed -i 's#<Nullable>enable</Nullable>#&<ArticleCompilerSeparateAssembly>false</ArticleCompilerSeparateAssembly>#' "$work/inside/Consumer.csproj"

# Edits of one article, each the opposite of the one before, so that every build sees a change.
original="$work/with/news/article-00000.article.md"
cp "$original" "$work/article.orig"
sed 's/name: Anatoly Antonov/name: Anatoly I. Antonov/' "$work/article.orig" >"$work/article.words"
{ cat "$work/article.orig"; printf '\n## Benchmark Extra\n\nA paragraph the benchmark adds and removes.\n'; } >"$work/article.section"
cmp -s "$work/article.orig" "$work/article.words" && { echo "the corpus article has no 'name: Anatoly Antonov' to edit" >&2; exit 1; }
edit() {
  local project=$1 kind=$2 article="$1/news/article-00000.article.md"
  case $kind in
    words|section) if cmp -s "$article" "$work/article.orig"; then cp "$work/article.$kind" "$article"; else cp "$work/article.orig" "$article"; fi ;;
    code) touch "$project/Program.cs" ;;
  esac
}

# name:project:edit
series=("without:without:code" "code edit:with:code" "one article's words edited:words:words" "one article's types edited (a section):section:section" "in the project's own compilation, code edit:inside:code")
declare -A times
for entry in "${series[@]}"; do
  IFS=: read -r name project kind <<<"$entry"
  dotnet build "$work/$project" -nologo -v quiet -p:UseSharedCompilation="$shared" >/dev/null   # restore and warm up (compiler server, disk cache)
  echo "  $project: $("$work/$project/bin/Debug/net10.0/Consumer") articles"
done
for run in $(seq 1 "$runs"); do
  for entry in "${series[@]}"; do
    IFS=: read -r name project kind <<<"$entry"
    edit "$work/$project" "$kind"
    start=$(date +%s.%N)
    dotnet build "$work/$project" --no-restore -nologo -v quiet -p:UseSharedCompilation="$shared" >/dev/null
    end=$(date +%s.%N)
    times[$name]+="$(echo "$end - $start" | bc) "
  done
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]}'; }
baseline=$(echo "${times[without]}" | median)
echo "median of $runs builds per series (alternated), $count articles:"
for entry in "${series[@]}"; do
  IFS=: read -r name project kind <<<"$entry"
  value=$(echo "${times[$name]}" | median)
  if [ "$name" = without ]; then
    echo "  without articles, code edit: $value s"
  else
    echo "  with articles, $name: $value s ($(printf "%+.2f" "$(echo "$value - $baseline" | bc)") s)"
  fi
done
