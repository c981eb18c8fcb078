using System.Collections.Generic;
using ArticleCompiler.Text;

namespace ArticleCompiler.Annotation;

/// <summary>A word or a punctuation character of a paragraph, with its place in the text.</summary>
internal readonly record struct TextToken(int Start, int End, string Text)
{
    /// <summary>Whether the token is a word (starts with a letter or digit).</summary>
    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);

    /// <summary>Whether the token is a word starting with a capital letter.</summary>
    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>Whether the token is a word in lower case.</summary>
    public bool IsLowerCase => Text.Length > 0 && char.IsLower(Text[0]);

    /// <summary>Whether the token is the punctuation character <paramref name="c"/>.</summary>
    public bool Is(char c) => Text.Length == 1 && Text[0] == c;

    /// <summary>Whether the token is <paramref name="word"/>, ignoring case.</summary>
    public bool IsWordLike(string word) => string.Equals(Text, word, System.StringComparison.OrdinalIgnoreCase);

    /// <summary>Splits <paramref name="text"/> into words and punctuation characters.</summary>
    /// <remarks>
    /// A word is a run of letters and digits with inner apostrophes, hyphens and periods kept
    /// ("Russia's", "Russia-US", "U.S."); a final period stays outside unless the sentence splitter
    /// reads it as an abbreviation's that ends no sentence there ("U.S. officials", "Mr. Smith").
    /// </remarks>
    public static List<TextToken> Split(string text, int start, int end)
    {
        var tokens = new List<TextToken>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var j = i + 1;
                while (j < end)
                {
                    var d = text[j];
                    if (char.IsLetterOrDigit(d))
                    {
                        j++;
                    }
                    else if ((d is '\'' or '\u2019' or '-' or '.' or '&') && j + 1 < end && char.IsLetterOrDigit(text[j + 1]))
                    {
                        j += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                // "U.S." and "Mr." keep their period where the sentence splitter reads it as no end.
                if (j < end && text[j] == '.' && SentenceSplitter.IsAbbreviationPeriod(text, j))
                {
                    j++;
                }

                tokens.Add(new TextToken(i, j, text.Substring(i, j - i)));
                i = j;
            }
            else
            {
                tokens.Add(new TextToken(i, i + 1, c.ToString()));
                i++;
            }
        }

        return tokens;
    }
}
