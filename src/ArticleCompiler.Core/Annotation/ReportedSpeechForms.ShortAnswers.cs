using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Answers too short for a clause: "75 percent said yes", "Roe said so", "26 percent said the same",
/// "Roe said she would". The reported clause is at least three words elsewhere; these forms are whole
/// answers because the sentence ends (or a comma follows) right after them.
/// </summary>
internal static partial class ReportedSpeechForms
{
    /// <summary>An answer of one to three words after "said", "says" or "say" that ends its sentence or clause.</summary>
    public static void ShortAnswers(ParagraphContext p, int contentStart, int sentenceEnd, List<PendingAttribution> found, List<(int First, int Last)> claims)
    {
        var tokens = p.Tokens;
        for (var v = contentStart + 1; v + 1 <= sentenceEnd; v++)
        {
            if (tokens[v].Text is not ("said" or "says" or "say") || p.InQuote(tokens[v].Start) || ReportedSpeechFinder.IsClaimed(claims, v) || ShortAnswerEnd(tokens, v + 1, sentenceEnd) is not { } last)
            {
                continue;
            }

            var verbEnd = ReportedSubjectReader.VerbGroupStart(p, v, contentStart);
            if (verbEnd - 1 >= contentStart && EnglishLexicon.IsPassiveAuxiliary(tokens[verbEnd - 1].Text))
            {
                continue;
            }

            if (ReportedSubjectReader.Before(p, verbEnd, contentStart) is { } subject && ClauseReader.ClauseBetween(p, v + 1, last, shortest: 1) is { } c)
            {
                ReportedSpeechFinder.Add(p, found, claims, c, subject.Mention, 0.85 * subject.Factor);
            }
        }
    }

    // The last token of a short answer from 'x' ("yes", "no", "so", "the same", "she would (not)"), when a sentence
    // end or a comma follows it; else null.
    private static int? ShortAnswerEnd(IReadOnlyList<TextToken> tokens, int x, int sentenceEnd)
    {
        int last;
        if (tokens[x].Text is "yes" or "no" or "so")
        {
            last = x;
        }
        else if (x + 1 <= sentenceEnd && tokens[x].Text == "the" && tokens[x + 1].Text == "same")
        {
            last = x + 1;
        }
        else if (x + 1 <= sentenceEnd && EnglishLexicon.IsSubjectPronoun(tokens[x].Text) && tokens[x].Text != "there" && EnglishLexicon.IsFiniteAuxiliary(tokens[x + 1].Text))
        {
            last = x + 2 <= sentenceEnd && tokens[x + 2].Text is "not" or "n't" ? x + 2 : x + 1;
        }
        else
        {
            return null;
        }

        return last + 1 > sentenceEnd || ClauseReader.IsSentenceEnd(tokens[last + 1]) || tokens[last + 1].Is(',') ? last : null;
    }
}
