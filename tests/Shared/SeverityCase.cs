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

    /// <summary>Both switched off.</summary>
    public const string Silenced = "root = true\n\n[*.article.md]\ndotnet_diagnostic.ARTC104.severity = none\ndotnet_diagnostic.ARTC202.severity = none\n";
}
