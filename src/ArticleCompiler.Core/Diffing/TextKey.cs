using System;
using System.Collections.Generic;
using System.Text;

namespace ArticleCompiler.Diffing;

/// <summary>
/// How texts are compared. White space never counts (runs of it are one space, ends are trimmed),
/// except that no-break and thin spaces are not spaces;
/// with <c>ignoreTypography</c>, straight and curly quote marks, non-breaking and ordinary spaces,
/// and the dash variants are also the same. Alignment always folds typography, so that a changed
/// quote mark is an edit of a sentence, not a sentence removed and another added.
/// </summary>
public static class TextKey
{
    [ThreadStatic]
    private static char[]? _scratch;

    /// <summary>The comparison key of <paramref name="text"/>.</summary>
    public static string Of(string text, bool ignoreTypography)
    {
        // Most texts are their own key (single spaces between words, nothing to fold): a diff of
        // 10,000 sentences asks for about 40,000 keys, and copying each was a tenth of its time.
        var start = FirstChange(text, ignoreTypography);
        if (start < 0)
        {
            return text;
        }

        var key = _scratch is { } scratch && scratch.Length >= text.Length ? scratch : (_scratch = new char[Math.Max(text.Length, 256)]);
        text.CopyTo(0, key, 0, start);
        var length = start;
        var space = false;
        for (var i = start; i < text.Length; i++)
        {
            var raw = text[i];
            var c = ignoreTypography ? Fold(raw) : raw;
            // A no-break space is typography: the same as a space only when typography is ignored.
            if (char.IsWhiteSpace(c) && !IsTypographicSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                key[length++] = ' ';
                space = false;
            }

            key[length++] = c;
        }

        return new string(key, 0, length);
    }

    // Where the key of 'text' starts to differ from it, backed up to just after a word so that the
    // key so far is a copy of the text so far; -1 when the key is the text itself.
    private static int FirstChange(string text, bool ignoreTypography)
    {
        var afterSpace = true;   // so that white space at the start counts as a change
        for (var i = 0; i < text.Length; i++)
        {
            var raw = text[i];
            var c = ignoreTypography ? Fold(raw) : raw;
            var isSpace = char.IsWhiteSpace(c) && !IsTypographicSpace(c);
            if (c != raw || (isSpace && (c != ' ' || afterSpace || i == text.Length - 1)))
            {
                while (i > 0 && text[i - 1] == ' ')
                {
                    i--;
                }

                return i;
            }

            afterSpace = isSpace;
        }

        return -1;
    }

    /// <summary>Whether <paramref name="c"/> is a no-break or thin space: typography, not a word break.</summary>
    public static bool IsTypographicSpace(char c) => c is '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A';

    /// <summary>One character with its typographic variants folded to the plain one.</summary>
    public static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' => ' ',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => c,
    };

    /// <summary>The lower-cased words of <paramref name="text"/> (letters and digits), typography folded: what similarity is measured on.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
