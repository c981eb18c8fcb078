using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Speech withheld: "Roe did not say when the pool would reopen", "Roe declined to say who she backs",
/// "Roe did not mention her rival by name". A reader names what was not said as the report, and
/// PolNeAR marks it so; the verb's own words, negated, are the cue.
/// </summary>
internal static partial class ReportedSpeechForms
{
    /// <summary>A negated or declined verb of speech and what follows it to the end of its clause.</summary>
    public static void Negated(ParagraphContext p, int contentStart, int sentenceEnd, List<PendingAttribution> found, List<(int First, int Last)> claims)
    {
        var tokens = p.Tokens;
        for (var v = contentStart + 2; v + 1 <= sentenceEnd; v++)
        {
            if (!EnglishLexicon.IsWithheldSpeechVerb(tokens[v].Text) || p.InQuote(tokens[v].Start) || ReportedSpeechFinder.IsClaimed(claims, v)
                || NegationStart(tokens, v, contentStart) is not { } start)
            {
                continue;
            }

            var x = v + 1;
            if (!tokens[x].IsWord || (tokens[x].IsLowerCase && ((EnglishLexicon.IsAdverbialOpener(tokens[x].Text) && !EnglishLexicon.IsQuestionOpener(tokens[x].Text)) || tokens[x].Text is "to" or "for" or "of" or "it" or "that" or "anything")))
            {
                // "declined to comment further", "did not say anything": nothing was reported but the refusal ("did not say
                // when ..." withholds the answer to a question, which is reported).
                continue;
            }

            if (ReportedSubjectReader.Before(p, start, contentStart) is { } subject && ClauseReader.ClauseFrom(p, x, sentenceEnd) is { } c)
            {
                ReportedSpeechFinder.Add(p, found, claims, c, subject.Mention, 0.85 * subject.Factor);
            }
        }
    }

    // The first token of the negation before the verb at 'verb' ("did not", "wouldn't", "has never", "declined to",
    // "would not say"), or null when the verb is not negated.
    private static int? NegationStart(IReadOnlyList<TextToken> tokens, int verb, int contentStart)
    {
        var i = verb - 1;
        if (i - 1 >= contentStart && tokens[i].Text == "to" && EnglishLexicon.IsRefusalVerb(tokens[i - 1].Text))
        {
            i -= 2;
        }
        else if (tokens[i].Text is "not" or "n't" or "never" || tokens[i].Text.EndsWith("n't", System.StringComparison.Ordinal) || tokens[i].Text.EndsWith("n\u2019t", System.StringComparison.Ordinal))
        {
            var contracted = tokens[i].Text.Length > 3;
            i--;
            if (!contracted && i >= contentStart && (tokens[i].Text is "n't" || EnglishLexicon.IsFiniteAuxiliary(tokens[i].Text) || tokens[i].Text is "do" or "will"))
            {
                i--;
            }
        }
        else
        {
            return null;
        }

        return i >= contentStart ? i + 1 : null;
    }
}
