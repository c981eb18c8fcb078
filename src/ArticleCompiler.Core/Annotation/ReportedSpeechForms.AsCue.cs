using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>
/// A cue in an "as" clause before the report: "As the paper reported, CLAUSE.", "As Roe noted on
/// Friday, CLAUSE.": the clause after the comma, for the subject of the "as" clause.
/// </summary>
internal static partial class ReportedSpeechForms
{
    /// <summary>"As X VERB (adverbial), CLAUSE" at the start of the sentence's content (or after "And,").</summary>
    public static void AsCue(ParagraphContext p, int contentStart, int sentenceEnd, List<PendingAttribution> found, List<(int First, int Last)> claims)
    {
        var tokens = p.Tokens;
        var a = contentStart;
        while (a < sentenceEnd && (tokens[a].Text is "And" or "But" or "(" || tokens[a].Is(',')))
        {
            a++;
        }

        if (a + 4 > sentenceEnd || !tokens[a].IsWordLike("as") || p.InQuote(tokens[a].Start))
        {
            return;
        }

        // The verb within a dozen words, then at most a short adverbial ("on Saturday", "in April") before the comma.
        for (var v = a + 2; v <= sentenceEnd && v <= a + 12; v++)
        {
            if (tokens[v].Is(',') || ClauseReader.IsSentenceEnd(tokens[v]))
            {
                return;
            }

            if (!tokens[v].IsLowerCase || !EnglishLexicon.IsReportingVerb(tokens[v].Text) || tokens[v].Text.EndsWith("ing", System.StringComparison.Ordinal))
            {
                continue;
            }

            var comma = tokens[v].Text is "pointed" && v + 1 <= sentenceEnd && tokens[v + 1].Text == "out" ? v + 2 : v + 1;
            while (comma <= sentenceEnd && comma <= v + 5 && tokens[comma].IsWord && IsShortAdverbialWord(tokens[comma]))
            {
                comma++;
            }

            if (comma + 3 > sentenceEnd || !tokens[comma].Is(','))
            {
                return;
            }

            var verbEnd = ReportedSubjectReader.VerbGroupStart(p, v, a + 1);
            if (ReportedSubjectReader.Before(p, verbEnd, a + 1) is { } subject && ClauseReader.ClauseFrom(p, comma + 1, sentenceEnd) is { } c)
            {
                ReportedSpeechFinder.Add(p, found, claims, c, subject.Mention, 0.9 * subject.Factor);
            }

            return;
        }
    }

    // A word of "on Saturday", "in April", "last week", "recently": not a clause's.
    private static bool IsShortAdverbialWord(TextToken token) =>
        token.Text is "on" or "in" or "last" or "this" or "at" or "the" || EnglishLexicon.IsTimeWord(token.Text) || (token.IsLowerCase && !EnglishLexicon.IsClauseWord(token.Text));
}
