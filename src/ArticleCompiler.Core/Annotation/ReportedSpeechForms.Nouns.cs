using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Reports carried by a noun of speech ("Roe repeated his claim that ...", "her warning that ...")
/// and the passive "Roe was quoted as saying ...".
/// </summary>
internal static partial class ReportedSpeechForms
{
    /// <summary>"VERB his/her/their NOUN that CLAUSE" and "X was quoted as saying (that) CLAUSE".</summary>
    public static void SpeechNouns(ParagraphContext p, int contentStart, int sentenceEnd, List<PendingAttribution> found, List<(int First, int Last)> claims)
    {
        var tokens = p.Tokens;
        for (var i = contentStart + 2; i + 2 <= sentenceEnd; i++)
        {
            // Only "that" (after a noun of speech) and "quoted" can open these forms: the cheap test first.
            if (tokens[i].Text is not ("that" or "quoted") || p.InQuote(tokens[i].Start) || ReportedSpeechFinder.IsClaimed(claims, i))
            {
                continue;
            }

            Mention? speaker = null;
            var x = i + 1;
            if (tokens[i].Text == "that" && EnglishLexicon.IsSpeechNoun(tokens[i - 1].Text) && tokens[i - 2].Text is "his" or "her" or "their")
            {
                // "Roe repeated his claim that ...": the subject of the verb before; else whom "his" stands for.
                var verb = i - 3;
                speaker = verb > contentStart && tokens[verb].IsLowerCase && tokens[verb].IsWord && !EnglishLexicon.IsClauseWord(tokens[verb].Text)
                    ? ReportedSubjectReader.Before(p, ReportedSubjectReader.VerbGroupStart(p, verb, contentStart), contentStart)?.Mention
                    : null;
                speaker ??= new Mention(i - 2, i - 2, MentionKind.Pronoun, tokens[i - 2].Text switch { "his" => "he", "her" => "she", _ => "they" }, null, null, null, false);
            }
            else if (tokens[i].Text == "quoted" && tokens[i + 1].Text == "as" && tokens[i + 2].Text == "saying" && i - 1 > contentStart && tokens[i - 1].Text is "was" or "were" or "is" or "been")
            {
                // "Roe was quoted as saying ...": the subject of the passive.
                var aux = tokens[i - 2].Text is "has" or "had" or "have" ? i - 2 : i - 1;
                speaker = ReportedSubjectReader.Before(p, aux, contentStart)?.Mention;
                x = ClauseReader.SkipAfterVerb(tokens, i + 2, sentenceEnd, out _);
            }

            if (speaker is not null && x <= sentenceEnd && tokens[x].IsWord && ClauseReader.ClauseFrom(p, x, sentenceEnd) is { } c)
            {
                ReportedSpeechFinder.Add(p, found, claims, c, speaker, 0.85);
            }
        }
    }
}
