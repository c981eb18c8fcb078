using ArticleCompiler.Text;

namespace ArticleCompiler.Validation;

/// <summary>One finding: its code, severity and message, and the exact characters it is about.</summary>
public sealed record Finding(string Code, DiagnosticSeverity Severity, string Message, SourceSpan Span)
{
    /// <summary>Creates a finding of <paramref name="descriptor"/> at its default severity.</summary>
    public static Finding Create(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] arguments) =>
        new(descriptor.Code, descriptor.DefaultSeverity, descriptor.FormatMessage(arguments), span);
}
