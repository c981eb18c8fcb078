using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>The speaker of a quote named by a phrase the mention rules cannot read, before its verb.</summary>
internal static partial class DirectQuoteFinder
{
    // The longest phrase read as a speaker between a quote and its verb ('"...," one senior Democrat said').
    private const int MaxSpeakerPhraseTokens = 10;

    /// <summary>
    /// '"...," one senior Democrat said', '"...," his friend Omar Diaz told the paper', '"...," the
    /// bespectacled, 71-year-old diplomat said': a noun phrase between the quote and a verb of speech
    /// names the speaker even when the mention rules cannot read it. A person's name in it (two
    /// capitalised words or more, not a possessive) is the speaker; else the phrase is a description.
    /// The phrase opens with a capital, a determiner, a possessive or a quantity, and holds only
    /// words, commas, hyphens and apostrophes.
    /// </summary>
    private static Mention? PhraseBeforeVerb(ParagraphContext p, int k, int sentenceEnd)
    {
        var tokens = p.Tokens;
        if (k > sentenceEnd || !tokens[k].IsWord || EnglishLexicon.IsPronoun(tokens[k].Text)
            || !(tokens[k].IsCapitalised || EnglishLexicon.IsDeterminer(tokens[k].Text) || EnglishLexicon.IsDescriptorQuantifier(tokens[k].Text)))
        {
            return null;
        }

        var verb = -1;
        for (var v = k + 1; v <= sentenceEnd && v <= k + MaxSpeakerPhraseTokens; v++)
        {
            if (tokens[v].IsLowerCase && EnglishLexicon.IsQuoteVerbAt(tokens, v))
            {
                verb = v;
                break;
            }

            if (!(tokens[v].IsWord || tokens[v].Is(',') || tokens[v].Is('-') || tokens[v].Is('\'') || tokens[v].Is('\u2019') || tokens[v].Is('.'))
                || p.InQuote(tokens[v].Start) || (tokens[v].IsLowerCase && ((EnglishLexicon.IsClauseWord(tokens[v].Text) && !(tokens[v].Text is "and" or "of" or "for" or "at" or "from" or "in")) || EnglishLexicon.IsPronoun(tokens[v].Text))))
            {
                return null;
            }
        }

        if (verb < 0)
        {
            return null;
        }

        var last = verb - 1;
        if (NameIn(p, k, last - 1 >= k && tokens[last].Is(',') ? last - 1 : last) is { } named)
        {
            return named;
        }

        if (tokens[last].Is(','))
        {
            last--;
        }

        return last < k ? null : new Mention(k, last, MentionKind.Descriptor, p.Text.Substring(tokens[k].Start, tokens[last].End - tokens[k].Start), null, null, null, false);
    }

    /// <summary>
    /// '"...," said master of ceremonies Omar Diaz, a local engineer', '"...," said a 2008 Dayton
    /// veteran': after the verb, the phrase to the sentence's end or its first comma names the speaker
    /// when the mention rules cannot read it: the name in it, else the phrase as a description.
    /// </summary>
    private static Mention? PhraseAfterVerb(ParagraphContext p, int k, int sentenceEnd)
    {
        var tokens = p.Tokens;
        if (k > sentenceEnd || !tokens[k].IsWord || EnglishLexicon.IsPronoun(tokens[k].Text))
        {
            return null;
        }

        var last = k;
        while (last + 1 <= sentenceEnd && last + 1 < k + MaxSpeakerPhraseTokens && (tokens[last + 1].IsWord || tokens[last + 1].Is('-') || tokens[last + 1].Is('\'') || tokens[last + 1].Is('\u2019') || tokens[last + 1].Is('.'))
            && !p.InQuote(tokens[last + 1].Start) && !(tokens[last + 1].IsLowerCase && EnglishLexicon.IsQuoteVerb(tokens[last + 1].Text)))
        {
            last++;
        }

        while (last > k && !tokens[last].IsWord)
        {
            last--;
        }

        var end = last + 1;
        if (end <= sentenceEnd && !(tokens[end].Is(',') || (end == sentenceEnd && !tokens[end].IsWord)))
        {
            return null;   // the phrase runs on past what a speaker's description holds
        }

        return NameIn(p, k, last) ?? (tokens[k].IsCapitalised || EnglishLexicon.IsDeterminer(tokens[k].Text) || EnglishLexicon.IsDescriptorQuantifier(tokens[k].Text) || tokens[k].IsLowerCase
            ? new Mention(k, last, MentionKind.Descriptor, p.Text.Substring(tokens[k].Start, tokens[last].End - tokens[k].Start), null, null, null, false)
            : null);
    }

    // A person's name in tokens first..last: two capitalised words or more, not a possessive.
    private static Mention? NameIn(ParagraphContext p, int first, int last)
    {
        var tokens = p.Tokens;
        for (var c = first; c <= last; c++)
        {
            if (!tokens[c].IsCapitalised || (c > first && tokens[c - 1].IsCapitalised))
            {
                continue;
            }

            if (MentionReader.ReadForward(p.Text, tokens, c, last) is { Kind: MentionKind.Name, IsOrganisation: false, Name: { } name } person
                && name.IndexOf(' ') > 0 && !(person.Last + 1 <= last && (tokens[person.Last + 1].Is('\'') || tokens[person.Last + 1].Is('\u2019'))))
            {
                return person;
            }
        }

        return null;
    }
}
