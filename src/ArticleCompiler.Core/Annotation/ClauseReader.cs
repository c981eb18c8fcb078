using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Reads the parts of a sentence around a reporting verb: where its subject can stand, what lies
/// between the verb and the reported clause, and where the clause ends.
/// </summary>
internal static partial class ClauseReader
{
    // "WASHINGTON (Sputnik) - ", and without the agency "MANCHESTER, N.H. - " or "MIAMI — ".
    private static readonly Regex DatelinePrefix = new(@"^[A-Z][A-Z.'\- ]*[A-Z.](?:,\s*[A-Za-z.]+(?:\s[A-Za-z.]+)?)?(?:\s*\([^()\n]{2,40}\)\s*[-–—]\s*|\s*[—–]\s*|\s+-{1,2}\s+)", RegexOptions.CultureInvariant);

    /// <summary>
    /// The first token of a sentence's own words: after a dateline lead such as
    /// "WASHINGTON (Sputnik) - " or "MIAMI — " if the sentence opens with one.
    /// </summary>
    public static int SkipDateline(ParagraphContext p, int sentenceStart)
    {
        var tokens = p.Tokens;
        var prefix = DatelinePrefix.Match(p.Text, tokens[sentenceStart].Start);
        return prefix.Success && prefix.Index == tokens[sentenceStart].Start ? p.TokenAt(prefix.Index + prefix.Length) : sentenceStart;
    }

    /// <summary>The token after a mention's apposition and any adverbs before its verb.</summary>
    public static int SkipToVerb(IReadOnlyList<TextToken> tokens, int i, int end)
    {
        var next = AppositionReader.SkipAppositions(tokens, i, end);
        while (next <= end && tokens[next].IsLowerCase && EnglishLexicon.IsPreVerbAdverb(tokens[next].Text))
        {
            next++;
        }

        return next;
    }

    /// <summary>
    /// The first token of the clause a reporting verb introduces: past a parenthetical, whom it was told
    /// to, a time or an adverbial, and "that" (then <paramref name="withThat"/>).
    /// </summary>
    public static int SkipAfterVerb(IReadOnlyList<TextToken> tokens, int verb, int sentenceEnd, out bool withThat)
    {
        var x = verb + 1;

        // "alleged, by way of example, Mahan had ...": a parenthetical between commas.
        if (x <= sentenceEnd && tokens[x].Is(','))
        {
            var close = x + 1;
            while (close <= sentenceEnd && close <= x + 7 && !tokens[close].Is(','))
            {
                close++;
            }

            if (close <= sentenceEnd && close <= x + 7 && close > x + 1 && tokens[x + 1].IsLowerCase && !tokens[x + 1].IsWordLike("that") && !tokens[x + 1].IsWordLike("adding"))
            {
                x = close + 1;
            }
        }

        if (x + 2 <= sentenceEnd && ReportedSubjectReader.IsDash(tokens[x]) && DashAsideThat(tokens, x, sentenceEnd) is { } afterAside)
        {
            // "said — on Twitter, as it happens — that ...": an aside of the writer's between dashes.
            withThat = true;
            return afterAside;
        }

        if (EnglishLexicon.IsTellVerb(tokens[verb].Text) && ThatAfterTold(tokens, verb, sentenceEnd) is { } afterTold)
        {
            // "is telling customers at a diner in Dayton, Ohio, that ...": whoever was told, up to "that".
            withThat = true;
            return afterTold;
        }

        if (tokens[verb].Text is "told" or "tells" && x <= sentenceEnd)
        {
            // told Sputnik / told reporters / told the BBC
            if (tokens[x].IsWordLike("the") && x + 1 <= sentenceEnd)
            {
                x++;
            }

            // told host Jane Roe / told lawyer John Doe: a role before the name.
            if (x + 1 <= sentenceEnd && tokens[x].IsLowerCase && EnglishLexicon.IsRoleNoun(tokens[x].Text) && tokens[x + 1].IsCapitalised)
            {
                x++;
            }

            while (x <= sentenceEnd && tokens[x].IsCapitalised)
            {
                x++;
            }

            while (x <= sentenceEnd && x < verb + 4 && tokens[x].IsLowerCase && (EnglishLexicon.IsToldObject(tokens[x].Text) || EnglishLexicon.IsAfterVerbAdverbial(tokens[x].Text)))
            {
                x++;
            }
        }

        // "said on Friday he can ...": a time before the clause.
        if (x + 1 <= sentenceEnd && EnglishLexicon.IsTimeLead(tokens[x].Text) && EnglishLexicon.IsTimeWord(tokens[x + 1].Text))
        {
            x += 2;
        }
        else if (x <= sentenceEnd && EnglishLexicon.IsTimeAdverb(tokens[x].Text))
        {
            x++;
        }

        // on Thursday / in a statement / last week, up to "that" or a comma
        if (x <= sentenceEnd && EnglishLexicon.IsAfterVerbAdverbial(tokens[x].Text))
        {
            for (var y = x; y <= sentenceEnd && y < x + 5 && tokens[y].IsWord; y++)
            {
                if (y + 1 <= sentenceEnd && tokens[y + 1].IsWordLike("that"))
                {
                    x = y + 1;
                    break;
                }

                if (y + 1 <= sentenceEnd && tokens[y + 1].Is(','))
                {
                    x = y + 2;
                    break;
                }
            }
        }

        if (x <= sentenceEnd && x > verb + 1 && tokens[x - 1].Is(',') && tokens[x].IsLowerCase && tokens[x].Text != "that" && CommaThat(tokens, x, sentenceEnd) is { } afterComma)
        {
            // "said on CNN, where he is a paid contributor, that ...": an aside between the verb's adverbial and "that".
            withThat = true;
            return afterComma;
        }

        withThat = x <= sentenceEnd && tokens[x].IsWordLike("that");
        return withThat ? x + 1 : x;
    }

    /// <summary>
    /// The mention if it can be a subject: at the start of its clause (the sentence start, or after
    /// a comma, a conjunction or a dash); otherwise null.
    /// </summary>
    public static Mention? AsSubject(IReadOnlyList<TextToken> tokens, Mention? mention, int sentenceStart)
    {
        if (mention is null)
        {
            return null;
        }

        if (mention.First == sentenceStart)
        {
            return mention;
        }

        var before = tokens[mention.First - 1];
        return before.Is(',') || before.Is(';') || before.Is(':') || before.Is('\u2014') || before.Is('-') || before.Is('(') || before.Is('"') || before.Is('\u201C')
            || EnglishLexicon.IsSubjectOpener(before.Text)
            ? mention
            : null;
    }

    /// <summary>Whether the token ends a sentence or a clause of its own (".", "?", "!", ";").</summary>
    public static bool IsSentenceEnd(TextToken token) => token.Is('.') || token.Is('?') || token.Is('!') || token.Is(';');

    /// <summary>
    /// The reported clause from token <paramref name="x"/> to the end of its sentence, or to a break
    /// (", adding", ", which", "while"); null where the rules allow no reported span.
    /// </summary>
    public static (int Start, int End, int EndToken)? ClauseFrom(ParagraphContext p, int x, int sentenceEnd)
    {
        var tokens = p.Tokens;
        if (x > sentenceEnd || x >= tokens.Count)
        {
            return null;
        }

        var enclosing = p.QuoteAround(tokens[x].Start);
        var inOpeningClause = InOpeningSubordinate(p, x);
        var end = x;
        while (end + 1 <= sentenceEnd)
        {
            var next = tokens[end + 1];
            var inner = p.QuoteAround(next.Start);
            var insideNested = inner is not null && inner != enclosing;
            if (!insideNested && IsSentenceEnd(next))
            {
                break;
            }

            if (inOpeningClause && !insideNested && IsClauseComma(tokens, end + 1))
            {
                // "When Roe said the plan had failed, the board ...": the report ends with the clause that holds it.
                break;
            }

            if (enclosing is { } e && next.Start >= e.End)
            {
                break;
            }

            if (!insideNested && end > x && AsideClose(tokens, end + 1, sentenceEnd) is { } close)
            {
                // "said the plan — a rebuttal to the board's — would fail": the clause goes on after an aside between dashes.
                end = close;
                continue;
            }

            if (!insideNested && next.Is(',') && end + 2 <= sentenceEnd && EnglishLexicon.IsClauseBreakAfterComma(tokens[end + 2].Text)
                && !(tokens[end + 2].Text is "which" or "whose" && RelativeInSubject(p, end + 2, sentenceEnd))
                && !(tokens[end + 2].Text == "while" && ContrastContinuesReport(p, end + 2, sentenceEnd)))
            {
                break;
            }

            // 'was "corrupt," noting that ...': the comma stands inside the closing quotation mark, the
            // report ends with the mark as it would at a comma.
            var commaInQuote = !insideNested && ReportedSubjectReader.IsQuoteMark(next) && tokens[end].Is(',') && p.InQuote(tokens[end].Start) && !p.InQuote(next.End);
            if (commaInQuote && end + 2 <= sentenceEnd && (EnglishLexicon.IsClauseBreakAfterComma(tokens[end + 2].Text) || (end > x + 1 && EndsReport(tokens, end + 1, sentenceEnd, comma: true))))
            {
                end++;
                break;
            }

            // "said the plan failed while ministers debated it": a bare "while" is as often part of the report
            // as not; after a comma it ends it (above).
            if (!insideNested && EnglishLexicon.IsContrastConjunction(next.Text) && next.Text != "while")
            {
                break;
            }

            if (!insideNested && end > x + 1 && EndsReport(tokens, end + 1, sentenceEnd, next.Is(','))
                && !(next.Is(',') && end + 2 <= sentenceEnd && tokens[end + 2].Text is "who" or "a" && RelativeInSubject(p, end + 2, sentenceEnd)))
            {
                break;
            }

            if (!insideNested && end > x + 1 && SayingOccasionToEnd(tokens, end + 1, sentenceEnd))
            {
                // "said the plan would pass in an interview with CNN on Sunday": how it was said, not what.
                break;
            }

            if (!insideNested && end > x && next.Text == "and" && ParallelVerb(p, x, end + 1, sentenceEnd))
            {
                // "says he respects her and calls her a friend": the reporter's next verb, in the reporting verb's form. What
                // was denied or mentioned may be two words ("denied the charges and ...").
                return ClauseBetween(p, x, end, shortest: 2);
            }

            if (!insideNested && next.Text is "and" or "but" or "while" && StartsReport(p, end + 2, sentenceEnd))
            {
                // "said A and added that B": the second report is its own.
                break;
            }

            end++;
        }

        var objectEnd = ObjectEnd(p, x, end);
        return objectEnd < end ? ClauseBetween(p, x, objectEnd, shortest: 2) : ClauseBetween(p, x, end);
    }

    // Whether a reporting verb of its own starts at 'from', perhaps after its subject: "and added",
    // "and he said", "but the mayor warned", "while Interior Minister Jane Roe wrote".
    private static bool StartsReport(ParagraphContext p, int from, int sentenceEnd)
    {
        var tokens = p.Tokens;
        for (var i = from; i <= sentenceEnd && i <= from + 5; i++)
        {
            if (tokens[i].IsLowerCase && EnglishLexicon.IsCoordinatedReport(tokens[i].Text))
            {
                return !p.InQuote(tokens[i].Start);
            }

            if (!tokens[i].IsWord || (tokens[i].IsLowerCase && EnglishLexicon.IsClauseWord(tokens[i].Text) && !EnglishLexicon.IsPreVerbAdverb(tokens[i].Text)))
            {
                return false;
            }
        }

        return false;
    }

    // Whether words of the report go on after the quotation that opens it: a lower-case word that
    // starts no new clause, and two more.
    private static bool OpensReport(ParagraphContext p, QuoteRange opening, int last)
    {
        var tokens = p.Tokens;
        var after = p.TokenAfter(opening.End);
        return after + 2 <= last && tokens[after].IsLowerCase && !EnglishLexicon.IsPronoun(tokens[after].Text) && !EnglishLexicon.IsReportingVerb(tokens[after].Text)
            && tokens[after].Text is not ("and" or "but" or "or" or "said" or "says");
    }

    /// <summary>
    /// The reported clause from token <paramref name="first"/> to <paramref name="last"/> (without trailing
    /// commas or dashes), or null if it is shorter than <paramref name="shortest"/> tokens (three unless said), is a quotation itself or cuts one.
    /// </summary>
    public static (int Start, int End, int EndToken)? ClauseBetween(ParagraphContext p, int first, int last, int shortest = 3)
    {
        var tokens = p.Tokens;
        // A backslash at the end would escape the span's closing bracket in the draft.
        while (last > first && (tokens[last].Is(',') || tokens[last].Is('\u2014') || tokens[last].Is('\\')))
        {
            last--;
        }

        // "But the risk is real, Roe said.": a conjunction that opens the sentence ties it to the writer's last one;
        // the report starts after it. Not in "And that, Roe said, was the plan": one word left is no report.
        if (tokens[first].Text is "But" or "And" or "Yet" && first + 1 < last && tokens[first + 1].IsWord && !p.InQuote(tokens[first].Start)
            && SkipDateline(p, p.SentenceStartToken(first)) == first)
        {
            first++;
        }

        if (last - first + 1 < shortest || first > last)
        {
            return null;
        }

        var start = tokens[first].Start;
        var end = tokens[last].End;

        // 'said "We couldn't win," and ...': a quotation introduced by the verb is direct speech; but
        // 'said "it gets me mad" every time ...' is a report that opens with quoted words.
        if (p.QuoteRanges.FirstOrDefault(r => r.Start == start) is { End: > 0 } opening && !OpensReport(p, opening, last))
        {
            return null;
        }

        // A clause that is one quotation is a direct quote, not reported speech.
        var quote = p.QuoteAround(start + 1);
        if (quote is { } q && q.Start == start && q.End >= end - 1)
        {
            return null;
        }

        // A clause cut by a quote that is open at either end is not a span the format allows.
        foreach (var range in p.QuoteRanges)
        {
            var startsInside = range.Start < start && start < range.End;
            var endsInside = range.Start < end && end < range.End;
            if (startsInside != endsInside)
            {
                return null;
            }
        }

        return (start, end, last);
    }
}
