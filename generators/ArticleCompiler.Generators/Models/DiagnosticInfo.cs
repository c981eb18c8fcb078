using System.Collections.Generic;
using ArticleCompiler.Configuration;
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

    /// <summary>
    /// The Roslyn diagnostic, located at the exact characters of the article file, at the severity
    /// .editorconfig sets for the file (<paramref name="configured"/>); null when set to <c>none</c>.
    /// </summary>
    public Diagnostic? ToDiagnostic(IReadOnlyDictionary<string, ConfiguredSeverity> configured)
    {
        var descriptor = Diagnostics.ArticleDiagnosticDescriptors.For(Code);
        DiagnosticSeverity? severity = configured.TryGetValue(Code, out var setting)
            ? setting switch
            {
                ConfiguredSeverity.Suppressed => null,
                ConfiguredSeverity.Info => DiagnosticSeverity.Info,
                ConfiguredSeverity.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Error,
            }
            : descriptor.DefaultSeverity;
        if (severity is not { } effective)
        {
            return null;
        }

        var location = Location.Create(
            FilePath,
            new TextSpan(Start, Length),
            new LinePositionSpan(new LinePosition(Line - 1, Column - 1), new LinePosition(EndLine - 1, EndColumn - 1)));
        return Diagnostic.Create(descriptor, location, effective, additionalLocations: null, properties: null, Message);
    }
}
