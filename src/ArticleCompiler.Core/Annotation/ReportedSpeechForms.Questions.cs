using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>
/// A question put by someone named after "by": "Asked by Roe whether the pier would open, the mayor
/// said ...", "When asked by a reporter on Monday about the budget, ...", "Roe was asked by the host if
/// ...". The question is the asker's report, whoever answers it.
/// </summary>
internal static partial class ReportedSpeechForms
{
    // How far past the asker a time may stand before the question ("asked by Roe on Monday whether").
    private const int LongestAskedTime = 3;

    /// <summary>"asked by X whether/if/how ...", "asked by X about ...", "asked by X to ...": the question, for X.</summary>
    public static void AskedBy(ParagraphContext p, int contentStart, int sentenceEnd, List<PendingAttribution> found, List<(int First, int Last)> claims)
    {
        var tokens = p.Tokens;
        for (var v = contentStart; v + 3 <= sentenceEnd; v++)
        {
            if (tokens[v].Text is not ("asked" or "Asked") || !tokens[v + 1].IsWordLike("by") || p.InQuote(tokens[v].Start) || ReportedSpeechFinder.IsClaimed(claims, v))
            {
                continue;
            }

            var asker = MentionReader.ReadForward(p.Text, tokens, v + 2, sentenceEnd);
            if (asker is null || asker.Kind == MentionKind.Pronoun)
            {
                continue;
            }

            var x = asker.Last + 1;
            if (x + 1 <= sentenceEnd && EnglishLexicon.IsTimeLead(tokens[x].Text) && x + LongestAskedTime <= sentenceEnd)
            {
                // "asked by Roe on Monday whether ...": the day the question was put.
                var day = x + 1;
                while (day <= x + LongestAskedTime && !EnglishLexicon.IsTimeWord(tokens[day].Text))
                {
                    day++;
                }

                x = day <= x + LongestAskedTime ? day + 1 : x;
            }

            if (x > sentenceEnd || !(EnglishLexicon.IsQuestionOpener(tokens[x].Text) || tokens[x].Text is "about" or "to"))
            {
                continue;
            }

            // "about the budget": what the question was about; "whether ..." and "to resign": the question itself.
            var first = tokens[x].Text == "about" ? x + 1 : x;
            var end = first;
            while (end + 1 <= sentenceEnd && !(tokens[end + 1].Is(',') && !p.InQuote(tokens[end + 1].Start)) && !ClauseReader.IsSentenceEnd(tokens[end + 1]))
            {
                end++;
            }

            if (first <= sentenceEnd && tokens[first].IsWord && ClauseReader.ClauseBetween(p, first, end, shortest: 2) is { } question)
            {
                ReportedSpeechFinder.Add(p, found, claims, question, asker, 0.85);
            }
        }
    }
}
