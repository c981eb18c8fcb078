using ArticleCompiler.Text;

namespace ArticleCompiler.Generators.Models;

/// <summary>What the corpus-wide step needs of one file: its id, revision, title and where the id stands.</summary>
/// <param name="IsGenerated">Whether the id is well formed, so that the article gets a type (a malformed id still counts for duplicates).</param>
internal sealed record IndexEntry(string Path, string Id, int? Revision, string Title, SourceSpan IdSpan, bool IsGenerated);
