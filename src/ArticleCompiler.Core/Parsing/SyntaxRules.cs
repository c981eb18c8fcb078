using System;

namespace ArticleCompiler.Parsing;

/// <summary>The shapes of ids and keys, and character classes the grammar uses.</summary>
public static class SyntaxRules
{
    /// <summary>An article id: <c>[a-z0-9]+(-[a-z0-9]+)*</c>.</summary>
    public static bool IsArticleId(string value) => IsHyphenatedWords(value, requireLeadingLetter: false);

    /// <summary>A speaker key, section id or quote id: <c>[a-z][a-z0-9]*(-[a-z0-9]+)*</c>.</summary>
    public static bool IsKey(string value) => IsHyphenatedWords(value, requireLeadingLetter: true);

    /// <summary>
    /// The shape of a BCP 47 language tag the format accepts: <c>[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*</c>
    /// (written out: the native artc interprets a regular expression, and every article asks).
    /// </summary>
    internal static bool IsLanguageTag(string value)
    {
        var i = 0;
        while (i < value.Length && IsAsciiLetter(value[i]))
        {
            i++;
        }

        if (i is < 2 or > 3)
        {
            return false;
        }

        while (i < value.Length)
        {
            if (value[i] != '-')
            {
                return false;
            }

            var subtagStart = ++i;
            while (i < value.Length && (IsAsciiLetter(value[i]) || value[i] is >= '0' and <= '9'))
            {
                i++;
            }

            if (i - subtagStart is < 1 or > 8)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static bool IsHyphenatedWords(string value, bool requireLeadingLetter)
    {
        if (value.Length == 0 || (requireLeadingLetter && !(value[0] >= 'a' && value[0] <= 'z')))
        {
            return false;
        }

        var previousWasHyphen = true;
        foreach (var c in value)
        {
            if (c == '-')
            {
                if (previousWasHyphen)
                {
                    return false;
                }

                previousWasHyphen = true;
            }
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            {
                previousWasHyphen = false;
            }
            else
            {
                return false;
            }
        }

        return !previousWasHyphen;
    }

    /// <summary>White space as the format counts it (a non-breaking space included).</summary>
    public static bool IsWhiteSpace(char c) => char.IsWhiteSpace(c);

    /// <summary>
    /// The characters a backslash escapes: ASCII punctuation and symbols, as in CommonMark, and the
    /// curly quote marks, so that every quote mark can be written as text.
    /// </summary>
    public static bool IsEscapable(char c) =>
        c < 128 ? char.IsPunctuation(c) || char.IsSymbol(c) : c is '\u201C' or '\u201D' or '\u2018' or '\u2019';

    /// <summary>Counts the words (runs of non-white-space characters) in <paramref name="text"/>.</summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }

    /// <summary>Removes the escaping backslashes from <paramref name="text"/>.</summary>
    public static string Unescape(string text)
    {
        if (text.IndexOf('\\') < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && IsEscapable(text[i + 1]))
            {
                i++;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }
}
