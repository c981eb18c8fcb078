using System.Collections.Generic;
using System.Linq;

namespace ArticleCompiler.Tests.Shared;

/// <summary>
/// One article and the .editorconfig settings that change its findings, used by the generator's
/// tests and by artc validate's, so that both are seen to give the same result.
/// </summary>
internal static class SeverityCase
{
    /// <summary>An unknown speaker (ARTC104, an error, line 10, column 21) and a speaker never quoted (ARTC202, a warning).</summary>
    public const string Article =
        "---\nid: a\ntitle: T\nspeakers:\n  antonov:\n    name: Anatoly Antonov\n  putin:\n    name: Vladimir Putin\n---\n\n\"Ready to talk.\"{@antonov} and \"Yes.\"{@antonv} he said.\n";

    /// <summary>ARTC104 lowered to a warning, ARTC202 raised to an error.</summary>
    public const string Swapped = "root = true\n\n[*.article.md]\ndotnet_diagnostic.ARTC104.severity = warning\ndotnet_diagnostic.ARTC202.severity = error\n";

    /// <summary>Rules of the corpus: a source required (the article has none, ARTC112 at 1:1), categories limited.</summary>
    public const string Rules = "root = true\n\n[*.article.md]\nartc_required_keys = source, id\nartc_allowed_categories = World, Politics\n";

    /// <summary>An article with a category the rules do not allow (ARTC113 at line 4, column 11) and no source.</summary>
    public const string Categorised = "---\nid: b\ntitle: T\ncategory: world\n---\n\nText.\n";

    /// <summary>Both switched off.</summary>
    public const string Silenced = "root = true\n\n[*.article.md]\ndotnet_diagnostic.ARTC104.severity = none\ndotnet_diagnostic.ARTC202.severity = none\n";

    /// <summary>150 unknown front-matter keys (ARTC201, warnings), then an unknown speaker (ARTC104, an error) past the limit of 100.</summary>
    public static readonly string Crowded =
        "---\nid: c\ntitle: T\n" + string.Concat(Enumerable.Range(0, 150).Select(i => $"k{i}: x\n")) + "---\n\n\"Hi,\"{@nobody} she said.\n";

    /// <summary>150 unknown speakers (ARTC104).</summary>
    public static readonly string Unknowns =
        "---\nid: u\ntitle: T\n---\n\n" + string.Join("\n\n", Enumerable.Repeat("\"Hi,\"{@nobody} she said.", 150)) + "\n";

    /// <summary>
    /// The limit on findings per file (ARTC115) against .editorconfig: an article, its settings, and
    /// what is reported ("count code severity", by code) and the exit code of artc validate.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (string Article, string EditorConfig, string Expected, int ExitCode)> Limit =
        new Dictionary<string, (string, string, string, int)>
        {
            // Suppressed findings take no place: the error they hid is shown, and there is no summary.
            ["KeysSilenced"] = (Crowded, Config("ARTC201 = none"), "1 ARTC104 error", 1),
            ["KeysAndSummarySilenced"] = (Crowded, Config("ARTC201 = none", "ARTC115 = none"), "1 ARTC104 error", 1),

            // A left-out error keeps the summary an error, whatever ARTC115 is set to.
            ["SummarySilenced"] = (Crowded, Config("ARTC115 = none"), "1 ARTC115 error, 100 ARTC201 warning", 1),

            // Errors lowered to warnings: the summary of them is a warning.
            ["UnknownSpeakersLowered"] = (Unknowns, Config("ARTC104 = warning"), "100 ARTC104 warning, 1 ARTC115 warning", 0),
        };

    private static string Config(params string[] settings) =>
        "root = true\n\n[*.article.md]\n" + string.Concat(settings.Select(s => "dotnet_diagnostic." + s.Replace(" = ", ".severity = ") + "\n"));

    /// <summary>Findings as the Limit cases state them: "count code severity", ordered by code.</summary>
    public static string Count(IEnumerable<(string Code, string Severity)> findings) =>
        string.Join(", ", findings.GroupBy(f => f).OrderBy(g => g.Key.Code, System.StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key.Code} {g.Key.Severity}"));
}
