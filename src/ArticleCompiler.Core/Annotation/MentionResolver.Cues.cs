using System;
using System.Linq;
using ArticleCompiler.Model;

namespace ArticleCompiler.Annotation;

/// <summary>The cues a resolver reads beside the mention it was given: after the quote, and a group's verb.</summary>
internal sealed partial class MentionResolver
{
    // "Others argue ...", "Even then, others insist": a quantifier that is the subject of a verb of
    // saying, not "Some estimated tolls ..." nor "while some say ..." (a subordinate clause's aside).
    private static bool IsGroupSubject(ParagraphContext p, Mention cue)
    {
        var tokens = p.Tokens;
        return cue.Last + 1 < tokens.Count && EnglishLexicon.IsGroupSpeechVerb(tokens[cue.Last + 1].Text)
            && (cue.First == 0 || !EnglishLexicon.IsSubordinator(tokens[cue.First - 1].Text));
    }

    // A verb of speech right after the quote ('"...," the 43-year-old asked'), within its sentence:
    // the quote has a speaker of its own, not the one before it. Null when there is none.
    private static int? UnreadCueVerb(ParagraphContext p, int close, int reach)
    {
        var k = p.TokenAfter(close);
        if (k >= p.Tokens.Count || p.SentenceStartToken(k) > p.TokenBefore(close + 1))
        {
            return null;
        }

        var end = Math.Min(p.SentenceEndToken(k), k + reach);
        for (var i = k; i <= end; i++)
        {
            if (p.Tokens[i].IsLowerCase && EnglishLexicon.IsQuoteVerbAt(p.Tokens, i))
            {
                return i;
            }

            if (p.InQuote(p.Tokens[i].Start))
            {
                return null;
            }
        }

        return null;
    }

    // Who the verb of speech at <paramref name="verb"/> names, when it ends the quote's sentence
    // after a comma: ', Roe said.', ', said Roe, a pollster.', ', federal prosecutors wrote ...'.
    private static Mention? CueAround(ParagraphContext p, int verb)
    {
        var tokens = p.Tokens;
        var comma = verb - 1;
        while (comma >= 0 && !tokens[comma].Is(',') && verb - comma <= 6)
        {
            comma--;
        }

        if (comma < 0 || !tokens[comma].Is(',') || p.InQuote(tokens[comma].Start))
        {
            return null;
        }

        if (comma == verb - 1)
        {
            // ', said Roe' or ', says Evan Roe, a pollster'.
            return MentionReader.ReadForward(p.Text, tokens, verb + 1, p.SentenceEndToken(verb)) is { Kind: not MentionKind.Pronoun } inverted ? inverted : null;
        }

        // The mention fills the words between the comma and the verb, but for a role before a name (', candidate Tom Baker said').
        return MentionReader.ReadBackward(p.Text, tokens, verb, comma + 1) is { } subject && subject.Last == verb - 1 && subject.First - (comma + 1) <= 2
            && Enumerable.Range(comma + 1, subject.First - comma - 1).All(k => tokens[k].IsWord && tokens[k].IsLowerCase) ? subject : null;
    }
}
