using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Where reported words start when their cue follows them ("..., she said." / "..., according to X."):
/// the words the writer puts before the speaker's own are not part of the report. And where they start after
/// their verb when whom it was told to or an aside stands before "that" ("told a crowd in Dayton, Ohio, that").
/// </summary>
internal static partial class ClauseReader
{
    /// <summary>
    /// The first token of the reported words between <paramref name="first"/> (the sentence's own first word)
    /// and <paramref name="last"/> (the word before the cue's comma): past a concessive clause that opens the
    /// sentence ("Though the bridge is old, it is safe, she said", "Despite the cracks, ...": the writer's concession, not her words) and
    /// past the writer's introduction up to a colon ("The mayor's answer was short: the bridge is safe, she said").
    /// </summary>
    public static int ContentStartBefore(ParagraphContext p, int first, int last)
    {
        var tokens = p.Tokens;
        var start = first;
        if (last - first < 4 || p.InQuote(tokens[first].Start))
        {
            return first;
        }

        // "But though ...", "So, although ...": a connective before the concession.
        var lead = first;
        if (tokens[lead].Text is "So" or "But" or "And" or "Yet" or "Still")
        {
            lead++;
            if (tokens[lead].Is(','))
            {
                lead++;
            }
        }

        // A conditional ("If ...") or temporal ("When ...") clause is as often the speaker's as not; a concession
        // ("Though ...", "Despite ...") is the writer's setting against which the speaker's words stand.
        var concessive = tokens[lead].IsWordLike("though") || tokens[lead].IsWordLike("although") || tokens[lead].IsWordLike("despite") || (tokens[lead].IsWordLike("even") && lead + 1 <= last && tokens[lead + 1].Text == "though");
        if (concessive && FirstClauseComma(p, lead + 1, last) is var comma && comma > 0 && last - comma >= 3 && tokens[comma + 1].IsWord)
        {
            start = comma + 1;
        }

        for (var k = last - 3; k > start; k--)
        {
            if (tokens[k].Is(':') && !p.InQuote(tokens[k].Start))
            {
                return k + 1;
            }
        }

        return start;
    }

    // The first comma between clauses from 'from' to 'to' outside quotation marks, or -1.
    private static int FirstClauseComma(ParagraphContext p, int from, int to)
    {
        var tokens = p.Tokens;
        for (var k = from; k <= to; k++)
        {
            if (IsClauseComma(tokens, k) && !p.InQuote(tokens[k].Start))
            {
                return k;
            }
        }

        return -1;
    }

    // The token after ", that" when it closes an aside of up to a dozen words that opens at 'from', or null: no
    // sentence end, quotation, dash, colon or other comma on the way.
    private static int? CommaThat(IReadOnlyList<TextToken> tokens, int from, int sentenceEnd)
    {
        for (var i = from + 1; i + 2 <= sentenceEnd && i <= from + 12; i++)
        {
            var t = tokens[i];
            if (IsSentenceEnd(t) || t.Is(':') || ReportedSubjectReader.IsQuoteMark(t) || ReportedSubjectReader.IsDash(t))
            {
                return null;
            }

            if (IsClauseComma(tokens, i))
            {
                return tokens[i + 1].Text == "that" ? i + 2 : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The token after the "that" that ends whom a verb of telling names ("told a crowd at a hotel in Dayton,
    /// Ohio, that"), or null: no comma but one beside a name, no quotation, colon or second reporting verb on the way.
    /// </summary>
    public static int? ThatAfterTold(IReadOnlyList<TextToken> tokens, int verb, int sentenceEnd)
    {
        for (var i = verb + 1; i <= sentenceEnd && i <= verb + 24; i++)
        {
            var t = tokens[i];
            var nameComma = t.Is(',') && i + 1 <= sentenceEnd && (tokens[i - 1].IsCapitalised || tokens[i + 1].IsCapitalised);
            if ((t.Is(',') && !nameComma) || t.Is(':') || IsSentenceEnd(t) || ReportedSubjectReader.IsQuoteMark(t) || ReportedSubjectReader.IsDash(t) || t.Is('(')
                || (t.IsLowerCase && EnglishLexicon.IsReportingVerb(t.Text)))
            {
                return null;
            }

            if (t.Text == "that")
            {
                return i + 1 <= sentenceEnd && i > verb + 1 ? i + 1 : null;
            }
        }

        return null;
    }

    // The token after "that" when an aside between two dashes follows the verb ("said — on Twitter — that"), or null.
    private static int? DashAsideThat(IReadOnlyList<TextToken> tokens, int dash, int sentenceEnd)
    {
        for (var i = dash + 2; i <= sentenceEnd && i <= dash + 12; i++)
        {
            if (IsSentenceEnd(tokens[i]) || ReportedSubjectReader.IsQuoteMark(tokens[i]))
            {
                return null;
            }

            if (ReportedSubjectReader.IsDash(tokens[i]))
            {
                return i + 2 <= sentenceEnd && tokens[i + 1].Text == "that" ? i + 2 : null;
            }
        }

        return null;
    }
}
