using ArticleCompiler.Checking;
using ArticleCompiler.Parsing;
using ArticleCompiler.Text;

namespace ArticleCompiler.Generators.Models;

/// <summary>
/// What the corpus index needs of one file: its identity (id, revision, where the id stands). Not its
/// title, which only the entry class shows (<see cref="PathMap"/> of titles): a title edit leaves the index alone.
/// </summary>
internal sealed record IndexEntry(ArticleIdentity Identity)
{
    /// <summary>The file's path, as the compiler gave it.</summary>
    public string Path => Identity.Path;

    /// <summary>The article id.</summary>
    public string Id => Identity.Id;

    /// <summary>The revision number, if any.</summary>
    public int? Revision => Identity.Revision;

    /// <summary>Where the id stands.</summary>
    public SourceSpan IdSpan => Identity.IdSpan;

    /// <summary>Whether the id is well formed, so that the article gets a type (a malformed id still counts for duplicates).</summary>
    public bool IsGenerated => SyntaxRules.IsArticleId(Identity.Id);
}
