using System;
using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Model;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Mixed quotation: quoted words inside reported speech (<c>Roe said the plan was "dead on
/// arrival."</c>). The report is one quote, the whole reported content with its quotation marks;
/// the format gives quoted words inside an indirect span to the span's speaker, so they need no
/// block of their own, and a news reader (and the GGT metric) counts one quote there, not two.
/// </summary>
internal static partial class MixedQuotation
{
    /// <summary>
    /// <paramref name="quotes"/> with a report added around quoted words the reported-speech rules left
    /// alone: a partial quote that closes a sentence's words before the cue naming its speaker (<c>The
    /// plan was ''dead on arrival,'' Roe said.</c>: from the sentence's first word to the closing mark;
    /// the rules miss it when the marks are two apostrophes or the speaker is read only from the
    /// quote), and a quotation that opens a content going on without marks (<c>Roe has said repeatedly
    /// "the next council" should pick the chief.</c>: from the opening mark to the end of the clause).
    /// The report is the quote's speaker's, and no other report or quote may cross its stretch.
    /// </summary>
    public static List<QuoteAnnotation> ReportsAroundQuotes(RawArticle article, IReadOnlyList<QuoteSpan> spans, IReadOnlyList<QuoteAnnotation> quotes)
    {
        var result = quotes.ToList();
        var reports = quotes.Where(q => q.Kind == QuoteKind.Indirect).ToLookup(q => q.OpenBlock);
        var candidates = quotes
            .Where(q => q.Kind != QuoteKind.Indirect && q.Speaker is not null && q.OpenBlock == q.CloseBlock
                && !reports[q.OpenBlock].Any(r => r.Start <= q.Start && q.End <= r.End)
                && (q.Kind == QuoteKind.Partial || LowerCaseAfter(article.Blocks[q.OpenBlock].Text, q.End)))
            .ToList();
        foreach (var group in candidates.GroupBy(q => q.OpenBlock))
        {
            var block = group.Key;
            var p = new ParagraphContext(article.Blocks[block].Text, block, spans);
            foreach (var quote in group)
            {
                // A cue after the quote ('"...," the mayor said') decides which rules may read it: found once here.
                var span = p.Quotes.FirstOrDefault(s => s.OpenBlock == p.Block && s.Open == quote.Start);
                if (span is null)
                {
                    continue;
                }

                var partial = quote.Kind == QuoteKind.Partial;
                var report = DirectQuoteFinder.CueAfter(p, span.Close) is not null
                    ? (partial ? ReportBefore(p, quote, result) : null)
                    : (partial ? ReportAfterCue(p, quote, result) : null) ?? ReportAfter(p, quote, result);
                if (report is not null)
                {
                    result.Add(report);
                }
            }
        }

        return ReportsRunningIntoQuotes(article, spans, result);
    }

    // Whether a lower-case letter follows the quote (past spaces and a comma): words of its report may go on.
    private static bool LowerCaseAfter(string text, int end)
    {
        var i = end;
        while (i < text.Length && (text[i] == ' ' || text[i] == ','))
        {
            i++;
        }

        return i < text.Length && char.IsLower(text[i]);
    }

    // The report that ends with the quote (a cue after it names its speaker), or null.
    private static QuoteAnnotation? ReportBefore(ParagraphContext p, QuoteAnnotation quote, IReadOnlyList<QuoteAnnotation> found)
    {
        var tokens = p.Tokens;
        var open = p.TokenAt(quote.Start);
        if (open >= tokens.Count)
        {
            return null;
        }

        var first = ClauseReader.SkipDateline(p, p.SentenceStartToken(open));
        if (first < tokens.Count && tokens[first].Is('('))
        {
            first++;   // "(The plan was ''dead,'' Roe said.)": the words inside the brackets
        }

        // Words of the report before the quotation, not only a conjunction ("But ''...,'' Roe said"); a
        // sentence in quotation marks after a colon is the speaker's own.
        var start = first < tokens.Count ? tokens[first].Start : int.MaxValue;
        if (!tokens.Skip(first).Take(open - first).Any(t => t.IsWord && !(t.Text is "But" or "And" or "So" or "Yet" or "Or" or "Still"))
            || p.InQuote(start) || (quote.Kind == QuoteKind.Direct && tokens[open - 1].Is(':')))
        {
            return null;
        }

        // No other report, and no quote but one wholly inside the stretch (of the same speaker, if it has one).
        if (found.Any(q => q != quote && q.OpenBlock <= p.Block && p.Block <= q.CloseBlock
                && (q.OpenBlock < p.Block || q.Start < quote.End) && (q.CloseBlock > p.Block || q.End > start)
                && !(q.Kind != QuoteKind.Indirect && q.OpenBlock == p.Block && q.CloseBlock == p.Block && q.Start >= start && q.Speaker == quote.Speaker))
            || p.QuoteRanges.Any(r => r.Start != quote.Start && r.End >= start && r.Start < quote.End && !(r.Start >= start && r.End < quote.Start)))
        {
            return null;
        }

        return new QuoteAnnotation(QuoteKind.Indirect, p.Block, start, p.Block, quote.End, quote.Speaker, quote.Confidence, "a report ending in quoted words: " + quote.Reason);
    }

    // '..., adding that the plan is "the best in years."': quoted words that close a sentence whose report
    // the reporter introduces with a participle or verb of speech and "that" (or the participle alone:
    // ', saying the town was the "heart of the state."'). The report runs from after the cue to the
    // closing mark; the rules for reported speech leave it when the quotation ends it.
    private static QuoteAnnotation? ReportAfterCue(ParagraphContext p, QuoteAnnotation quote, IReadOnlyList<QuoteAnnotation> found)
    {
        var tokens = p.Tokens;
        var open = p.TokenAt(quote.Start);
        if (open >= tokens.Count)
        {
            return null;
        }

        var sentenceStart = p.SentenceStartToken(open);
        var sentenceEnd = p.SentenceEndToken(open);
        var after = p.TokenAfter(quote.End - 1);
        var end = quote.End;
        if (after <= sentenceEnd && after < tokens.Count && !(after == sentenceEnd && !tokens[after].IsWord))
        {
            // 'telling reporters they are "planting the seeds" to win the seat': lower-case words of the
            // same clause go on to its end; a comma, a pronoun or a verb of speech there does not.
            if (!tokens[after].IsLowerCase || EnglishLexicon.IsPronoun(tokens[after].Text) || EnglishLexicon.IsQuoteVerbAt(tokens, after)
                || EnglishLexicon.IsParticiple(tokens[after].Text) || EnglishLexicon.IsReportEndingAfterComma(tokens[after].Text)
                || tokens[after].Text is "according" or "and" or "but" or "or" or "as" or "so" or "who" or "which"
                || ClauseReader.ClauseFrom(p, after, CueAfterComma(p, after, sentenceEnd) ?? sentenceEnd) is not { } rest)
            {
                return null;
            }

            end = rest.End;
        }

        // '..., saying, "done."': a comma or colon after the cue leads into the quotation, no report's word.
        var cue = ContentCue(p, sentenceStart, open);
        var first = cue is null ? open : cue.Value + 1;
        if (first < open && (tokens[first].Is(',') || tokens[first].Is(':')))
        {
            first++;
        }

        if (first >= open)
        {
            return null;
        }

        var start = tokens[first].Start;
        if (found.Any(q => q != quote && q.OpenBlock <= p.Block && p.Block <= q.CloseBlock
                && (q.OpenBlock < p.Block || q.Start < end) && (q.CloseBlock > p.Block || q.End > start)
                && !(q.Kind != QuoteKind.Indirect && q.OpenBlock == p.Block && q.CloseBlock == p.Block && q.Start >= start && q.End <= end && q.Speaker == quote.Speaker))
            || p.QuoteRanges.Any(r => r.Start != quote.Start && r.End >= start && r.Start < end && !(r.Start >= start && r.End < end)))
        {
            return null;
        }

        return new QuoteAnnotation(QuoteKind.Indirect, p.Block, start, p.Block, end, quote.Speaker, quote.Confidence, "a report around quoted words: " + quote.Reason);
    }

    // The last token before 'open' that introduces reported content: "that" after a verb or participle
    // of speech a few words back ('telling reporters in May that'), or the participle itself ('saying').
    private static int? ContentCue(ParagraphContext p, int sentenceStart, int open)
    {
        var tokens = p.Tokens;
        for (var k = open - 1; k >= sentenceStart; k--)
        {
            if (p.InQuote(tokens[k].Start) || !tokens[k].IsLowerCase)
            {
                continue;
            }

            if (IsSpeechWord(tokens[k].Text) && tokens[k].Text.EndsWith("ing", StringComparison.Ordinal))
            {
                return k;
            }

            if (tokens[k].Text == "that")
            {
                for (var v = k - 1; v >= sentenceStart && v >= k - 12; v--)
                {
                    if (tokens[v].IsLowerCase && IsSpeechWord(tokens[v].Text) && !p.InQuote(tokens[v].Start))
                    {
                        return k;
                    }
                }

                return null;
            }
        }

        return null;
    }

    private static bool IsSpeechWord(string word) => EnglishLexicon.IsParticiple(word) || EnglishLexicon.IsReportingParticiple(word) || EnglishLexicon.IsClauseVerb(word);

    // '... said "there was never any question of it" and no order to wait': a report that opens with
    // quoted words and goes on without marks to the end of its clause. The quotation opens the
    // sentence or follows its cue ("said", "that", a comma or colon, an adverb); what follows it is
    // lower-case words that name no speaker (not '"...," the mayor said').
    private static QuoteAnnotation? ReportAfter(ParagraphContext p, QuoteAnnotation quote, IReadOnlyList<QuoteAnnotation> found)
    {
        var tokens = p.Tokens;
        var open = p.TokenAt(quote.Start);
        if (open >= tokens.Count)
        {
            return null;
        }

        var before = open - 1;
        var opensContent = p.SentenceStartToken(open) == open
            || (before >= 0 && (tokens[before].Is(',') || tokens[before].Is(':') || tokens[before].Text == "that"
                || (tokens[before].IsLowerCase && (EnglishLexicon.IsQuoteVerb(tokens[before].Text) || EnglishLexicon.IsParticiple(tokens[before].Text) || EnglishLexicon.IsPreVerbAdverb(tokens[before].Text)))));
        var after = p.TokenAfter(quote.End - 1);
        if (!opensContent || after >= tokens.Count || p.SentenceStartToken(after) != p.SentenceStartToken(open))
        {
            return null;
        }

        var comma = tokens[after].Is(',') || p.Text.Substring(quote.Start, quote.End - quote.Start).TrimEnd('"', '\u201D', ' ').EndsWith(",", StringComparison.Ordinal);
        if (tokens[after].Is(','))
        {
            after++;
        }

        // '"We could not win," and the flag flew at half-mast', '..., as quoted by the paper': after a
        // comma, a conjunction or "as" starts the writer's own clause.
        if (comma && after < tokens.Count && tokens[after].Text is "and" or "but" or "or" or "as" or "so")
        {
            return null;
        }

        var sentenceEnd = p.SentenceEndToken(open);
        if (after + 2 > sentenceEnd || !tokens[after].IsLowerCase || EnglishLexicon.IsPronoun(tokens[after].Text) || EnglishLexicon.IsQuoteVerb(tokens[after].Text)
            || EnglishLexicon.IsParticiple(tokens[after].Text) || EnglishLexicon.IsReportEndingAfterComma(tokens[after].Text) || tokens[after].Text is "according" or "the" or "a" or "an" or "one" or "who" or "which")
        {
            return null;
        }

        // No verb of speech among the next words: '"...," the 43-year-old asked' names a speaker the rules cannot read.
        for (var k = after; k <= sentenceEnd && k <= after + 6; k++)
        {
            if (tokens[k].IsLowerCase && EnglishLexicon.IsQuoteVerbAt(tokens, k))
            {
                return null;
            }
        }

        if (ClauseReader.ClauseFrom(p, after, CueAfterComma(p, after, sentenceEnd) ?? sentenceEnd) is not { } rest)
        {
            return null;
        }

        if (found.Any(q => q != quote && q.OpenBlock <= p.Block && p.Block <= q.CloseBlock
                && (q.OpenBlock < p.Block || q.Start < rest.End) && (q.CloseBlock > p.Block || q.End > quote.Start))
            || p.QuoteRanges.Any(r => r.Start != quote.Start && r.End >= quote.Start && r.Start < rest.End && !(r.Start > quote.Start && r.End < rest.End)))
        {
            return null;
        }

        return new QuoteAnnotation(QuoteKind.Indirect, p.Block, quote.Start, p.Block, rest.End, quote.Speaker, quote.Confidence, "a report opening with quoted words: " + quote.Reason);
    }

    // The token before ", she said" or ", said Roe" between 'from' and the sentence's end: the report stops there.
    private static int? CueAfterComma(ParagraphContext p, int from, int sentenceEnd)
    {
        var tokens = p.Tokens;
        for (var k = from + 1; k + 2 <= sentenceEnd; k++)
        {
            if (!tokens[k].Is(','))
            {
                continue;
            }

            if (tokens[k + 1].IsLowerCase && EnglishLexicon.IsQuoteVerb(tokens[k + 1].Text))
            {
                return k - 1;
            }

            if (MentionReader.ReadForward(p.Text, tokens, k + 1, sentenceEnd) is { } mention && mention.Last + 1 <= sentenceEnd
                && tokens[mention.Last + 1].IsLowerCase && EnglishLexicon.IsQuoteVerb(tokens[mention.Last + 1].Text))
            {
                return k - 1;
            }
        }

        return null;
    }

    /// <summary>
    /// The quotations in double marks inside a report that the rules judged no quote (a term or a
    /// scare quote: <c>Roe said the firms must register as "foreign agents"</c>, no annotation of their
    /// own): the draft marks them <c>{-}</c>, as the format otherwise gives quoted words in an indirect
    /// span to its speaker. Each as its paragraph and the offsets of its marks.
    /// </summary>
    public static List<(int Block, int Open, int Close)> NotQuotesInReports(IReadOnlyList<QuoteSpan> spans, IReadOnlyList<QuoteAnnotation> quotes)
    {
        var reports = quotes.Where(q => q.Kind == QuoteKind.Indirect).ToLookup(q => q.OpenBlock);
        if (reports.Count == 0)
        {
            return new List<(int, int, int)>();
        }

        var annotated = new HashSet<(int, int)>(quotes.Where(q => q.Kind != QuoteKind.Indirect).Select(q => (q.OpenBlock, q.Start)));
        return spans
            .Where(s => !s.IsApostrophes && !s.Loose && s.OpenBlock == s.CloseBlock && !annotated.Contains((s.OpenBlock, s.Open))
                && reports[s.OpenBlock].Any(r => r.Start <= s.Open && s.Close < r.End))
            .Select(s => (s.OpenBlock, s.Open, s.Close))
            .ToList();
    }

    /// <summary>
    /// <paramref name="quotes"/> less the direct and partial quotes that lie inside a reported span of
    /// the same speaker that will be written (speaker found, confidence at least
    /// <paramref name="minimumConfidence"/>): their words are the report's. A quote of someone else
    /// inside a report (<c>Roe said she heard them shout "Build that wall!"</c>, given to the crowd)
    /// stays a quote of its own.
    /// </summary>
    public static List<QuoteAnnotation> Absorb(RawArticle article, IReadOnlyList<QuoteAnnotation> quotes, double minimumConfidence)
    {
        quotes = WithoutReportsEndingInIntroducedQuotes(article, quotes);
        var reports = quotes
            .Where(q => q.Kind == QuoteKind.Indirect && q.Speaker is not null && q.Confidence >= minimumConfidence)
            .ToLookup(q => q.OpenBlock);
        if (reports.Count == 0)
        {
            return quotes.ToList();
        }

        return quotes.Where(q => !IsInsideReport(article.Blocks[q.OpenBlock].Text, q, reports[q.OpenBlock])).ToList();
    }

    private static bool IsInsideReport(string text, QuoteAnnotation quote, IEnumerable<QuoteAnnotation> reports) =>
        quote.Kind != QuoteKind.Indirect && quote.OpenBlock == quote.CloseBlock
        && reports.Any(r => r.Speaker == quote.Speaker && r.Start <= quote.Start && quote.End <= r.End && (r.Start == quote.Start || r.End == quote.End || !IsIntroduced(text, quote)));

    // 'said — as a paper reported — "We will ..."': a sentence in quotation marks after a colon, comma
    // or dash is direct speech the report leads into, a quote of its own.
    private static bool IsIntroduced(string text, QuoteAnnotation quote)
    {
        if (quote.Kind != QuoteKind.Direct)
        {
            return false;
        }

        var i = quote.Start - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i >= 0 && text[i] is ':' or ',' or '\u2014' or '\u2013' or '-';
    }
}
