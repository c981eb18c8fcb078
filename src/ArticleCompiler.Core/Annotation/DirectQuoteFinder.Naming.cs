namespace ArticleCompiler.Annotation;

/// <summary>The speaker of a quote that names something: 'Roe called the plan "a disgrace"', 'what Roe calls "a perception problem"'.</summary>
internal static partial class DirectQuoteFinder
{
    /// <summary>
    /// 'what aide Tom Roe called "a new era"', 'one he calls "Confident America"', 'which Roe on
    /// Wednesday called "a disgrace"': a quotation right after a naming verb whose object stands
    /// before it (a relative clause) names something in the words of the verb's subject, a person by
    /// name or pronoun. With the object between them ('Roe called the plan "a disgrace"') PolNeAR
    /// and news readers mostly take the words as Roe's judgement, not a quote (measured on train:
    /// 51 such spans of beliefs against 17 quotes). A passive ("has been called "...") or a thing's
    /// name ("a band called "...") has no speaker here.
    /// </summary>
    private static Mention? NamingVerbSubject(ParagraphContext p, int open)
    {
        var tokens = p.Tokens;
        var j = p.TokenBefore(open);
        if (j < 0)
        {
            return null;
        }

        var sentenceStart = p.SentenceStartToken(j);
        var verb = tokens[j].IsLowerCase && EnglishLexicon.IsNamingVerb(tokens[j].Text) ? j : -1;
        if (verb <= sentenceStart || tokens[verb - 1].Text is "was" or "were" or "is" or "are" or "be" or "been" or "being")
        {
            return null;
        }

        // "Roe later called", "Roe has dubbed", "Roe on Wednesday called".
        var end = verb;
        while (end - 1 > sentenceStart)
        {
            if (tokens[end - 1].IsLowerCase && EnglishLexicon.IsPreVerbAdverb(tokens[end - 1].Text))
            {
                end--;
            }
            else if (end - 2 > sentenceStart && EnglishLexicon.IsTimeWord(tokens[end - 1].Text) && EnglishLexicon.IsTimeLead(tokens[end - 2].Text))
            {
                end -= 2;
            }
            else
            {
                break;
            }
        }

        var mention = MentionReader.ReadBackward(p.Text, tokens, end, sentenceStart);
        return mention is { Kind: MentionKind.Name } || (mention is { Kind: MentionKind.Pronoun } && !EnglishLexicon.IsFirstOrSecondPerson(mention.Text)) ? mention : null;
    }
}
