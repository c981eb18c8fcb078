using System;
using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>
/// What someone spoke of rather than the words: "Roe pointed to the jobs report", "warned of a long
/// fight", "joked about moving abroad", "called for his resignation". The report is the phrase after
/// the preposition, for the subject of the verb (or of the sentence, for ", pointing to ...").
/// </summary>
internal static partial class ReportedSpeechForms
{
    /// <summary>Each verb of speech and the prepositions after which it names what was spoken of.</summary>
    public static void Topics(ParagraphContext p, int contentStart, int sentenceEnd, List<PendingAttribution> found, List<(int First, int Last)> claims)
    {
        var tokens = p.Tokens;
        for (var v = contentStart + 1; v + 3 <= sentenceEnd; v++)
        {
            if (!tokens[v].IsLowerCase || !EnglishLexicon.IsTopicCue(tokens[v].Text, tokens[v + 1].Text) || p.InQuote(tokens[v].Start) || ReportedSpeechFinder.IsClaimed(claims, v))
            {
                continue;
            }

            Mention? speaker;
            if (tokens[v].Text.EndsWith("ing", StringComparison.Ordinal))
            {
                // ", pointing to ...": the sentence's subject, as for ", saying ...".
                speaker = tokens[v - 1].Is(',') ? ReportedSubjectReader.SentenceSubject(p, contentStart, v - 2) : null;
            }
            else
            {
                var verbEnd = ReportedSubjectReader.VerbGroupStart(p, v, contentStart);
                // "did not respond to a request", "declined to comment on the case": the refusal is the speaker's
                // verb group, so its subject is the one before the negation.
                verbEnd = verbEnd - 1 > contentStart ? NegationStart(tokens, verbEnd, contentStart) ?? verbEnd : verbEnd;
                speaker = verbEnd - 1 >= contentStart && (EnglishLexicon.IsPassiveAuxiliary(tokens[verbEnd - 1].Text) || EnglishLexicon.IsDeterminer(tokens[verbEnd - 1].Text))
                    ? null
                    : ReportedSubjectReader.Before(p, verbEnd, contentStart)?.Mention;
            }

            if (speaker is not null && tokens[v + 2].IsWord && ClauseReader.ClauseBetween(p, v + 2, TopicEnd(p, v + 2, sentenceEnd), shortest: 1) is { } c)
            {
                ReportedSpeechFinder.Add(p, found, claims, c, speaker, 0.85);
            }
        }
    }

    // What was spoken of is a noun phrase: it ends at a comma, a dash or a colon, or before a second
    // verb of the speaker's ("pointed to the poll and dismissed the critics").
    private static int TopicEnd(ParagraphContext p, int x, int sentenceEnd)
    {
        var tokens = p.Tokens;
        var end = x;
        while (end + 1 <= sentenceEnd)
        {
            var next = tokens[end + 1];
            var outside = !p.InQuote(next.Start);
            if (outside && (ClauseReader.IsSentenceEnd(next) || next.Is(',') || next.Is(':') || ReportedSubjectReader.IsDash(next)))
            {
                break;
            }

            if (outside && next.Text is "and" or "but" && end + 2 <= sentenceEnd && tokens[end + 2].IsLowerCase
                && (tokens[end + 2].Text.EndsWith("ed", StringComparison.Ordinal) || EnglishLexicon.IsReportingVerb(tokens[end + 2].Text)))
            {
                break;
            }

            end++;
        }

        return end;
    }
}
