using System;
using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Reports after a participle: "..., saying (that) ...", "..., adding ...", "while arguing ...",
/// "with 22 percent saying ...", for the reporter found so far or the sentence's subject.
/// </summary>
internal static partial class ReportedSpeechForms
{
    /// <summary>
    /// "..., saying (that) CLAUSE", "..., adding ...", "..., telling reporters ...": the words of
    /// <paramref name="speaker"/> (the sentence's reporter found so far) or else of the sentence's subject.
    /// </summary>
    public static void Participles(ParagraphContext p, int contentStart, int sentenceEnd, Mention? speaker, List<PendingAttribution> found, List<(int First, int Last)> claims)
    {
        var tokens = p.Tokens;
        WithGroupSaying(p, contentStart, sentenceEnd, found, claims);
        for (var i = contentStart + 1; i + 2 <= sentenceEnd; i++)
        {
            // ", saying ...", "while also saying ...", "by declaring that ...", "after initially saying ...".
            // "..., painting others as weak and suggesting that ...": a second participle after "and" or "but".
            var lead = tokens[i].Is(',') || (tokens[i].IsLowerCase && EnglishLexicon.IsParticipleLead(tokens[i].Text))
                || (tokens[i].Text is "and" or "but" && ParticipleBefore(p, contentStart, i));
            var verb = i + 1;
            while (lead && verb + 2 <= sentenceEnd && verb <= i + 2 && tokens[verb].IsLowerCase && EnglishLexicon.IsPreVerbAdverb(tokens[verb].Text))
            {
                verb++;
            }

            if (!lead || !tokens[verb].IsLowerCase || !EnglishLexicon.IsReportingParticiple(tokens[verb].Text) || p.InQuote(tokens[i].Start) || ReportedSpeechFinder.IsClaimed(claims, verb))
            {
                continue;
            }

            var x = ClauseReader.SkipAfterVerb(tokens, verb, sentenceEnd, out var withThat);
            if (tokens[verb].Text == "telling" && !withThat)
            {
                // ClauseReader has skipped "telling reporters in May that" when it found the "that"; this reads the rest.
                while (x <= sentenceEnd && x <= verb + 5 && (tokens[x].IsCapitalised || EnglishLexicon.IsToldObject(tokens[x].Text)))
                {
                    x++;
                }

                if (x <= sentenceEnd && tokens[x].Text == "that")
                {
                    x++;
                    withThat = true;
                }
            }

            // After "that" any word opens the clause ("arguing that with ...").
            if (x > sentenceEnd || tokens[x].Is(',') || tokens[x].Is(':') || (!withThat && (EnglishLexicon.IsNonClauseOpener(tokens[x].Text) || EnglishLexicon.IsAdverbialOpener(tokens[x].Text))))
            {
                continue;
            }

            var who = speaker ?? CueBefore(p, contentStart, i) ?? ReportedSubjectReader.SentenceSubject(p, contentStart, i - 1) ?? ReportedSubjectReader.OpeningPhrase(p, contentStart, i - 1);
            var clause = ClauseReader.ClauseFrom(p, x, sentenceEnd);
            if (clause is { } whole && !tokens[i].Is(',') && tokens[i - 1].Is(','))
            {
                // "Roe, after initially saying she would not run, entered the race": the phrase between commas.
                var comma = x;
                while (comma <= whole.EndToken && !(tokens[comma].Is(',') && !p.InQuote(tokens[comma].Start)))
                {
                    comma++;
                }

                clause = ClauseReader.ClauseBetween(p, x, comma - 1);
            }

            if (who is not null && clause is { } c)
            {
                ReportedSpeechFinder.Add(p, found, claims, c, who, 0.95);
            }
        }

        ThatParticiples(p, contentStart, sentenceEnd, speaker, found, claims);
    }

    // Whether a participle opens a phrase after a comma between 'contentStart' and 'and' (", painting others as weak and"),
    // with no other comma or quotation between: the "and" then joins a second participle to it.
    private static bool ParticipleBefore(ParagraphContext p, int contentStart, int and)
    {
        var tokens = p.Tokens;
        for (var k = and - 1; k > contentStart && k >= and - 12; k--)
        {
            if (tokens[k].Is(','))
            {
                return k + 1 < and && tokens[k + 1].IsLowerCase && tokens[k + 1].Text.Length > 4 && tokens[k + 1].Text.EndsWith("ing", StringComparison.Ordinal);
            }

            if (!tokens[k].IsWord || p.InQuote(tokens[k].Start))
            {
                return false;
            }
        }

        return false;
    }

    // "with 22 percent saying they would not ...": the group before "saying" reports.
    private static void WithGroupSaying(ParagraphContext p, int contentStart, int sentenceEnd, List<PendingAttribution> found, List<(int First, int Last)> claims)
    {
        var tokens = p.Tokens;
        for (var v = contentStart + 2; v + 2 <= sentenceEnd; v++)
        {
            if (tokens[v].Text != "saying" || !tokens[v - 1].IsWord || p.InQuote(tokens[v].Start) || ReportedSpeechFinder.IsClaimed(claims, v))
            {
                continue;
            }

            if (ReportedSubjectReader.GroupAfter(p, "with", v - 1, contentStart) is { } group)
            {
                var x = tokens[v + 1].Text == "that" ? v + 2 : v + 1;
                if (ClauseReader.ClauseFrom(p, x, sentenceEnd) is { } c)
                {
                    ReportedSpeechFinder.Add(p, found, claims, c, group, 0.95);
                }
            }
        }
    }

    // '"...," he said, adding ...' and '"...," said Roe, adding ...': the speaker of the cue just before the comma.
    private static Mention? CueBefore(ParagraphContext p, int contentStart, int comma)
    {
        var tokens = p.Tokens;
        // '"...," Roe said at the time, adding ...': the verb may stand a few words before the comma.
        for (var k = comma - 1; k > contentStart && k >= comma - 5 && tokens[k].IsWord && !p.InQuote(tokens[k].Start); k--)
        {
            if (tokens[k].IsLowerCase && EnglishLexicon.IsReportingVerb(tokens[k].Text) && !tokens[k].Text.EndsWith("ing", StringComparison.Ordinal))
            {
                return ReportedSubjectReader.Before(p, k, contentStart)?.Mention;
            }

            if (k < comma - 1 && !(EnglishLexicon.IsAdverbialOpener(tokens[k].Text) || EnglishLexicon.IsTimeWord(tokens[k].Text) || EnglishLexicon.IsDeterminer(tokens[k].Text) || tokens[k].Text is "time" or "the"))
            {
                break;
            }
        }

        // "said Roe, adding ...": the subject after its verb; not whom "told" was said to ("Roe told a rally, saying ...").
        var mention = MentionReader.ReadBackward(p.Text, tokens, comma, contentStart);
        return mention is not null && mention.First - 1 >= contentStart && tokens[mention.First - 1].IsLowerCase && EnglishLexicon.IsReportingVerb(tokens[mention.First - 1].Text)
            && tokens[mention.First - 1].Text is not ("told" or "tells" or "tell") ? mention : null;
    }
}
