using System.Globalization;

namespace ArticleCompiler.Validation;

/// <summary>
/// What one diagnostic code means: its stable code, a short title, the message format
/// (composite format, invariant culture), the category and the default severity.
/// Every code is declared once, in <see cref="DiagnosticDescriptors"/>.
/// </summary>
public sealed record DiagnosticDescriptor(
    string Code,
    string Title,
    string MessageFormat,
    string Category,
    DiagnosticSeverity DefaultSeverity,
    string Description)
{
    /// <summary>Where the code is documented, relative to the repository root.</summary>
    public string HelpLink => "docs/diagnostics.md#" + Code.ToLowerInvariant();

    /// <summary>Formats the message with <paramref name="arguments"/>.</summary>
    public string FormatMessage(params object?[] arguments) =>
        arguments.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);
}
