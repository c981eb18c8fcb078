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
}
