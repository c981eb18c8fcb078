using System;
using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Model;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Finds direct and partial quotes: text in quotation marks, with the mention of who said it
/// ("..., he said", "said Putin: "..."", "According to Antonov, "..."").
/// </summary>
internal static partial class DirectQuoteFinder
{
    /// <summary>
    /// The quotations that close in this paragraph, each with its cue: a reporting verb and speaker
    /// after it or before it, "according to X", a colon after a sentence about someone, or else the
    /// sentence's subject (less sure). A scare quote ("so-called "...") has no speaker.
    /// </summary>
    public static IEnumerable<PendingAttribution> Find(ParagraphContext p, SentenceSubjectReader subjects)
    {
        var closing = p.Quotes.Where(q => q.CloseBlock == p.Block).ToList();
        int[]? speechWords = null;   // read once per paragraph, when a short quote first asks
        for (var index = 0; index < closing.Count; index++)
        {
            var span = closing[index];
            var openHere = span.OpenBlock == p.Block;
            var contentStart = openHere ? span.ContentStart : 0;
            var content = p.Text.Substring(contentStart, span.ContentEnd - contentStart);
            if (content.Trim().Length == 0)
            {
                continue;
            }

            var letter = RawArticleReader.FirstLetter(content);
            var kind = letter != '\0' && char.IsUpper(letter) ? QuoteKind.Direct : QuoteKind.Partial;
            var words = Parsing.SyntaxRules.CountWords(content);
            // Quotes of paragraphs run into one line ("We won. "They lost," she said.) are one
            // speaker's: the cue after the last of them or before the first.
            var first = index;
            while (first > 0 && RunsOn(p, closing[first - 1], closing[first]))
            {
                first--;
            }

            var last = index;
            while (last + 1 < closing.Count && RunsOn(p, closing[last], closing[last + 1]))
            {
                last++;
            }

            var cue = CueAfter(p, closing[last].Close) ?? (closing[first].OpenBlock == p.Block ? FindCueBefore(p, closing[first].Open) : null);
            if (cue is null && openHere && first > 0)
            {
                // '"...," the judge said, "has overlapped."': a quote split by its attribution goes on
                // with the same speaker, however short its second half.
                cue = SplitQuoteCue(p, closing[first - 1], closing[first]);
            }
            var factor = 1.0;
            var title = openHere && IsTitle(content);
            if (title && NamesAWork(p, span.Open))
            {
                cue = null;   // 'on ABC's "This Week," Roe said': the show's title, not Roe's words
            }
            else if (cue is null && openHere && !IsScareQuote(p, span.Open) && NamingVerbSubject(p, span.Open) is { } namer)
            {
                cue = namer;   // 'what Roe called "a perception problem"'
                factor = 0.8;
            }

            var scare = openHere && (IsScareQuote(p, span.Open) || (cue is null && (title || (kind == QuoteKind.Partial && words <= EnglishLexicon.MaxScareQuoteWords && !SpeechBefore(p, speechWords ??= LastSpeechWords(p), span.Open)))));
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

    // The speaker named between two quotations of one sentence ('"...," Roe said, "..."'): the cue
    // after the first, followed only by the verb's words and the comma that opens the second.
    private static Mention? SplitQuoteCue(ParagraphContext p, QuoteSpan previous, QuoteSpan span)
    {
        if (previous.CloseBlock != p.Block || span.OpenBlock != p.Block)
        {
            return null;
        }

        var tokens = p.Tokens;
        var comma = p.TokenBefore(span.Open);
        if (comma < 0 || !tokens[comma].Is(',') || CueAfter(p, previous.Close) is not { } cue || cue.Last >= comma || comma - cue.Last > EnglishLexicon.MaxSplitAttributionTokens)
        {
            return null;
        }

        for (var k = cue.Last + 1; k < comma; k++)
        {
            if (!tokens[k].IsWord)
            {
                return null;
            }
        }

        return cue;
    }

    // Whether 'span' ended only because 'next' opened again after a full sentence (see QuoteSpan.LooseCloseAt).
    private static bool RunsOn(ParagraphContext p, QuoteSpan span, QuoteSpan next) =>
        span.Loose && span.OpenBlock == p.Block && next.OpenBlock == p.Block && span.Close == next.Open - 1 && char.IsWhiteSpace(p.Text[span.Close]);

    /// <summary>The mention of who said the quote that closes at <paramref name="close"/>, named after it ("..., Roe said"), or null.</summary>
    internal static Mention? CueAfter(ParagraphContext p, int close)
    {
        var tokens = p.Tokens;
        var k = p.TokenAfter(close);
        if (k < tokens.Count && (tokens[k].Is(',') || tokens[k].Is('\u2014')))
        {
            k++;
        }

        if (k >= tokens.Count)
        {
            return null;
        }

        if (p.SentenceStartToken(k) > p.TokenBefore(close + 1))
        {
            // The quote ended its sentence: what follows is the next one, unless that is only the
            // attribution (""We lost." Trump said.", a stop put inside the marks).
            return ShortAttribution(p, k);
        }

        var sentenceEnd = p.SentenceEndToken(k);
        if (EnglishLexicon.IsQuoteVerb(tokens[k].Text) && tokens[k].IsLowerCase)
        {
            return MentionReader.ReadForward(p.Text, tokens, k + 1, sentenceEnd) ?? PhraseAfterVerb(p, k + 1, sentenceEnd);
        }

        // '"...," reads the sign': a written text the words are read from.
        if (EnglishLexicon.IsReadVerb(tokens[k].Text) && MentionReader.ReadForward(p.Text, tokens, k + 1, sentenceEnd) is { Kind: MentionKind.Descriptor } read && EnglishLexicon.IsWrittenText(read.Head))
        {
            return read;
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
            return PhraseBeforeVerb(p, k, sentenceEnd);
        }

        var next = AppositionReader.SkipAppositions(tokens, mention.Last + 1, sentenceEnd);
        if (next + 1 <= sentenceEnd && next + 1 < tokens.Count && tokens[next].Text is "has" or "have" or "had" && tokens[next + 1].IsLowerCase && EnglishLexicon.IsQuoteVerb(tokens[next + 1].Text))
        {
            next++;   // '"...," Roe has said in speeches': the verb after its auxiliary
        }

        // '"...," he later said', '"...," she often says', '"...," he will say': adverbs and a
        // modal between the speaker and the verb.
        while (next < sentenceEnd && next < tokens.Count && tokens[next].IsLowerCase && EnglishLexicon.IsAfterQuoteAdverb(tokens[next].Text))
        {
            next++;
        }

        var reads = mention is { Kind: MentionKind.Descriptor } && EnglishLexicon.IsWrittenText(mention.Head) && EnglishLexicon.IsReadVerb(tokens[next < tokens.Count ? next : mention.Last].Text);
        return next <= sentenceEnd && next < tokens.Count && (EnglishLexicon.IsQuoteVerbAt(tokens, next) || EnglishLexicon.IsQuoteVerb(tokens[next].Text) || reads) && tokens[next].IsLowerCase ? mention : PhraseBeforeVerb(p, k, sentenceEnd);
    }

    /// <summary>
    /// Whether the quotation <paramref name="span"/> is a sentence of its own right after the sentence
    /// of <paramref name="previous"/> ('"It is taxing," Roe said. "Big time."'): it goes on with the
    /// same speaker however short it is, and a capitalised phrase there ("Donald Trump.") is the
    /// speaker's words, not a title.
    /// </summary>
    internal static bool IsSentenceAfterQuote(ParagraphContext p, QuoteSpan span, QuoteSpan previous)
    {
        if (span.OpenBlock != p.Block || span.CloseBlock != p.Block || previous.CloseBlock != p.Block)
        {
            return false;
        }

        var tokens = p.Tokens;
        var open = p.TokenAt(span.Open);
        var close = p.TokenBefore(span.Close + 1);
        var previousClose = p.TokenBefore(previous.Close + 1);
        if (open >= tokens.Count || close < 0 || previousClose < 0 || p.SentenceStartToken(open) != open)
        {
            return false;
        }

        // Its sentence ends with it, and the sentence before it is the previous quote's.
        var after = close + 1;
        var endsWithIt = p.SentenceEndToken(open) == close || (after < tokens.Count && p.SentenceEndToken(open) == after && ClauseReader.IsSentenceEnd(tokens[after]));
        return endsWithIt && open > 0 && p.SentenceStartToken(open - 1) <= previousClose && previousClose <= open - 1;
    }

    // The speaker of a sentence that is nothing but an attribution: "Trump said.", "said Trump on
    // Tuesday.", "he added."
    private static Mention? ShortAttribution(ParagraphContext p, int k)
    {
        var tokens = p.Tokens;
        var end = p.SentenceEndToken(k);

        // '"Would you sell?" Reed went on, as if ...': the attribution ends at its first comma.
        for (var comma = k + 1; comma < end && comma <= k + EnglishLexicon.MaxShortAttributionTokens; comma++)
        {
            if (tokens[comma].Is(','))
            {
                end = comma;
                break;
            }
        }

        // 'Duda remarked, "..."' introduces a quote of its own: it attributes nothing before it.
        if (!(tokens[end].Is('.') || tokens[end].Is(',')) || end - k > EnglishLexicon.MaxShortAttributionTokens
            || (tokens[end].Is(',') && end + 1 < tokens.Count && ReportedSubjectReader.IsQuoteMark(tokens[end + 1])))
        {
            return null;
        }

        var inverted = tokens[k].IsLowerCase && EnglishLexicon.TakesInvertedSubject(tokens[k].Text);
        var mention = MentionReader.ReadForward(p.Text, tokens, inverted ? k + 1 : k, end - 1);
        if (mention is not { Kind: MentionKind.Name or MentionKind.Pronoun })
        {
            return null;
        }

        var verb = inverted ? k : mention.Last + 1;
        if (verb >= end || !tokens[verb].IsLowerCase)
        {
            return null;
        }

        // '"Would you sell?" Reed pressed.', 'Reed went on.': a verb of manner names the asker too.
        var rest = inverted ? mention.Last + 1 : verb + 1;
        var manner = !inverted && !EnglishLexicon.IsQuoteVerb(tokens[verb].Text) && EnglishLexicon.IsQuoteVerbAt(tokens, verb);
        if (manner && rest < end && tokens[rest].Text is "back" or "on" or "in" or "up")
        {
            rest++;
        }

        return (EnglishLexicon.IsQuoteVerb(tokens[verb].Text) || manner)
            && Enumerable.Range(rest, Math.Max(0, end - rest)).All(t => tokens[t].IsWord && (EnglishLexicon.IsTimeWord(tokens[t].Text) || EnglishLexicon.IsTimeLead(tokens[t].Text) || EnglishLexicon.IsTimeAdverb(tokens[t].Text)))
            ? mention
            : null;
    }

    private static Mention? FindCueBefore(ParagraphContext p, int open)
    {
        var tokens = p.Tokens;
        var j = p.TokenBefore(open);
        var introduced = j >= 0 && (tokens[j].Is(':') || tokens[j].Is(','));
        if (introduced)
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
        if ((EnglishLexicon.IsQuoteVerb(tokens[j].Text) || EnglishLexicon.IsParticiple(tokens[j].Text)) && tokens[j].IsLowerCase)
        {
            return SubjectOfVerb(p, j, sentenceStart);
        }

        if (WrittenTextReading(p, j, sentenceStart) is { } written)
        {
            return written;
        }

        // "said Wednesday, "..."", "told reporters: "..."", "said of the senator, "..."",
        // "wrote in a statement: "..."", and inverted, "explained Rosenberg, "..."".
        if (introduced && ReportingVerbBefore(tokens, j, sentenceStart) is { } verb)
        {
            if (EnglishLexicon.TakesInvertedSubject(tokens[verb].Text) && tokens[verb + 1].IsCapitalised
                && MentionReader.ReadForward(p.Text, tokens, verb + 1, j) is { Kind: MentionKind.Name, IsOrganisation: false } inverted && inverted.Last == j)
            {
                return inverted;
            }

            return SubjectOfVerb(p, verb, sentenceStart);
        }

        // "Clinton: "..."", "... - Jeffrey M. Jones: "..."": a name alone before the colon, as a transcript or a list of sources writes it.
        if (j + 1 < tokens.Count && tokens[j + 1].Is(':') && NameBeforeColon(p, j, sentenceStart) is { } source)
        {
            return source;
        }

        // "Said Jane Roe, who grew up on the street, "..."", "Stated Roe: "..."": the verb opens the sentence.
        if (introduced && InvertedOpening(p, sentenceStart, j) is { } opening)
        {
            return opening;
        }

        // "Morell praised Mendez on Twitter: "..."": the subject of the sentence before the colon.
        if (tokens[j + 1 < tokens.Count ? j + 1 : j].Is(':') && tokens[sentenceStart].IsCapitalised)
        {
            var subject = MentionReader.ReadForward(p.Text, tokens, SentenceSubjectReader.SkipOpener(tokens, sentenceStart, j), j);
            if (subject is { Kind: MentionKind.Name, IsOrganisation: false } or { Kind: MentionKind.Pronoun } && subject.Last + 1 <= j && tokens.Skip(subject.Last + 1).Take(j - subject.Last).Any(t => t.IsLowerCase))
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

    // Whether the sentence speaks of speech before the quotation ("said", "telling", "called it"):
    // quoted words there are the speaker's, not a term the writer holds at a distance.
    private static bool SpeechBefore(ParagraphContext p, int[] lastSpeechWords, int open)
    {
        var j = p.TokenBefore(open);
        return j >= 0 && j < lastSpeechWords.Length && lastSpeechWords[j] >= 0 && lastSpeechWords[j] >= p.SentenceStartToken(j);
    }

    // For each token, the index of the last verb of saying or calling (or participle) at or before
    // it, -1 if none: one pass over the paragraph, so a sentence of thousands of quotations is not
    // read back to its start once per quotation.
    private static int[] LastSpeechWords(ParagraphContext p)
    {
        var tokens = p.Tokens;
        var last = new int[tokens.Count];
        var seen = -1;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].IsLowerCase && (EnglishLexicon.IsQuoteVerb(tokens[k].Text) || EnglishLexicon.IsParticiple(tokens[k].Text) || EnglishLexicon.IsDescribingVerb(tokens[k].Text)))
            {
                seen = k;
            }

            last[k] = seen;
        }

        return last;
    }
}
