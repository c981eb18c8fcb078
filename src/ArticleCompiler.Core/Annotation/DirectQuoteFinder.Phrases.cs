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
        for (var c = k; c < last; c++)
        {
            if (!tokens[c].IsCapitalised || (c > k && tokens[c - 1].IsCapitalised))
            {
                continue;
            }

            if (MentionReader.ReadForward(p.Text, tokens, c, last) is { Kind: MentionKind.Name, IsOrganisation: false, Name: { } name } person
                && name.IndexOf(' ') > 0 && !(person.Last + 1 <= last && (tokens[person.Last + 1].Is('\'') || tokens[person.Last + 1].Is('\u2019'))))
            {
                return person;
            }
        }

        if (tokens[last].Is(','))
        {
            last--;
        }

        return last < k ? null : new Mention(k, last, MentionKind.Descriptor, p.Text.Substring(tokens[k].Start, tokens[last].End - tokens[k].Start), null, null, null, false);
    }
}
