using ArticleCompiler.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using CoreSeverity = ArticleCompiler.Validation.DiagnosticSeverity;

namespace ArticleCompiler.Generators.Models;

/// <summary>
/// A finding as a value (code, message, file and position) that can sit in the incremental
/// cache; it becomes a Roslyn <see cref="Diagnostic"/> only when reported.
/// </summary>
internal sealed record DiagnosticInfo(
    string Code,
    CoreSeverity Severity,
    string Message,
    string FilePath,
    int Start,
    int Length,
    int Line,
    int Column,
    int EndLine,
    int EndColumn)
{
    /// <summary>The finding <paramref name="diagnostic"/> of the file at <paramref name="path"/>.</summary>
    public static DiagnosticInfo From(string path, ArticleDiagnostic diagnostic)
    {
        var span = diagnostic.Span;
        return new DiagnosticInfo(diagnostic.Code, diagnostic.Severity, diagnostic.Message, path, span.Start, span.Length, span.Line, span.Column, span.EndLine, span.EndColumn);
    }

    /// <summary>The Roslyn diagnostic, located at the exact characters of the article file.</summary>
    public Diagnostic ToDiagnostic()
    {
        var location = Location.Create(
            FilePath,
            new TextSpan(Start, Length),
            new LinePositionSpan(new LinePosition(Line - 1, Column - 1), new LinePosition(EndLine - 1, EndColumn - 1)));
        return Diagnostic.Create(Diagnostics.ArticleDiagnosticDescriptors.For(Code), location, Message);
    }
}
