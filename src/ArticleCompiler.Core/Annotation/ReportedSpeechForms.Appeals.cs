using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Appeals and requests: "urged the board to act", "asked voters to stay home", "..., urging him to
/// resign". What was asked is whom it was asked of and what they were asked to do, read as one span
/// ("urged him to resign" is quoted as "him to resign", not "to resign").
/// </summary>
internal static partial class ReportedSpeechForms
{
    private const int LongestAppealObject = 8;

    /// <summary>
    /// "..., urging the council to act", "while asking voters to ...": an appeal in a participle, for
    /// the sentence's reporter (<paramref name="speaker"/>) or its subject; and "Roe asked the board
    /// to ..." (a request, not a question) for the subject before the verb.
    /// </summary>
    public static void Appeals(ParagraphContext p, int contentStart, int sentenceEnd, Mention? speaker, List<PendingAttribution> found, List<(int First, int Last)> claims)
    {
        var tokens = p.Tokens;
        for (var v = contentStart + 1; v + 3 <= sentenceEnd; v++)
        {
            if (!tokens[v].IsLowerCase || p.InQuote(tokens[v].Start) || ReportedSpeechFinder.IsClaimed(claims, v))
            {
                continue;
            }

            var participle = EnglishLexicon.IsAppealParticiple(tokens[v].Text);
            // "Roe will ask the board to ...", "Roe is also asking the board to ...": a request in a finite verb group.
            var asking = tokens[v].Text == "asking" ? ProgressiveAsker(p, v, contentStart) : null;
            var request = tokens[v].Text is "asked" or "asks" or "ask" || asking is not null;
            if ((!participle && !request) || AppealInfinitive(tokens, v + 1, sentenceEnd) is null)
            {
                continue;
            }

            Mention? who;
            if (asking is not null)
            {
                who = asking;
            }
            else if (participle)
            {
                var lead = tokens[v - 1].Is(',') || (tokens[v - 1].IsLowerCase && (EnglishLexicon.IsParticipleLead(tokens[v - 1].Text) || tokens[v - 1].Text == "and"));
                if (!lead)
                {
                    continue;
                }

                who = speaker ?? CueBefore(p, contentStart, v - 1) ?? ReportedSubjectReader.SentenceSubject(p, contentStart, v - 2) ?? ReportedSubjectReader.OpeningPhrase(p, contentStart, v - 2);
            }
            else
            {
                var verbEnd = ReportedSubjectReader.VerbGroupStart(p, v, contentStart);
                if (verbEnd - 1 >= contentStart && EnglishLexicon.IsPassiveAuxiliary(tokens[verbEnd - 1].Text))
                {
                    // "Roe was asked to resign": she is the one asked, not the one asking.
                    continue;
                }

                who = ReportedSubjectReader.Before(p, verbEnd, contentStart)?.Mention;
            }

            if (who is not null && ClauseReader.ClauseFrom(p, v + 1, sentenceEnd) is { } c)
            {
                ReportedSpeechFinder.Add(p, found, claims, c, who, 0.9);
            }
        }
    }

    // The subject of "asking" at 'verb' after a form of "be" ("Roe is also asking", "voters would be asking"), or null
    // when "asking" is no verb of its own clause.
    private static Mention? ProgressiveAsker(ParagraphContext p, int verb, int contentStart)
    {
        var tokens = p.Tokens;
        var a = verb - 1;
        while (a > contentStart && a > verb - 3 && tokens[a].IsLowerCase && (EnglishLexicon.IsPreVerbAdverb(tokens[a].Text) || tokens[a].Text is "not" or "now") && tokens[a].Text is not ("has" or "have" or "had" or "would" or "will"))
        {
            a--;
        }

        if (a <= contentStart || !(tokens[a].Text is "is" or "are" or "was" or "were" or "been" or "be"))
        {
            return null;
        }

        while (a - 1 > contentStart && tokens[a - 1].IsLowerCase && (EnglishLexicon.IsFiniteAuxiliary(tokens[a - 1].Text) || tokens[a - 1].Text is "be" or "been"))
        {
            a--;
        }

        return ReportedSubjectReader.Before(p, a, contentStart)?.Mention;
    }

    // The "to" (or "not to") of an appeal after whom it is made to, which starts at 'from': "the board to",
    // "him, both in private and in public, to", "Americans and their leaders not to"; null when the words
    // after the verb are no object followed by an infinitive.
    private static int? AppealInfinitive(IReadOnlyList<TextToken> tokens, int from, int sentenceEnd)
    {
        for (var i = from; i + 1 <= sentenceEnd && i <= from + LongestAppealObject; i++)
        {
            var t = tokens[i];
            if (i > from && t.IsLowerCase && (t.Text == "to" || (t.Text == "not" && tokens[i + 1].Text == "to")))
            {
                return tokens[i - 1].IsWord || tokens[i - 1].Is(',') ? i : null;
            }

            var inside = t.IsWord
                ? !t.IsLowerCase || !(EnglishLexicon.IsClauseWord(t.Text) || EnglishLexicon.IsReportingVerb(t.Text)) || t.Text is "and" or "of" or "in"
                : t.Is(',') && i > from;
            if (!inside || (i == from && t.IsLowerCase && EnglishLexicon.IsSubjectPronoun(t.Text) && t.Text is not ("it" or "you")))
            {
                return null;
            }
        }

        return null;
    }
}
