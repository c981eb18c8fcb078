using System.Globalization;
using System.Text;

namespace ArticleCompiler.Generators.Emit;

/// <summary>Writes values as C# literals and as XML documentation text, escaped so they always compile.</summary>
internal static class CSharpLiterals
{
    /// <summary>
    /// A C# string literal. Quotes, backslashes and every character outside printable ASCII are
    /// escaped (<c>\u00A0</c>), so any Unicode, lone surrogates included, survives unchanged.
    /// </summary>
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2);
        AppendString(builder, value);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="value"/> as <see cref="String"/> writes it, without a string of its own.</summary>
    public static void AppendString(StringBuilder builder, string? value)
    {
        if (value is null)
        {
            builder.Append("null");
            return;
        }

        builder.Append('"');
        foreach (var c in value)
        {
            AppendEscaped(builder, c, keepUnicode: false);
        }

        builder.Append('"');
    }

    /// <summary>Whether <paramref name="c"/> stands as it is in a regular C# string literal that keeps Unicode (see <see cref="AppendEscaped"/>).</summary>
    public static bool StandsAsIs(char c) =>
        c >= 0x20 && c != 0x7F && c != '"' && c != '\\' && c is not ('\u0085' or '\u2028' or '\u2029');

    /// <summary>
    /// Appends <paramref name="c"/> as it stands inside a regular C# string literal: quote marks,
    /// backslashes, control characters and the characters C# reads as line breaks are always
    /// escaped; other non-ASCII characters only without <paramref name="keepUnicode"/>.
    /// </summary>
    public static void AppendEscaped(StringBuilder builder, char c, bool keepUnicode)
    {
        switch (c)
        {
            case '"':
                builder.Append("\\\"");
                return;
            case '\\':
                builder.Append("\\\\");
                return;
            case '\n':
                builder.Append("\\n");
                return;
            case '\r':
                builder.Append("\\r");
                return;
            case '\t':
                builder.Append("\\t");
                return;
        }

        if (c < 0x20 || c == 0x7F || c is '\u0085' or '\u2028' or '\u2029' || (!keepUnicode && c > 0x7E))
        {
            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        else
        {
            builder.Append(c);
        }
    }

    /// <summary>An <c>int</c> literal.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Text for an XML documentation comment: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped, white
    /// space (line breaks included) folded to single spaces, control characters and lone
    /// surrogates dropped, and long text cut to <paramref name="maximumLength"/> characters.
    /// </summary>
    public static string DocText(string? value, int maximumLength = 300)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(value!.Length);
        AppendDocText(builder, value, maximumLength);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="value"/> as <see cref="DocText"/> writes it, without a string of its own.</summary>
    public static void AppendDocText(StringBuilder builder, string? value, int maximumLength = 300)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var space = false;
        var length = 0;
        for (var i = 0; i < value!.Length && length < maximumLength; i++)
        {
            var c = value[i];
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (char.IsControl(c) || c is '\uFFFE' or '\uFFFF' || (char.IsHighSurrogate(c) && (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))) || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1]))))
            {
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    builder.Append(c);
                    break;
            }

            length++;
        }

        if (length >= maximumLength)
        {
            builder.Append('\u2026');
        }
    }
}
