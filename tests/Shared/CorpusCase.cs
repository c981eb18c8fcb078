using System.Collections.Generic;

namespace ArticleCompiler.Tests.Shared;

/// <summary>
/// One corpus that every consumer of the corpus check reads (artc validate, export and diff, and the
/// build), so that all are seen to report the same codes at the same places and severities: an
/// .editorconfig that raises a warning to an error and limits categories, two registries that define
/// one key twice, an id used twice, and a valid article with a warning.
/// </summary>
internal static class CorpusCase
{
    /// <summary>The files, by path relative to the corpus folder.</summary>
    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        // ARTC202 (a speaker never quoted) is a warning by default: an error here. Only World is a category.
        [".editorconfig"] = "root = true\n\n[*.article.md]\ndotnet_diagnostic.ARTC202.severity = error\nartc_allowed_categories = World\n",

        ["speakers.yaml"] = "lavrov:\n  name: Sergei Lavrov\n",

        // lavrov again, for other/ only (ARTC109 at 1:1 of this file).
        ["other/speakers.yaml"] = "lavrov:\n  name: Sergei Lavrov\n",
        ["other/e.article.md"] = "---\nid: e\ntitle: E\n---\n\n\"Hello.\"{@lavrov}\n",

        // An unknown speaker (ARTC104, 11:39) and a speaker never quoted (ARTC202 at 7:3, raised to an error).
        ["news/a.article.md"] = SeverityCase.Article,

        // The id of a.article.md again (ARTC108 at 2:5).
        ["news/b.article.md"] = "---\nid: a\ntitle: B\n---\n\n\"Fine.\"{@lavrov} he said.\n",

        // A category the .editorconfig does not allow (ARTC113 at 4:11).
        ["news/c.article.md"] = SeverityCase.Categorised,

        // Valid, with a warning: an unknown front-matter key (ARTC201 at 5:1).
        ["news/d.article.md"] = "---\nid: d\ntitle: D\ncategory: World\nmood: calm\n---\n\n\"Fine.\"{@lavrov} she said.\n",
    };

    /// <summary>Every finding, as "path CODE line:col severity", in ordinal order.</summary>
    public static readonly string[] Expected =
    {
        "news/a.article.md ARTC104 11:39 error",
        "news/a.article.md ARTC202 7:3 error",
        "news/b.article.md ARTC108 2:5 error",
        "news/c.article.md ARTC113 4:11 error",
        "news/d.article.md ARTC201 5:1 warning",
        "other/speakers.yaml ARTC109 1:1 error",
    };
}
