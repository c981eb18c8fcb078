using ArticleCompiler.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using CoreSeverity = ArticleCompiler.Validation.DiagnosticSeverity;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

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

    /// <summary>The finding as the core's value again, for <see cref="FindingLimit.Configure"/>.</summary>
    public ArticleDiagnostic ToArticleDiagnostic() =>
        new(Code, Severity, Message, new Text.SourceSpan(Start, Length, Line, Column, EndLine, EndColumn));

    /// <summary>
    /// The Roslyn diagnostic of <paramref name="finding"/> (configured by the core) in the file at
    /// <paramref name="path"/>, located at the exact characters of the article file.
    /// </summary>
    public static Diagnostic ToDiagnostic(string path, ArticleDiagnostic finding)
    {
        var span = finding.Span;
        var severity = finding.Severity switch
        {
            CoreSeverity.Error => DiagnosticSeverity.Error,
            CoreSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        };
        var location = Location.Create(
            path,
            new TextSpan(span.Start, span.Length),
            new LinePositionSpan(new LinePosition(span.Line - 1, span.Column - 1), new LinePosition(span.EndLine - 1, span.EndColumn - 1)));
        return Diagnostic.Create(Diagnostics.ArticleDiagnosticDescriptors.For(finding.Code), location, severity, additionalLocations: null, properties: null, finding.Message);
    }
}
