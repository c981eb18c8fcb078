using ArticleCompiler.Validation;

namespace ArticleCompiler.Checking;

/// <summary>
/// A finding as it is reported: the file it is in (named as the caller named it), the finding at
/// its configured severity, and the excerpt of its source line that the caret display shows (a
/// bounded window: findings outlive their file's text). Every output format renders these.
/// </summary>
public sealed record ReportedFinding(string Path, Finding Finding, SourceExcerpt Excerpt)
{
    /// <summary>A finding in <paramref name="text"/>, the whole text of its file (null when it has none).</summary>
    public static ReportedFinding InText(string path, Finding finding, string? text) =>
        new(path, finding, SourceExcerpt.FromText(text, finding.Span));
}
