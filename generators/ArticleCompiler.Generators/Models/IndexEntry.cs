using ArticleCompiler.Text;

namespace ArticleCompiler.Generators.Models;

/// <summary>What the corpus-wide step needs of one file: its id, revision, title and where the id stands.</summary>
internal sealed record IndexEntry(string Path, string Id, int? Revision, string Title, SourceSpan IdSpan);
