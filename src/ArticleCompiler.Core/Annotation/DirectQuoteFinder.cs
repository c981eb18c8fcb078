using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Model;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Finds direct and partial quotes: text in quotation marks, with the mention of who said it
/// ("..., he said", "said Putin: "..."", "According to Antonov, "..."").
/// </summary>
internal static class DirectQuoteFinder
{
    /// <summary>
    /// The quotations that close in this paragraph, each with its cue: a reporting verb and speaker
    /// after it or before it, "according to X", a colon after a sentence about someone, or else the
    /// sentence's subject (less sure). A scare quote ("so-called "...") has no speaker.
    /// </summary>
    public static IEnumerable<PendingAttribution> Find(ParagraphContext p, SentenceSubjectReader subjects)
    {
        foreach (var span in p.Quotes.Where(q => q.CloseBlock == p.Block))
        {
            var openHere = span.OpenBlock == p.Block;
            var contentStart = openHere ? span.Open + 1 : 0;
            var content = p.Text.Substring(contentStart, span.Close - contentStart);
            if (content.Trim().Length == 0)
            {
                continue;
            }

            var letter = RawArticleReader.FirstLetter(content);
            var kind = letter != '\0' && char.IsUpper(letter) ? QuoteKind.Direct : QuoteKind.Partial;
            var words = Parsing.SyntaxRules.CountWords(content);
            var cue = FindCueAfter(p, span.Close) ?? (openHere ? FindCueBefore(p, span.Open) : null);
            var factor = 1.0;
            var scare = openHere && IsScareQuote(p, span.Open);
            if (cue is null && !scare && openHere && subjects.SentenceSubject(p, p.SentenceStartToken(p.TokenAfter(span.Open) - 1)) is { } subject && subject.Last < p.TokenAfter(span.Open) - 1)
            {
                // "Brudziński called the stabbing "an act of barbarity."": the sentence's subject.
                cue = subject;
                factor = 0.8;
            }
            else if (cue is null && !scare && openHere && kind == QuoteKind.Direct && subjects.IntroducingSubject(p, span.Open) is { } introducing)
            {
                // "He put it this way: "..."": who speaks is the subject of the sentence that introduces the quote.
                cue = introducing;
                factor = 0.8;
            }

            yield return new PendingAttribution(openHere ? span.Open : 0, kind, span, -1, -1, cue, factor, words, scare && cue is null) { CueIsSubject = factor < 1 };
        }
    }

    private static Mention? FindCueAfter(ParagraphContext p, int close)
    {
        var tokens = p.Tokens;
        var k = p.TokenAfter(close);
        if (k < tokens.Count && (tokens[k].Is(',') || tokens[k].Is('\u2014')))
        {
            k++;
        }

        if (k >= tokens.Count || p.SentenceStartToken(k) > p.TokenBefore(close + 1))
        {
            // The quote ended its sentence: what follows is the next one.
            return null;
        }

        var sentenceEnd = p.SentenceEndToken(k);
        if (EnglishLexicon.IsReportingVerb(tokens[k].Text) && tokens[k].IsLowerCase)
        {
            return MentionReader.ReadForward(p.Text, tokens, k + 1, sentenceEnd);
        }

        // ""...," according to Antonov" or "according to a tweet by Mike Pompeo".
        if (tokens[k].IsWordLike("according") && k + 1 <= sentenceEnd && tokens[k + 1].IsWordLike("to"))
        {
            var source = MentionReader.ReadForward(p.Text, tokens, k + 2, sentenceEnd);
            if (source is { Kind: MentionKind.Name })
            {
                return source;
            }

            for (var by = k + 2; by < sentenceEnd; by++)
            {
                if (tokens[by].Text == "by" && MentionReader.ReadForward(p.Text, tokens, by + 1, sentenceEnd) is { Kind: MentionKind.Name } author)
                {
                    return author;
                }
            }

            return source;
        }

        var mention = MentionReader.ReadForward(p.Text, tokens, k, sentenceEnd);
        if (mention is null)
        {
            return null;
        }

        var next = AppositionReader.SkipAppositions(tokens, mention.Last + 1, sentenceEnd);
        return next <= sentenceEnd && next < tokens.Count && EnglishLexicon.IsQuoteVerbAt(tokens, next) && tokens[next].IsLowerCase ? mention : null;
    }

    private static Mention? FindCueBefore(ParagraphContext p, int open)
    {
        var tokens = p.Tokens;
        var j = p.TokenBefore(open);
        if (j >= 0 && (tokens[j].Is(':') || tokens[j].Is(',')))
        {
            j--;
        }

        if (j >= 0 && tokens[j].IsWordLike("that"))
        {
            j--;
        }

        // "said on Friday "..."", "said yesterday "...""
        if (j >= 1 && EnglishLexicon.IsTimeWord(tokens[j].Text) && EnglishLexicon.IsTimeLead(tokens[j - 1].Text))
        {
            j -= 2;
        }
        else if (j >= 0 && EnglishLexicon.IsTimeAdverb(tokens[j].Text))
        {
            j--;
        }

        if (j < 0)
        {
            return null;
        }

        var sentenceStart = p.SentenceStartToken(j);
        if (EnglishLexicon.IsReportingVerb(tokens[j].Text) && tokens[j].IsLowerCase)
        {
            var end = j;
            while (end - 1 >= sentenceStart && tokens[end - 1].IsLowerCase && EnglishLexicon.IsPreVerbAdverb(tokens[end - 1].Text))
            {
                end--;
            }

            // "He went on to add", "She continued to say": the subject stands a few words earlier.
            var mention = MentionReader.ReadBackward(p.Text, tokens, end, sentenceStart);
            for (var skip = end - 1; mention is null && skip > sentenceStart && skip >= end - 4 && tokens[skip].IsLowerCase && !EnglishLexicon.IsPronoun(tokens[skip].Text); skip--)
            {
                var candidate = MentionReader.ReadBackward(p.Text, tokens, skip, sentenceStart);
                if (candidate is { Kind: MentionKind.Pronoun or MentionKind.Name })
                {
                    mention = candidate;
                }
            }

            return mention is { Kind: MentionKind.Name } ? mention : ClauseReader.AsSubject(tokens, mention, sentenceStart);
        }

        // "Morell praised Mendez on Twitter: "..."": the subject of the sentence before the colon.
        if (tokens[j + 1 < tokens.Count ? j + 1 : j].Is(':') && tokens[sentenceStart].IsCapitalised)
        {
            var subject = MentionReader.ReadForward(p.Text, tokens, SentenceSubjectReader.SkipOpener(tokens, sentenceStart, j), j);
            if (subject is { Kind: MentionKind.Name, IsOrganisation: false } && subject.Last + 1 <= j && tokens.Skip(subject.Last + 1).Take(j - subject.Last).Any(t => t.IsLowerCase))
            {
                return subject with { Text = subject.Text, Role = subject.Role };
            }
        }

        // "According to Antonov, "...""
        if (tokens[j].Is(',') || (j + 1 < tokens.Count && tokens[j + 1].Is(',')))
        {
            var end = tokens[j].Is(',') ? j : j + 1;
            var mention = MentionReader.ReadBackward(p.Text, tokens, end, sentenceStart);
            if (mention is not null && mention.First >= 2 && tokens[mention.First - 1].IsWordLike("to") && tokens[mention.First - 2].IsWordLike("according"))
            {
                return mention;
            }
        }

        return null;
    }

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
}
