#!/usr/bin/env bash
# Benchmark for the generator inside a real build: `dotnet build` of a consumer application with N
# seed-sized articles against the same project with none. Each timed build recompiles the project
# (Program.cs is touched) but does not rebuild the generator. Prints the median of RUNS builds of:
#   - each project after a code edit (the everyday build; the articles' own assembly is up to date),
#   - the project with articles after an edit to one article's words (the articles' assembly is
#     rebuilt; the project's own compile is skipped, as the articles' types are unchanged),
#   - the same after an edit that changes the article's types (a section added or removed: both
#     the articles' assembly and the project are compiled),
#   - the same code edit with ArticleCompilerSeparateAssembly=false (articles in the project's own
#     compilation, an opt-in).
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

# Edits of one article, each the opposite of the one before, so that every build sees a change.
article="$work/with/news/article-00000.article.md"
cp "$article" "$work/article.orig"
sed 's/name: Anatoly Antonov/name: Anatoly I. Antonov/' "$work/article.orig" >"$work/article.words"
{ cat "$work/article.orig"; printf '\n## Benchmark Extra\n\nA paragraph the benchmark adds and removes.\n'; } >"$work/article.section"
cmp -s "$work/article.orig" "$work/article.words" && { echo "the corpus article has no 'name: Anatoly Antonov' to edit" >&2; exit 1; }
edit() {
  case $1 in
    words|section) if cmp -s "$article" "$work/article.orig"; then cp "$work/article.$1" "$article"; else cp "$work/article.orig" "$article"; fi ;;
    *) touch "$1" ;;
  esac
}

time_builds() {
  local dir=$1 touched=$2; shift 2
  [ -e "$article" ] && cp "$work/article.orig" "$article"   # each series starts from the corpus' text
  dotnet build "$dir" -nologo -v quiet -p:UseSharedCompilation="$shared" "$@" >/dev/null   # restore and warm up (compiler server, disk cache)
  "$dir/bin/Debug/net10.0/Consumer" | sed "s/^/  articles compiled: /"
  for run in $(seq 1 "$runs"); do
    case $touched in words|section) edit "$touched" ;; *) edit "$dir/$touched" ;; esac
    local start end
    start=$(date +%s.%N)
    dotnet build "$dir" --no-restore -nologo -v quiet -p:UseSharedCompilation="$shared" "$@" >/dev/null
    end=$(date +%s.%N)
    echo "$end - $start" | bc
  done | sort -n | awk '{a[NR]=$1} END {print "  median " a[int((NR+1)/2)] " s of " NR " builds"}'
}

echo "without articles, code edit:"; time_builds "$work/without" Program.cs
echo "with $count articles, code edit:"; time_builds "$work/with" Program.cs
echo "with $count articles, one article's words edited:"; time_builds "$work/with" words
echo "with $count articles, one article's types edited (a section):"; time_builds "$work/with" section
echo "with $count articles in the project's own compilation, code edit:"; time_builds "$work/with" Program.cs -p:ArticleCompilerSeparateAssembly=false
