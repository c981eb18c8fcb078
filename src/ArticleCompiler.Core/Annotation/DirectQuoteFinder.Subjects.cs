using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>Who a reporting verb before a quotation has as subject.</summary>
internal static partial class DirectQuoteFinder
{
    // Who the reporting verb at token 'verb' has as subject: the mention just before it (past
    // adverbs, or a few words back: "went on to add"); for a participle after a comma ("..., saying"),
    // the subject of the clause it hangs on.
    private static Mention? SubjectOfVerb(ParagraphContext p, int verb, int sentenceStart)
    {
        var tokens = p.Tokens;
        if (verb - 1 >= sentenceStart && tokens[verb - 1].Text is "was" or "were" && tokens[verb].Text is "asked" or "told")
        {
            return null;   // "Roe was asked by the host, "..."": the question is the host's
        }

        var end = verb;
        // "Roe later told", "Roe later Thursday told": adverbs and a day between the subject and its verb.
        while (end - 1 >= sentenceStart && ((tokens[end - 1].IsLowerCase && EnglishLexicon.IsPreVerbAdverb(tokens[end - 1].Text))
            || (end - 2 >= sentenceStart && tokens[end - 2].IsLowerCase && EnglishLexicon.IsPreVerbAdverb(tokens[end - 2].Text) && EnglishLexicon.IsTimeWord(tokens[end - 1].Text))))
        {
            end--;
        }

        // "He went on to add", "She continued to say": the subject stands a few words earlier.
        var mention = MentionReader.ReadBackward(p.Text, tokens, end, sentenceStart);
        for (var skip = end - 1; mention is null && skip > sentenceStart && skip >= end - 4 && tokens[skip].IsLowerCase && !EnglishLexicon.IsPronoun(tokens[skip].Text); skip--)
        {
            var candidate = MentionReader.ReadBackward(p.Text, tokens, skip, sentenceStart);
            // "The email went on to say": a written text speaks its own words, as it "reads" them; but in
            // "they released a statement which said" the words are the senders', named further back.
            if (candidate is { Kind: MentionKind.Pronoun or MentionKind.Name } || (IsWrittenSubject(candidate) && tokens[candidate!.Last + 1].Text is not ("which" or "that")))
            {
                mention = candidate;
            }
        }

        // "he sent an email saying, "..."", "issued a statement saying": a written text before the
        // participle carries the words of the clause's subject, who sent it.
        if (mention is { Kind: MentionKind.Descriptor } text && EnglishLexicon.IsWrittenText(text.Head) && EnglishLexicon.IsParticiple(tokens[verb].Text) && text.First > sentenceStart
            && MainClauseSubject(p, sentenceStart, text.First) is { Kind: MentionKind.Name or MentionKind.Pronoun } sender)
        {
            return sender;
        }

        // "..., Spicer said, adding, "..."": the participle hangs on the attribution right before it,
        // whose speaker is not the sentence's first subject.
        if (mention is null && end - 2 > sentenceStart && tokens[end - 1].Is(',') && EnglishLexicon.IsParticiple(tokens[verb].Text)
            && tokens[end - 2].IsLowerCase && EnglishLexicon.IsQuoteVerb(tokens[end - 2].Text)
            && ClauseReader.AsSubject(tokens, MentionReader.ReadBackward(p.Text, tokens, end - 2, sentenceStart), sentenceStart) is { Kind: MentionKind.Name or MentionKind.Pronoun } attributed
            && attributed.First > sentenceStart)
        {
            return attributed;
        }

        // "..., saying", "..., but added", "began by saying": the subject of the clause before.
        if (mention is null && end - 1 > sentenceStart && ((tokens[end - 1].Is(',') && EnglishLexicon.IsParticiple(tokens[verb].Text)) || EnglishLexicon.JoinsSecondVerb(tokens[end - 1].Text)))
        {
            return MainClauseSubject(p, sentenceStart, end - 1);
        }

        return mention is { Kind: MentionKind.Name } ? mention : ClauseReader.AsSubject(tokens, mention, sentenceStart);
    }

    // Whether 'mention' is a written text ("the email", "the headline") that can hold quoted words as their source.
    private static bool IsWrittenSubject(Mention? mention) => mention is { Kind: MentionKind.Descriptor } && EnglishLexicon.IsWrittenText(mention.Head);

    // A reporting verb a few words before token 'last' (its object, a time, a place: "told
    // reporters", "said in a statement", "said of the senator", "explained Rosenberg"), with no
    // comma, quotation mark or clause word between them.
    private static int? ReportingVerbBefore(IReadOnlyList<TextToken> tokens, int last, int sentenceStart)
    {
        for (var k = last - 1; k >= sentenceStart && k >= last - EnglishLexicon.MaxVerbComplementTokens; k--)
        {
            var token = tokens[k];
            if (token.IsLowerCase && (EnglishLexicon.IsQuoteVerb(token.Text) || EnglishLexicon.IsParticiple(token.Text) || IsSpeechPhraseVerb(tokens, k, last)))
            {
                return k;
            }

            if (IsDigitGroupComma(tokens, k))
            {
                continue;   // "wrote to his 20,000 followers, "..."": a number's comma, not the quote's
            }

            if (!token.IsWord || (token.IsLowerCase && EnglishLexicon.EndsVerbComplement(token.Text)))
            {
                return null;
            }
        }

        return null;
    }

    // The subject of the clause that ends at token 'end': the first mention, at the sentence's
    // start or after one of its commas, that a lower-case word (its verb) follows.
    private static Mention? MainClauseSubject(ParagraphContext p, int sentenceStart, int end)
    {
        var tokens = p.Tokens;
        for (var start = sentenceStart; start < end; start++)
        {
            if (start != sentenceStart && !tokens[start - 1].Is(','))
            {
                continue;
            }

            if (EnglishLexicon.IsIntroPreposition(tokens[start].Text))
            {
                continue;   // "Alongside the protests, ...": not the subject
            }

            var mention = MentionReader.ReadForward(p.Text, tokens, start, end);
            if (mention is { Kind: MentionKind.Name or MentionKind.Pronoun or MentionKind.Descriptor } && mention.Last + 1 < end)
            {
                var next = ClauseReader.SkipToVerb(tokens, mention.Last + 1, end);
                if (next < end && tokens[next].IsLowerCase && !EnglishLexicon.IsPronoun(tokens[next].Text) && !EnglishLexicon.IsClauseWord(tokens[next].Text))
                {
                    return mention;
                }
            }
        }

        return null;
    }
}
