using System;
using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Reporting verbs in the progressive ("Roe is predicting that ...", "the campaign is already
/// claiming ...", "he's not saying what ...") and a written text that says ("issued a statement
/// saying ..."): the report for the subject of the sentence.
/// </summary>
internal static partial class ReportedSpeechForms
{
    /// <summary>"X is/was/has been (already, not) VERB-ing (that) CLAUSE" and "a statement saying CLAUSE".</summary>
    public static void Progressive(ParagraphContext p, int contentStart, int sentenceEnd, List<PendingAttribution> found, List<(int First, int Last)> claims)
    {
        var tokens = p.Tokens;
        for (var v = contentStart + 2; v + 2 <= sentenceEnd; v++)
        {
            if (!tokens[v].IsLowerCase || !EnglishLexicon.IsReportingParticiple(tokens[v].Text) || p.InQuote(tokens[v].Start) || ReportedSpeechFinder.IsClaimed(claims, v))
            {
                continue;
            }

            var a = v - 1;
            while (a > contentStart && a > v - 3 && tokens[a].IsLowerCase && (EnglishLexicon.IsPreVerbAdverb(tokens[a].Text) || tokens[a].Text is "not" or "already" or "now"))
            {
                a--;
            }

            Mention? speaker;
            if (IsProgressiveAuxiliary(tokens, a))
            {
                var first = a;
                while (first - 1 > contentStart && tokens[first - 1].Text is "been" or "has" or "have" or "had" or "is" or "was")
                {
                    first--;
                }

                speaker = ReportedSubjectReader.Before(p, first, contentStart)?.Mention ?? AuxiliaryPronoun(p, a);
            }
            else if (a == v - 1 && EnglishLexicon.IsWrittenText(tokens[a].Text) && tokens[v].Text == "saying")
            {
                // "The town released a statement saying ...": the sentence's subject issued it.
                speaker = ReportedSubjectReader.SentenceSubject(p, contentStart, a) ?? ReportedSubjectReader.OpeningPhrase(p, contentStart, a);
            }
            else
            {
                continue;
            }

            var x = ClauseReader.SkipAfterVerb(tokens, v, sentenceEnd, out var withThat);
            if (speaker is null || x > sentenceEnd || !tokens[x].IsWord || (!withThat && (EnglishLexicon.IsNonClauseOpener(tokens[x].Text) || EnglishLexicon.IsAdverbialOpener(tokens[x].Text))))
            {
                continue;
            }

            if (ClauseReader.ClauseFrom(p, x, sentenceEnd) is { } c)
            {
                ReportedSpeechFinder.Add(p, found, claims, c, speaker, 0.9);
            }
        }
    }

    // "is", "are", "was", "were", "been", or the contraction "'s" ("He's predicting").
    private static bool IsProgressiveAuxiliary(IReadOnlyList<TextToken> tokens, int a) =>
        tokens[a].Text is "is" or "are" or "was" or "were" or "been" || tokens[a].Text.EndsWith("'s", StringComparison.Ordinal) || tokens[a].Text.EndsWith("\u2019s", StringComparison.Ordinal)
        || tokens[a].Text is "isn't" or "isn\u2019t" or "wasn't" or "wasn\u2019t";

    // "He's predicting ...": the pronoun fused with its auxiliary.
    private static Mention? AuxiliaryPronoun(ParagraphContext p, int a)
    {
        var text = p.Tokens[a].Text;
        var cut = text.IndexOfAny(new[] { '\'', '\u2019' });
        if (cut <= 0 || !EnglishLexicon.IsPronoun(text.Substring(0, cut)))
        {
            return null;
        }

        return new Mention(a, a, MentionKind.Pronoun, text.Substring(0, cut), null, null, null, false);
    }
}
