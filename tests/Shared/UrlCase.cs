namespace ArticleCompiler.Tests.Shared;

/// <summary>
/// An article whose url holds a user name and password, used by the generator's tests and by artc
/// validate's, so that both are seen to report ARTC207 alike, at the same characters.
/// </summary>
internal static class UrlCase
{
    /// <summary>The credentials <c>jane@example.org:s3cret</c> stand on line 4, columns 14 to 37 (exclusive).</summary>
    public const string Article =
        "---\nid: a\ntitle: T\nurl: https://jane@example.org:s3cret@www.newspaper.com/world/article-slug/\n---\n\nText.\n";

    /// <summary>Where the finding is, as <c>line,column-endLine,endColumn</c>.</summary>
    public const string Position = "4,14-4,37";

    /// <summary>The message.</summary>
    public const string Message = "'url' holds a user name and password, which will be published with the article (remove them from the URL)";

    /// <summary>ARTC207 raised to an error.</summary>
    public const string Raised = "root = true\n\n[*.article.md]\ndotnet_diagnostic.ARTC207.severity = error\n";
}
