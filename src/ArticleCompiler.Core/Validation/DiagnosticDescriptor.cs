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

    /// <summary>
    /// Formats the message with <paramref name="arguments"/>. Control characters in the arguments
    /// (a key with a line break in it) are shown escaped, so a message is always one line.
    /// </summary>
    public string FormatMessage(params object?[] arguments)
    {
        if (arguments.Length == 0)
        {
            return MessageFormat;
        }

        var shown = new object?[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            shown[i] = arguments[i] is string text ? EscapeControlCharacters(text) : arguments[i];
        }

        return string.Format(CultureInfo.InvariantCulture, MessageFormat, shown);
    }

    private static string EscapeControlCharacters(string text)
    {
        var builder = (System.Text.StringBuilder?)null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsControl(c) && c != '\u2028' && c != '\u2029')
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new System.Text.StringBuilder(text, 0, i, text.Length + 8);
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }

        return builder?.ToString() ?? text;
    }
}
