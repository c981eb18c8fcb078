using ArticleCompiler.Validation;
using ArticleCompiler.Model;

namespace ArticleCompiler.Generators.Models;

/// <summary>
/// The corpus: which files become which generated types, which revisions belong together, and the
/// corpus-wide findings. Built from every file's <see cref="IndexEntry"/>; a value, like every model.
/// Titles stay out (the entry class's properties take their documentation from each article's
/// class), so a title edit leaves it alone; a spec takes only its class name, from a
/// <see cref="PathMap"/> of class names.
/// </summary>
/// <param name="Articles">The articles that are generated, in id order then revision order.</param>
/// <param name="Findings">Duplicate ids (ARTC108) and C# name collisions between articles (ARTC301).</param>
internal sealed record ArticleIndex(EquatableArray<IndexedArticle> Articles, EquatableArray<FileFinding> Findings);

/// <summary>One generated article type.</summary>
/// <param name="Path">The file it comes from.</param>
/// <param name="Id">The article id.</param>
/// <param name="Revision">The revision number, if any.</param>
/// <param name="ClassName">The generated record's name, unique in the <c>Articles</c> class.</param>
/// <param name="PropertyName">The <c>Articles</c> property that returns it; null for older revisions.</param>
/// <param name="RevisionClassNames">For the newest revision: every revision's class, oldest first.</param>
internal sealed record IndexedArticle(
    string Path,
    string Id,
    int? Revision,
    string ClassName,
    string? PropertyName,
    EquatableArray<string> RevisionClassNames);
