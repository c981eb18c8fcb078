using ArticleCompiler.Text;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Cli.Output;

/// <summary>
/// A finding in a file, with the excerpt of its source line that the caret display shows (a
/// bounded window, never the whole line: findings outlive their file's text).
/// </summary>
internal sealed record FileDiagnostic(string Path, ArticleDiagnostic Diagnostic, SourceExcerpt Excerpt)
{
    /// <summary>A finding with <paramref name="lineText"/>, the whole line it starts on.</summary>
    public FileDiagnostic(string path, ArticleDiagnostic diagnostic, string lineText)
        : this(path, diagnostic, SourceExcerpt.FromLine(lineText, diagnostic.Span))
    {
    }

    /// <summary>A finding in <paramref name="text"/>, the whole text of its file (null when it has none).</summary>
    public static FileDiagnostic InText(string path, ArticleDiagnostic diagnostic, string? text) =>
        new(path, diagnostic, SourceExcerpt.FromText(text, diagnostic.Span));
}
