using System.Collections.Generic;
using ArticleCompiler.Validation;
using Microsoft.CodeAnalysis;
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

    private static Microsoft.CodeAnalysis.DiagnosticSeverity ToRoslyn(CoreSeverity severity) => severity switch
    {
        CoreSeverity.Error => Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
        CoreSeverity.Warning => Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
        _ => Microsoft.CodeAnalysis.DiagnosticSeverity.Info,
    };
}
