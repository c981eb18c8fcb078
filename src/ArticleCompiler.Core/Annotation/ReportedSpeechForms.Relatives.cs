using System;
using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>
/// A report inside a relative clause: "the wall, which he said Mexico would pay for", "a deadline
/// that insiders said went unnoticed", "double what Roe said she expected". The relative pronoun
/// stands for what was said (PolNeAR marks it as a part of the report of its own), the rest of the
/// clause is the verb's report as usual.
/// </summary>
internal static partial class ReportedSpeechForms
{
    // The longest subject read between the pronoun and its verb ("which the Organization for Economic ... says").
    private const int RelativeSubjectWords = 8;

    /// <summary>
    /// "which/that/what/whom SUBJECT (has) (adverb) said ...": the pronoun is reported for the subject. Only
    /// "which" after a comma or dash may stand for the verb's object ("which he said Mexico would pay for"); the
    /// others need the clause's verb right after the reporting verb ("a deadline that insiders said went ..."),
    /// for "that" and "what" are as often a conjunction ("the poll finds that ...", "know what they say").
    /// After a pronoun ("which he said would ...") the clause goes on with the sentence's own speaker, whose
    /// report already holds it (the Wikinews gold does not mark the pronoun there): a new source only.
    /// </summary>
    public static void Relatives(ParagraphContext p, int contentStart, int sentenceEnd, List<PendingAttribution> found, List<(int First, int Last)> claims)
    {
        var tokens = p.Tokens;
        for (var r = contentStart + 1; r + 3 <= sentenceEnd; r++)
        {
            if (!tokens[r].IsLowerCase || !EnglishLexicon.IsReportRelative(tokens[r].Text) || p.InQuote(tokens[r].Start) || ReportedSpeechFinder.IsClaimed(claims, r)
                || (tokens[r - 1].IsLowerCase && EnglishLexicon.IsNotNounBeforeRelative(tokens[r - 1].Text)))
            {
                continue;
            }

            var afterComma = tokens[r].Text == "which" && (tokens[r - 1].Is(',') || ReportedSubjectReader.IsDash(tokens[r - 1]));
            if (!afterComma && !(tokens[r - 1].IsWord && !tokens[r - 1].Text.EndsWith("ed", StringComparison.Ordinal) && !tokens[r - 1].Text.EndsWith("ly", StringComparison.Ordinal)))
            {
                continue;
            }

            for (var v = r + 2; v < sentenceEnd && v <= r + 1 + RelativeSubjectWords; v++)
            {
                if (!tokens[v].IsWord || p.InQuote(tokens[v].Start))
                {
                    break;
                }

                // "that his claims were ...": a noun after a determiner or possessive is no verb.
                if (!tokens[v].IsLowerCase || !(EnglishLexicon.IsReportingVerb(tokens[v].Text) || EnglishLexicon.IsPresentReport(tokens[v].Text)) || tokens[v].Text.EndsWith("ing", StringComparison.Ordinal)
                    || EnglishLexicon.IsDeterminer(tokens[v - 1].Text) || tokens[v - 1].Text is "his" or "her" or "their" or "its" or "our" or "my" or "your" or "been" or "be")
                {
                    continue;
                }

                var next = tokens[v + 1];
                var gap = next.IsLowerCase && (EnglishLexicon.IsGapVerb(next.Text) || next.Text.EndsWith("ed", StringComparison.Ordinal));
                // The subject must fill the words between the pronoun and the verb group, or the verb is another clause's.
                if ((gap || (afterComma && next.IsWord)) && ReportedSubjectReader.Before(p, ReportedSubjectReader.VerbGroupStart(p, v, r + 1), r + 1) is { } subject && subject.Mention.First == r + 1
                    && subject.Mention.Kind != MentionKind.Pronoun)
                {
                    ReportedSpeechFinder.Add(p, found, claims, (tokens[r].Start, tokens[r].End, r), subject.Mention, 0.9 * subject.Factor);
                }

                break;
            }
        }
    }
}
