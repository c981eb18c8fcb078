using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>
/// A reporting participle with "that" after a word rather than a comma: "a lawsuit alleging that
/// ...", "with Roe tweeting that ...", "has been boldly claiming that ...". The "that" makes it a
/// report where the participle alone would be ambiguous ("the board sent an email saying that ...").
/// </summary>
internal static partial class ReportedSpeechForms
{
    /// <summary>
    /// "WORD PARTICIPLE (ADVERB) that CLAUSE": the words of a name just before the participle, else of
    /// <paramref name="speaker"/> (the sentence's reporter found so far) or the sentence's subject.
    /// </summary>
    public static void ThatParticiples(ParagraphContext p, int contentStart, int sentenceEnd, Mention? speaker, List<PendingAttribution> found, List<(int First, int Last)> claims)
    {
        var tokens = p.Tokens;
        for (var v = contentStart + 1; v + 2 <= sentenceEnd; v++)
        {
            if (!tokens[v].IsLowerCase || !EnglishLexicon.IsThatParticiple(tokens[v].Text) || p.InQuote(tokens[v].Start) || ReportedSpeechFinder.IsClaimed(claims, v))
            {
                continue;
            }

            // After a comma, "while" or "by" the participle is the comma form's (Participles): this rule reads the rest.
            var before = tokens[v - 1];
            if (before.Is(',') || (before.IsLowerCase && EnglishLexicon.IsParticipleLead(before.Text)))
            {
                continue;
            }

            var that = v + 1;
            if (tokens[that].IsLowerCase && EnglishLexicon.IsPreVerbAdverb(tokens[that].Text))
            {
                that++;
            }

            if (that + 1 > sentenceEnd || tokens[that].Text != "that" || !tokens[that + 1].IsWord)
            {
                continue;
            }

            // "with Jane Roe tweeting that ...": the name just before the participle speaks.
            var named = before.IsCapitalised ? MentionReader.ReadBackward(p.Text, tokens, v, contentStart) : null;
            var who = named is { Kind: MentionKind.Name } ? named
                : speaker ?? ReportedSubjectReader.SentenceSubject(p, contentStart, v - 1) ?? ReportedSubjectReader.OpeningPhrase(p, contentStart, v - 1);
            if (who is not null && ClauseReader.ClauseFrom(p, that + 1, sentenceEnd) is { } clause)
            {
                ReportedSpeechFinder.Add(p, found, claims, clause, who, 0.9);
            }
        }
    }
}
