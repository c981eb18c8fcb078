using ArticleCompiler.Validation;
using ArticleCompiler.Model;

namespace ArticleCompiler.Generators.Models;

/// <summary>
/// The corpus: which files become which generated types, which revisions belong together, and the
/// corpus-wide findings. Built from every file's <see cref="IndexEntry"/>; a value, like every model.
/// </summary>
/// <param name="Articles">The articles that are generated, in id order then revision order.</param>
/// <param name="Findings">Duplicate ids (ARTC108) and C# name collisions between articles (ARTC301).</param>
internal sealed record ArticleIndex(EquatableArray<IndexedArticle> Articles, EquatableArray<FileFinding> Findings)
{
    private System.Collections.Generic.Dictionary<string, IndexedArticle>? _byPath;

    /// <summary>The generated article for <paramref name="path"/>, or null when the file is not generated.</summary>
    public IndexedArticle? Find(string path)
    {
        // Built on first use: every article's spec step looks itself up here.
        var byPath = _byPath;
        if (byPath is null)
        {
            byPath = new System.Collections.Generic.Dictionary<string, IndexedArticle>(System.StringComparer.Ordinal);
            foreach (var article in Articles)
            {
                byPath[article.Path] = article;
            }

            _byPath = byPath;
        }

        return byPath.TryGetValue(path, out var found) ? found : null;
    }

    /// <summary>Equal when the articles and findings are: the lookup is derived from them.</summary>
    public bool Equals(ArticleIndex? other) =>
        other is not null && Articles.Equals(other.Articles) && Findings.Equals(other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => (Articles.GetHashCode() * 31) + Findings.GetHashCode();
}

/// <summary>One generated article type.</summary>
/// <param name="Path">The file it comes from.</param>
/// <param name="Id">The article id.</param>
/// <param name="Revision">The revision number, if any.</param>
/// <param name="ClassName">The generated record's name, unique in the <c>Articles</c> class.</param>
/// <param name="PropertyName">The <c>Articles</c> property that returns it; null for older revisions.</param>
/// <param name="RevisionClassNames">For the newest revision: every revision's class, oldest first.</param>
/// <param name="Title">The title, for the property's documentation.</param>
internal sealed record IndexedArticle(
    string Path,
    string Id,
    int? Revision,
    string ClassName,
    string? PropertyName,
    EquatableArray<string> RevisionClassNames,
    string Title);
