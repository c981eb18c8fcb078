# Sourced by validate-cache.sh and export-cache.sh: the Native AOT artc and the aged seed corpus
# both time. Expects count, artc (empty: publish one) and work (a temporary folder) to be set, and
# the current folder to be the repository's root.
if [ -z "$artc" ]; then
  dotnet publish src/ArticleCompiler.Cli -c Release -r linux-x64 -o "$work/artc" -v quiet -nologo >/dev/null
  artc="$work/artc/artc"
fi
dotnet run -c Release --project tests/ArticleCompiler.Benchmarks -- corpus "$work/corpus" "$count" >/dev/null
# Files written this moment are compared by content for 2 s (the cache's racy window): age them.
find "$work/corpus" -type f -exec touch -d '1 hour ago' {} +
echo "corpus: $count files, $(cat "$work"/corpus/*.article.md | wc -c) bytes; artc: $artc"
