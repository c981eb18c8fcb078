namespace ArticleCompiler.Annotation;

/// <summary>A dateline lead: its place ("DALLAS"), its agency ("AP") if any, and where the text after it starts.</summary>
internal readonly record struct Dateline(string Place, string? Source, int BodyStart);

/// <summary>
/// The one reader of dateline leads ("DALLAS (AP) — ", "PASADENA, Calif., Jan. 1 (UPI) — ",
/// "WASHINGTON — ", "OTTAWA, Ont. -- ", "WASHINGTON (Reuters) -" alone on a line): an upper-case
/// place, perhaps a short addition after a comma and an agency in brackets, then a dash ('-', '--',
/// en or em dash) after a space, followed by a space or the end. One scan, no regular expression.
/// The headline rules, the stand-in title and the draft's <c>dateline:</c> all read it here, so
/// they agree.
/// </summary>
internal static class DatelineReader
{
    /// <summary>The dateline lead of <paramref name="text"/>, or null.</summary>
    public static Dateline? Read(string text)
    {
        var dash = -1;
        var dashLength = 0;
        for (var i = 1; i < text.Length && i < 80; i++)
        {
            var length = text[i] is '\u2013' or '\u2014' or '\u2015' ? 1
                : text[i] == '-' ? (i + 1 < text.Length && text[i + 1] == '-' ? 2 : 1)
                : 0;
            if (length > 0 && text[i - 1] == ' ' && (i + length == text.Length || text[i + length] == ' '))
            {
                dash = i;
                dashLength = length;
                break;
            }
        }

        if (dash < 0)
        {
            return null;
        }

        var place = 0;
        var letters = 0;
        while (place < dash && (char.IsUpper(text[place]) || text[place] is ' ' or '.' or '\'' or '-'))
        {
            letters += char.IsUpper(text[place]) ? 1 : 0;
            place++;
        }

        var rest = text.Substring(place, dash - place).Trim();
        if (letters < 2 || (place < dash && text[place - 1] != ' ' && rest.Length > 0 && rest[0] != ','))
        {
            return null;   // "U.S.-led" or a word that only starts in capitals
        }

        if (rest.StartsWith(",", System.StringComparison.Ordinal))
        {
            var bracket = rest.IndexOf('(');
            var addition = bracket < 0 ? rest.Length : bracket;
            if (addition > 30)
            {
                return null;
            }

            rest = rest.Substring(addition).Trim();
        }

        string? source = null;
        if (rest.Length > 0)
        {
            if (!(rest[0] == '(' && rest[rest.Length - 1] == ')' && rest.Length <= 42 && rest.IndexOf('(', 1) < 0))
            {
                return null;
            }

            source = rest.Substring(1, rest.Length - 2).Trim();
        }

        var body = dash + dashLength;
        while (body < text.Length && text[body] == ' ')
        {
            body++;
        }

        return new Dateline(text.Substring(0, place).Trim(), source, body);
    }

    /// <summary>The text after the dateline lead of <paramref name="text"/>, or the text.</summary>
    public static string Strip(string text) => Read(text) is { } dateline ? text.Substring(dateline.BodyStart) : text;
}
