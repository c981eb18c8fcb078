using ArticleCompiler.Validation;

namespace ArticleCompiler.Cli.Output;

/// <summary>How severities are spelt in every format.</summary>
internal static class SeverityNames
{
    /// <summary><c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public static string Of(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The SARIF level: <c>error</c>, <c>warning</c> or <c>note</c>.</summary>
    public static string SarifLevel(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
