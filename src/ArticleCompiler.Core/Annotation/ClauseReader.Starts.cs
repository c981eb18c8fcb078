namespace ArticleCompiler.Annotation;

/// <summary>
/// Where reported words start when their cue follows them ("..., she said." / "..., according to X."):
/// the words the writer puts before the speaker's own are not part of the report.
/// </summary>
internal static partial class ClauseReader
{
    /// <summary>
    /// The first token of the reported words between <paramref name="first"/> (the sentence's own first word)
    /// and <paramref name="last"/> (the word before the cue's comma): past a concessive clause that opens the
    /// sentence ("Though the bridge is old, it is safe, she said": the writer's concession, not her words) and
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
        // ("Though ...") is the writer's setting against which the speaker's words stand.
        var concessive = tokens[lead].IsWordLike("though") || tokens[lead].IsWordLike("although") || (tokens[lead].IsWordLike("even") && lead + 1 <= last && tokens[lead + 1].Text == "though");
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
}
