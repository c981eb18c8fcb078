using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>
/// A report in an infinitive of purpose: "Roe took to the radio to say (that) ...", "Roe broke with
/// the board to argue that ...": the subject of the sentence speaks; after a verb that makes
/// someone speak ("led voters to say"), the one made to speak.
/// </summary>
internal static partial class ReportedSpeechForms
{
    /// <summary>"... to say (that) CLAUSE" for the sentence's subject, or for the object of "led", "prompted" and the like.</summary>
    public static void Infinitives(ParagraphContext p, int contentStart, int sentenceEnd, List<PendingAttribution> found, List<(int First, int Last)> claims)
    {
        var tokens = p.Tokens;
        for (var t = contentStart + 2; t + 2 <= sentenceEnd; t++)
        {
            var verb = t + 1;
            if (tokens[t].Text != "to" || !tokens[verb].IsLowerCase || !EnglishLexicon.IsInfinitiveReport(tokens[verb].Text) || p.InQuote(tokens[t].Start)
                || ReportedSpeechFinder.IsClaimed(claims, verb) || !tokens[t - 1].IsWord || EnglishLexicon.IsNoInfinitiveReportLead(tokens[t - 1].Text.ToLowerInvariant()))
            {
                continue;
            }

            var x = ClauseReader.SkipAfterVerb(tokens, verb, sentenceEnd, out var withThat);
            if (!withThat && ReportedSpeechFinder.InterjectedThat(p, x, sentenceEnd) is { } afterAside)
            {
                x = afterAside;
                withThat = true;
            }

            // "to say about ...", "to say so", "to say anything", "to argue for ...", "to claim the nomination": no clause follows; after "that"
            // any word opens one.
            if (x > sentenceEnd || !tokens[x].IsWord || (!withThat && (!EnglishLexicon.TakesBareClauseInInfinitive(tokens[verb].Text) || EnglishLexicon.IsNonClauseOpener(tokens[x].Text) || EnglishLexicon.IsAdverbialOpener(tokens[x].Text) || tokens[x].Text is "so" or "it" or "this" or "anything" or "nothing" or "something" or "much" or "little" or "more")))
            {
                continue;
            }

            var made = MadeToSpeak(p, contentStart, t, out var caused);
            var who = caused ? made : ReportedSubjectReader.SentenceSubject(p, contentStart, t - 1) ?? ReportedSubjectReader.OpeningPhrase(p, contentStart, t - 1);
            if (who is null || (who.Kind == MentionKind.Pronoun && who.Text.ToLowerInvariant() is "it" or "this" or "that" or "there") || EnglishLexicon.IsSubordinator(tokens[who.First].Text))
            {
                // "It is fair to say ...": the writer's aside, no one reported; "As the debate went on ...": no subject read.
                continue;
            }

            if (ClauseReader.ClauseFrom(p, x, sentenceEnd) is { } c)
            {
                ReportedSpeechFinder.Add(p, found, claims, c, who, withThat ? 0.95 : 0.9);
            }
        }
    }

    // "The ruling led voters to say ...": the mention between a verb that makes someone speak and "to" (null when it
    // is not read: then the subject is not the speaker either).
    private static Mention? MadeToSpeak(ParagraphContext p, int contentStart, int to, out bool caused)
    {
        var tokens = p.Tokens;
        caused = false;
        for (var c = to - 2; c >= contentStart && c >= to - 6; c--)
        {
            if (tokens[c].IsLowerCase && EnglishLexicon.IsCausingVerb(tokens[c].Text))
            {
                caused = true;
                return c + 1 <= to - 1 && !EnglishLexicon.IsPronoun(tokens[c + 1].Text.ToLowerInvariant()) ? ReportedSubjectReader.Phrase(p, c + 1, to - 1) : null;
            }
        }

        return null;
    }
}
