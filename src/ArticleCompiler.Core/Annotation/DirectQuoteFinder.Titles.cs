using System.Linq;

namespace ArticleCompiler.Annotation;

/// <summary>Quotation marks around a title or a scare quote: words that are not speech.</summary>
internal static partial class DirectQuoteFinder
{
    /// <summary>
    /// Whether quoted words read as the title of a work or a name ("Good Morning America", "Bridge
    /// of Spies", "Make America Great Again"): a few words, each capitalised but for short words such
    /// as "of" and "the", not an exclamation or a question. Without a speech cue beside them they are
    /// not speech.
    /// </summary>
    internal static bool IsTitle(string content)
    {
        var words = content.Split(TitleWordBreaks, System.StringSplitOptions.RemoveEmptyEntries);
        var last = content.TrimEnd(' ', ',', '.', '\n', '\'', '\u2019');
        if (words.Length == 0 || words.Length > EnglishLexicon.MaxTitleWords || last.EndsWith("!", System.StringComparison.Ordinal) || last.EndsWith("?", System.StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].Trim(TitleWordEdges);
            var letter = word.FirstOrDefault(char.IsLetter);
            if (letter == '\0')
            {
                continue;
            }

            if (!char.IsUpper(word[0]) && !char.IsDigit(word[0]) && (i == 0 || !EnglishLexicon.IsTitleCaseMinorWord(word)))
            {
                return false;
            }
        }

        return char.IsUpper(words[0].Trim(TitleWordEdges).FirstOrDefault());
    }

    private static readonly char[] TitleWordBreaks = { ' ', '\n', '\t', '\u00A0' };

    private static readonly char[] TitleWordEdges = { ',', '.', ':', ';', '"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '(', ')', '[', ']' };

    private static bool IsScareQuote(ParagraphContext p, int open)
    {
        var j = p.TokenBefore(open);
        if (j < 0 || !EnglishLexicon.IsScareQuoteLead(p.Tokens[j].Text))
        {
            return false;
        }

        for (var k = j - 1; k >= 0 && k >= j - 5; k--)
        {
            if (EnglishLexicon.IsDescribingVerb(p.Tokens[k].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the quotation opening at <paramref name="open"/> names a work after a possessive or a
    /// word that leads a title ('on ABC's "This Week"', 'her memoir, "Tough Choices"', 'told "Good
    /// Morning America"'): with title-case words, it is the work's title whatever cue follows.
    /// </summary>
    private static bool NamesAWork(ParagraphContext p, int open)
    {
        var i = open - 1;
        while (i >= 0 && (p.Text[i] == ' ' || p.Text[i] == ',' || p.Text[i] == '\u00A0'))
        {
            i--;
        }

        if (i >= 1 && (p.Text[i] == 's' && (p.Text[i - 1] == '\'' || p.Text[i - 1] == '\u2019')) || (i >= 1 && (p.Text[i] == '\'' || p.Text[i] == '\u2019') && p.Text[i - 1] == 's'))
        {
            return true;
        }

        // 'her memoir, "Tough Choices"': a noun of a work before a comma leads the title too (not "on," or "and,").
        var j = p.TokenBefore(open);
        var comma = j >= 1 && p.Tokens[j].Is(',');
        var lead = comma ? j - 1 : j;
        return lead >= 0 && p.Tokens[lead].IsLowerCase && EnglishLexicon.LeadsWorkTitle(p.Tokens[lead].Text)
            && !(comma && p.Tokens[lead].Text is "on" or "in" or "of" or "and" or "told");
    }
}
