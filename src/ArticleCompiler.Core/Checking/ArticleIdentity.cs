using ArticleCompiler.Parsing;
using ArticleCompiler.Text;

namespace ArticleCompiler.Checking;

/// <summary>
/// What the rule across files (ARTC108, <see cref="Validation.CorpusValidator"/>) needs of one
/// article: its id, its revision and where the id stands. A value, so a cache can keep it.
/// </summary>
/// <param name="Path">The file's path, as the caller names it (findings name the other file by it).</param>
/// <param name="Id">The article id (never empty).</param>
/// <param name="Revision">The revision number, if any.</param>
/// <param name="IdSpan">The id's value in the front matter, else the front matter's opening line.</param>
public sealed record ArticleIdentity(string Path, string Id, int? Revision, SourceSpan IdSpan)
{
    /// <summary>The identity of the article parsed from <paramref name="path"/>; null without an id.</summary>
    public static ArticleIdentity? Of(string path, ParsedArticle? parsed)
    {
        var metadata = parsed?.Article.Metadata;
        if (metadata is null || metadata.Id.Length == 0)
        {
            return null;
        }

        return new ArticleIdentity(path, metadata.Id, metadata.Revision, IdSpanOf(parsed!));
    }

    /// <summary>Where an article's id stands: its value in the front matter, else the opening line.</summary>
    public static SourceSpan IdSpanOf(ParsedArticle parsed) =>
        parsed.FrontMatter.Find("id")?.ValueSpan ?? parsed.FrontMatter.OpeningSpan;
}
