using System.Collections.Generic;

namespace ArticleCompiler.Tests.Shared;

/// <summary>
/// A corpus with two speaker registries, used by the generator's tests and by artc validate's, so
/// that both are seen to resolve keys the same way and report the same findings at the same places.
/// </summary>
internal static class RegistryCase
{
    /// <summary>The files, by path relative to the corpus folder.</summary>
    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        ["speakers.yaml"] =
            "putin:\n  name: Vladimir Putin\n  role: Russian President\nantonov:\n  name: Anatoly Antonov\n  role: Russian Ambassador to the United States\n",

        // lavrov applies to world/ only; putin is defined a second time (ARTC109 at 3:1).
        ["world/speakers.yaml"] =
            "lavrov:\n  name: Sergei Lavrov\nputin:\n  name: Vladimir Putin\n",

        // Registry keys quoted without a definition, and one that exists nowhere (ARTC104 at 6:86, "did you mean 'putin'").
        ["world/a.article.md"] =
            "---\nid: a\ntitle: A\n---\n\n\"We are ready.\"{@putin} \"So are we.\"{@lavrov} \"Talks went well.\"{@antonov} and \"No.\"{@putn}\n",

        // A role overridden (no finding), and a name that contradicts the registry (ARTC114 at 7:3).
        ["world/b.article.md"] =
            "---\nid: b\ntitle: B\nspeakers:\n  putin:\n    role: Former Russian Prime Minister\n  antonov:\n    name: A. Antonov\n---\n\n\"Yes.\"{@putin} \"Maybe.\"{@antonov}\n",

        // world/speakers.yaml does not apply here (ARTC104 at 6:10).
        ["other/c.article.md"] =
            "---\nid: c\ntitle: C\n---\n\n\"Hello.\"{@lavrov}\n",
    };

    /// <summary>Every finding, as "path CODE line:col severity", ordered by path then position.</summary>
    public static readonly string[] Expected =
    {
        "other/c.article.md ARTC104 6:10 error",
        "world/a.article.md ARTC104 6:86 error",
        "world/b.article.md ARTC114 7:3 error",
        "world/speakers.yaml ARTC109 3:1 error",
    };
}
