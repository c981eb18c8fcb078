using System;
using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Model;

namespace ArticleCompiler.Annotation;

/// <summary>Where a report and a quotation beside it are one quote, and where they are two.</summary>
internal static partial class MixedQuotation
{
    /// <summary>
    /// <c>Roe said the depot would close. "It is the oldest in the county."</c>: a sentence in
    /// quotation marks right after a report of the same speaker with no cue of its own, goes on with
    /// the report: one span from the report's first word to the closing mark, as a news reader (and
    /// PolNeAR) reads it. The report ends its sentence (a stop or a colon between them, nothing else),
    /// and the quotation is the next sentence; no quotation stands before the report in its sentence.
    /// </summary>
    private static List<QuoteAnnotation> ReportsRunningIntoQuotes(RawArticle article, IReadOnlyList<QuoteSpan> spans, List<QuoteAnnotation> quotes)
    {
        var result = quotes.ToList();
        var paragraphs = new Dictionary<int, ParagraphContext>();   // one reading of a paragraph for all its quotations
        foreach (var quote in quotes.Where(q => q.Kind == QuoteKind.Direct && q.Speaker is not null && q.OpenBlock == q.CloseBlock))
        {
            var text = article.Blocks[quote.OpenBlock].Text;
            var report = result.FirstOrDefault(r => r.Kind == QuoteKind.Indirect && r.OpenBlock == quote.OpenBlock && r.CloseBlock == quote.OpenBlock
                && r.End <= quote.Start && r.Speaker == quote.Speaker && IsSentenceBreak(text, r.End, quote.Start));
            if (report is null || result.Any(q => q != quote && q != report && q.OpenBlock == quote.OpenBlock && q.Start < quote.End && q.End > report.Start
                    && !(q.Kind != QuoteKind.Indirect && q.Start >= report.Start && q.End <= report.End)))
            {
                continue;
            }

            if (!paragraphs.TryGetValue(quote.OpenBlock, out var p))
            {
                p = paragraphs[quote.OpenBlock] = new ParagraphContext(text, quote.OpenBlock, spans);
            }

            var span = p.Quotes.FirstOrDefault(s => s.OpenBlock == p.Block && s.Open == quote.Start);
            if (span is null || DirectQuoteFinder.CueAfter(p, span.Close) is not null)
            {
                continue;
            }

            // '"...," said Roe, who noted that the depot is old. "..."': a report riding on a quotation of its
            // own sentence is an aside; the next quotation goes on with that quotation, not with the aside.
            var sentenceStart = p.Tokens[p.SentenceStartToken(p.TokenAt(report.Start))].Start;
            if (p.QuoteRanges.Any(r => r.Start >= sentenceStart && r.Start < report.Start))
            {
                continue;
            }

            result[result.IndexOf(report)] = report with { End = quote.End, Reason = report.Reason + ", going on in the quotation after it" };
        }

        return result;
    }

    // Whether only a full stop or a colon (and white space, a space last) stands between a report's
    // end and a quotation's opening mark. Read in place: every report before every quotation of a
    // paragraph is asked, so copying the stretch between them made a long paragraph cost its length cubed.
    private static bool IsSentenceBreak(string text, int end, int open)
    {
        if (open - end < 2 || text[open - 1] != ' ')
        {
            return false;
        }

        var marks = 0;
        for (var i = end; i < open; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            if (text[i] is not ('.' or ':') || ++marks > 1)
            {
                return false;
            }
        }

        return marks == 1;
    }

    // 'His verdict: "It is not good," he said.', 'Asked about it, Roe said "I do not know," she said.': a
    // sentence in quotation marks introduced by a colon or a verb of speech is the speaker's own words,
    // though the cue after it makes the sentence's words before it look like a report ending in them.
    // The quote stays; the report from the sentence's start that ends with it goes.
    private static IReadOnlyList<QuoteAnnotation> WithoutReportsEndingInIntroducedQuotes(RawArticle article, IReadOnlyList<QuoteAnnotation> quotes)
    {
        var direct = quotes.Where(q => q.Kind == QuoteKind.Direct && q.Speaker is not null && q.OpenBlock == q.CloseBlock).ToLookup(q => (q.OpenBlock, q.End));
        var dropped = quotes.Where(r => r.Kind == QuoteKind.Indirect && r.OpenBlock == r.CloseBlock
            && OpensSentence(article.Blocks[r.OpenBlock].Text, r.Start)
            && direct[(r.OpenBlock, r.End)].Any(q => q.Start > r.Start && q.Speaker == r.Speaker && IsIntroducedBySpeech(article.Blocks[q.OpenBlock].Text, q.Start))).ToList();
        return dropped.Count == 0 ? quotes : quotes.Where(q => !dropped.Contains(q)).ToList();
    }

    // Whether 'start' opens a sentence: the block's start or a stop (and a closing mark) before it. A report
    // that ends in a quotation led in by a colon after its cue ('Roe said the council has two choices: "..."')
    // is one report, as PolNeAR marks it; only the words before a cue after the quotation are dropped.
    private static bool OpensSentence(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        while (i >= 0 && text[i] is '"' or '\u201D' or '\'' or '\u2019' or ')')
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '?' or '!';
    }

    // Whether a colon or a lower-case verb of speech ("said", "says", "tweeted") stands right before the opening mark at 'open'.
    private static bool IsIntroducedBySpeech(string text, int open)
    {
        var i = open - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        if (i >= 0 && text[i] == ':')
        {
            return true;
        }

        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i]))
        {
            i--;
        }

        var word = text.Substring(i + 1, end - i - 1);
        return word.Length > 0 && char.IsLower(word[0]) && EnglishLexicon.IsQuoteVerb(word);
    }
}
