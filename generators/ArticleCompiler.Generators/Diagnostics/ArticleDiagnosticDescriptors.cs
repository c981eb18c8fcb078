using System.Collections.Generic;
using ArticleCompiler.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using CoreSeverity = ArticleCompiler.Validation.DiagnosticSeverity;

namespace ArticleCompiler.Generators.Diagnostics;

/// <summary>
/// The Roslyn descriptors of every ArticleCompiler code, made from the one catalog in the core
/// library (<see cref="DiagnosticDescriptors"/>), so the build and <c>artc validate</c> report the
/// same codes, titles and default severities. Severities can be changed per code in .editorconfig.
/// </summary>
internal static class ArticleDiagnosticDescriptors
{
    private static readonly Dictionary<string, Microsoft.CodeAnalysis.DiagnosticDescriptor> ByCode = Build();

    /// <summary>The Roslyn descriptor of <paramref name="code"/>.</summary>
    public static Microsoft.CodeAnalysis.DiagnosticDescriptor For(string code) => ByCode[code];

    /// <summary>Every descriptor, in code order.</summary>
    public static IEnumerable<Microsoft.CodeAnalysis.DiagnosticDescriptor> All => ByCode.Values;

    private static Dictionary<string, Microsoft.CodeAnalysis.DiagnosticDescriptor> Build()
    {
        var descriptors = new Dictionary<string, Microsoft.CodeAnalysis.DiagnosticDescriptor>();
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            // The core library formats messages; the Roslyn descriptor passes them through.
            descriptors.Add(descriptor.Code, new Microsoft.CodeAnalysis.DiagnosticDescriptor(
                descriptor.Code,
                descriptor.Title,
                "{0}",
                "ArticleCompiler." + descriptor.Category,
                ToRoslyn(descriptor.DefaultSeverity),
                isEnabledByDefault: true,
                description: descriptor.Description,
                helpLinkUri: descriptor.HelpLink));
        }

        return descriptors;
    }

    /// <summary>
    /// The Roslyn diagnostic of <paramref name="finding"/> (configured by the core) in the file at
    /// <paramref name="path"/>, located at the exact characters of the article file.
    /// </summary>
    public static Diagnostic ToDiagnostic(string path, Finding finding)
    {
        var span = finding.Span;
        var location = Location.Create(
            path,
            new TextSpan(span.Start, span.Length),
            new LinePositionSpan(new LinePosition(span.Line - 1, span.Column - 1), new LinePosition(span.EndLine - 1, span.EndColumn - 1)));
        return Diagnostic.Create(For(finding.Code), location, ToRoslyn(finding.Severity), additionalLocations: null, properties: null, finding.Message);
    }

    private static Microsoft.CodeAnalysis.DiagnosticSeverity ToRoslyn(CoreSeverity severity) => severity switch
    {
        CoreSeverity.Error => Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
        CoreSeverity.Warning => Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
        _ => Microsoft.CodeAnalysis.DiagnosticSeverity.Info,
    };
}
