using System;
using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Model;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Finds reported speech: a clause of someone's words without quotation marks, introduced or
/// followed by a reporting verb and its speaker ("X said (that) ...", "According to X, ...",
/// "..., X said", "..., according to X", "The plan, X said, would ...", "..., saying ...").
/// The forms after the content are in <see cref="ReportedSpeechForms"/>.
/// </summary>
internal static class ReportedSpeechFinder
{
    /// <summary>
    /// The reported speech of a paragraph, sentence by sentence: "according to" before, inside or
    /// after the content; a reporting verb before its content (with a speaker inside the clause
    /// taking over), inside it or after it; and ", saying ..." for the sentence's speaker. No two
    /// spans share a token.
    /// </summary>
    public static IEnumerable<PendingAttribution> Find(ParagraphContext p)
    {
        var found = new List<PendingAttribution>();
        var claims = new List<(int First, int Last)>();
        ReportedSpeechForms.TranscriptTurn(p, found, claims);
        foreach (var (sentenceStart, sentenceEnd) in p.Sentences)
        {
            var contentStart = ClauseReader.SkipDateline(p, sentenceStart);
            var before = found.Count;
            // "When asked by Roe whether ..., Smith said ...": the asker's question first, before the answer's cue claims it.
            ReportedSpeechForms.AskedBy(p, contentStart, sentenceEnd, found, claims);
            ReportedSpeechForms.AsCue(p, contentStart, sentenceEnd, found, claims);
            var speaker = ReportedSpeechForms.AccordingTo(p, contentStart, sentenceEnd, found, claims);
            speaker = VerbBeforeContent(p, contentStart, sentenceEnd, found, claims) ?? speaker;
            if (found.Count == before)
            {
                speaker = ReportedSpeechForms.VerbAfterContent(p, contentStart, sentenceEnd, found, claims) ?? speaker;
            }

            ReportedSpeechForms.Participles(p, contentStart, sentenceEnd, speaker, found, claims);
            ReportedSpeechForms.Appeals(p, contentStart, sentenceEnd, speaker, found, claims);
            ReportedSpeechForms.ShortAnswers(p, contentStart, sentenceEnd, found, claims);
            ReportedSpeechForms.Negated(p, contentStart, sentenceEnd, found, claims);
            ReportedSpeechForms.PromisesAndQuestions(p, contentStart, sentenceEnd, found, claims);
            ReportedSpeechForms.Topics(p, contentStart, sentenceEnd, found, claims);
            ReportedSpeechForms.Progressive(p, contentStart, sentenceEnd, found, claims);
            ReportedSpeechForms.SpeechNouns(p, contentStart, sentenceEnd, found, claims);
            ReportedSpeechForms.Infinitives(p, contentStart, sentenceEnd, found, claims);
            ReportedSpeechForms.Relatives(p, contentStart, sentenceEnd, found, claims);
        }

        return found;
    }

    /// <summary>
    /// Adds the reported clause with its speaker unless a span already found shares a token with it;
    /// whether it was added.
    /// </summary>
    internal static bool Add(ParagraphContext p, List<PendingAttribution> found, List<(int First, int Last)> claims, (int Start, int End, int EndToken) clause, Mention mention, double factor)
    {
        var first = p.TokenAt(clause.Start);
        if (claims.Any(c => c.First <= clause.EndToken && first <= c.Last) || ReportedSpeechForms.IsEditorialNote(p, mention))
        {
            return false;
        }

        claims.Add((first, clause.EndToken));
        found.Add(new PendingAttribution(clause.Start, QuoteKind.Indirect, null, clause.Start, clause.End, mention, factor, 0, false) { MentionOrder = p.Tokens[mention.First].Start });
        return true;
    }

    internal static bool IsClaimed(List<(int First, int Last)> claims, int token) => claims.Any(c => c.First <= token && token <= c.Last);

    // X said (that) CLAUSE; The plan, X said, would ...; X said A and added B. The last speaker found, or null.
    private static Mention? VerbBeforeContent(ParagraphContext p, int contentStart, int sentenceEnd, List<PendingAttribution> found, List<(int First, int Last)> claims)
    {
        var tokens = p.Tokens;
        Mention? last = null;
        for (var v = contentStart; v <= sentenceEnd; v++)
        {
            // "pointed out that ...": the phrase is the verb, its clause follows "out".
            var pointedOut = v + 1 <= sentenceEnd && tokens[v].Text is "pointed" or "points" && tokens[v + 1].Text == "out";
            if (!tokens[v].IsLowerCase || !(pointedOut || EnglishLexicon.IsClauseVerb(tokens[v].Text) || EnglishLexicon.IsPresentReport(tokens[v].Text)) || tokens[v].Text.EndsWith("ing", StringComparison.Ordinal) || IsClaimed(claims, v))
            {
                continue;
            }

            var verbEnd = ReportedSubjectReader.VerbGroupStart(p, v, contentStart);
            if (verbEnd - 1 >= contentStart && (EnglishLexicon.IsPassiveAuxiliary(tokens[verbEnd - 1].Text) || EnglishLexicon.IsDeterminer(tokens[verbEnd - 1].Text)))
            {
                // "The attacker is reported to ...": passive, not someone speaking; "an estimated 11 million": an adjective.
                continue;
            }

            var relative = verbEnd - 2 >= contentStart && tokens[verbEnd - 1].Text == "who" && tokens[verbEnd - 2].Is(',');
            var subject = relative
                ? MentionReader.ReadBackward(p.Text, tokens, verbEnd - 2, contentStart) is { Kind: not MentionKind.Pronoun } named ? (named, 1.0) : null
                : ReportedSubjectReader.Before(p, verbEnd, contentStart);
            if (subject is null)
            {
                continue;
            }

            var (mention, subjectFactor) = subject.Value;

            if (ReportedSpeechForms.IsInsideQuotation(p, v, mention) || AfterClosingQuote(p, mention.First))
            {
                // '"We won," Roe said in a statement': the verb's words are the quotation, what follows is no report.
                continue;
            }

            if (ReportedSpeechForms.IsWritersQuestion(p, v, sentenceEnd, mention))
            {
                // "Would you say his impact could be huge?": the writer asks; nobody has said it.
                continue;
            }

            if (ReportedSpeechForms.IsNoReport(p, v) && InsideCue(p, v, sentenceEnd, mention, contentStart) is not null)
            {
                // "His lead, they believe, will hold": a belief set inside the sentence is no more a report than before it.
                continue;
            }

            if (InsideCue(p, v, sentenceEnd, mention, contentStart) is { } rest)
            {
                // "The plan, Roe said, would ...": the words around the cue are the report, in two parts
                // (the second may be a quotation, then it is direct speech and not reported here).
                // "Voters, Roe said, do not ...": one word may open the report; a sentence adverb ("Instead, Roe said, ...") does not.
                if (tokens[rest].Text == "that" && rest + 1 <= sentenceEnd && tokens[rest + 1].IsWord)
                {
                    // "It is no surprise, Roe said, that the plan failed": the cue splits the sentence before its "that"-clause,
                    // which alone is the report; the words before the cue only frame it.
                    if (ClauseReader.ClauseFrom(p, rest + 1, sentenceEnd) is { } thatClause && Add(p, found, claims, thatClause, mention, subjectFactor))
                    {
                        last = mention;
                    }

                    continue;
                }

                // "In an interview on Tuesday, Roe said, \"...\"": before a quotation, a scene-setting phrase is the writer's.
                var shortest = EnglishLexicon.IsCapitalisedSentenceWord(tokens[contentStart].Text) || EnglishLexicon.IsSentenceAdverb(tokens[contentStart].Text) ? 2 : 1;
                if (!(ReportedSubjectReader.IsQuoteMark(tokens[rest]) && ReportedSpeechForms.IsSceneSetting(p, contentStart, mention.First - 2)) && ClauseReader.ClauseBetween(p, contentStart, mention.First - 2, shortest) is { } opening && Add(p, found, claims, opening, mention, 0.95 * subjectFactor))
                {
                    last = mention;
                }

                // "The bigger risk, he said, is ...": a verb continues the subject before the cue.
                var continuesSubject = tokens[rest].Text is "is" or "was" or "are" or "were" or "has" or "have" or "had";
                // "..., he said, because ..." and "..., he said, by ...": the reason or the means goes on with the speaker's words.
                var continuesReport = tokens[rest].Text is "because" or "by" && rest + 2 <= sentenceEnd;
                // "Overall, she said, a number of ...": after a lone sentence adverb, the clause starts past the cue.
                var afterAdverb = mention.First - 2 == contentStart && tokens[contentStart].IsCapitalised
                    && (EnglishLexicon.IsSentenceAdverb(tokens[contentStart].Text) || EnglishLexicon.IsAdverbialOpener(tokens[contentStart].Text.ToLowerInvariant()) || tokens[contentStart].Text is "Overall" or "Still" or "Now" or "So" or "Meanwhile");
                if (tokens[rest].IsWord && ((EnglishLexicon.IsClauseWord(tokens[rest].Text) && !continuesSubject && !continuesReport) || EnglishLexicon.IsReportingParticiple(tokens[rest].Text)
                    || (tokens[rest].Text is "a" or "an" && !afterAdverb)))
                {
                    // ", she said, but ...", ", she said, adding ...", ", she said, a policy that ...": not the report's second part.
                    continue;
                }

                if (ClauseReader.ClauseFrom(p, rest, sentenceEnd) is { } inner && Add(p, found, claims, inner, mention, 0.95 * subjectFactor))
                {
                    last = mention;
                }

                continue;
            }

            var x = ClauseReader.SkipAfterVerb(tokens, pointedOut ? v + 1 : v, sentenceEnd, out var withThat);
            if (pointedOut && !withThat)
            {
                continue;
            }

            if (!withThat && InterjectedThat(p, x, sentenceEnd) is { } afterAside)
            {
                // "said, however, that ..." and "told reporters, however, that ...": an adverb set off by commas before "that".
                x = afterAside;
                withThat = true;
            }

            if (!withThat && tokens[v].Text is "told" or "tells" && ToldThat(p, v, sentenceEnd) is { } afterThat)
            {
                // "told a crowded hall at a hotel in Baltimore that ...": whoever was told, up to "that".
                x = afterThat;
                withThat = true;
            }

            if (x + 1 <= sentenceEnd && !withThat && (EnglishLexicon.IsTimeWord(tokens[x].Text) || tokens[x].Text is "earlier" or "later" or "today" or "yesterday"))
            {
                // "said Wednesday (morning) (that) ...": a bare day before the clause.
                x++;
                if (x + 1 <= sentenceEnd && tokens[x].Text is "morning" or "afternoon" or "evening" or "night")
                {
                    x++;
                }
                if (tokens[x].Text == "that")
                {
                    x++;
                    withThat = true;
                }
            }

            if (x <= sentenceEnd && !withThat && (EnglishLexicon.IsAdverbialOpener(tokens[x].Text) || EnglishLexicon.IsNonClauseOpener(tokens[x].Text)))
            {
                // "said at a news conference on Monday that ...", "said for the first time that ...": only with
                // "that" after the adverbial ("spoke of ..." stays no report).
                x = ThatAfter(p, x, sentenceEnd);
                withThat = true;
            }

            if (x + 1 <= sentenceEnd && tokens[x].Is(':') && tokens[x + 1].IsWord && !p.InQuote(tokens[x + 1].Start))
            {
                // "He said: Let no one be mistaken ...": words after a colon without quotation marks.
                if (ClauseReader.ClauseFrom(p, x + 1, sentenceEnd) is { } colon && Add(p, found, claims, colon, mention, 0.9 * subjectFactor))
                {
                    last = mention;
                }

                continue;
            }

            // "Roe notes the fund ..." reports without "that"; "some evidence suggests the wells ..." is no one speaking.
            if (x > sentenceEnd || tokens[x].Is(':') || tokens[x].Is('.') || tokens[x].Is(',') || (!withThat && !EnglishLexicon.TakesBareClause(tokens[v].Text) && !EnglishLexicon.IsPluralPresentReport(tokens[v].Text) && !EnglishLexicon.TakesReportedObject(tokens[v].Text)
                    && !(EnglishLexicon.IsPresentReport(tokens[v].Text) && mention.Kind != MentionKind.Descriptor))
                || (!withThat && (EnglishLexicon.IsNonClauseOpener(tokens[x].Text) || ReportedSpeechForms.IsNoBareReport(p, v, x))) || ReportedSpeechForms.IsNoReport(p, v))
            {
                // After "that" any word opens the clause: "said that for decades ...".
                continue;
            }

            var clause = ClauseReader.ClauseFrom(p, x, sentenceEnd);
            if (!withThat && clause is { } heard && ReportedSpeechForms.IsHearerOnly(p, v, x, heard.EndToken))
            {
                // "told a Senate panel on Tuesday.": whom the words were told to, not the words.
                continue;
            }


            if (tokens[v].Text is "reported" or "reports" && clause is { } outer && InnerReport(p, x, outer.EndToken) is { } innerReport)
            {
                // "Reuters reported a source, whom they did not name, said ...": the inner speaker's. Only after
                // "reported": a paper passes on its source's words, while "Roe said a commission estimated ..." is Roe's
                // report whole (PolNeAR keeps the outer report).
                var innerStart = ClauseReader.SkipAfterVerb(tokens, innerReport.Verb, sentenceEnd, out var innerThat);
                if (innerStart <= sentenceEnd && ClauseReader.ClauseFrom(p, innerStart, sentenceEnd) is { } reported && Add(p, found, claims, reported, innerReport.Mention, innerThat ? 1.0 : 0.9))
                {
                    last = innerReport.Mention;
                }

                continue;
            }

            var subordinate = mention.First - 1 >= contentStart && tokens[mention.First - 1].IsLowerCase && EnglishLexicon.IsSubordinator(tokens[mention.First - 1].Text);
            if ((relative || subordinate || ReportedSubjectReader.IsAfterRelative(tokens, mention, contentStart)) && clause is { } whole)
            {
                // "Jane Roe, who said the plan failed, left", "the wall, which he said Mexico would pay for, ..." and
                // "Though farmers said they backed it, it failed": the report ends with the relative or subordinate clause.
                var comma = x;
                while (comma <= whole.EndToken && !(ClauseReader.IsClauseComma(tokens, comma) && !p.InQuote(tokens[comma].Start)))
                {
                    comma++;
                }

                clause = ClauseReader.ClauseBetween(p, x, comma - 1);
            }

            if (clause is { } c && Add(p, found, claims, c, mention, (withThat ? 1.0 : 0.9) * subjectFactor))
            {
                last = mention;
            }
        }

        return last;
    }

    // "The plan, Roe said, would ...": a cue between commas after the first words of the sentence;
    // the token where the rest starts, or null.
    private static int? InsideCue(ParagraphContext p, int verb, int sentenceEnd, Mention mention, int contentStart)
    {
        var tokens = p.Tokens;
        if (mention.First - 1 <= contentStart || !tokens[mention.First - 1].Is(','))
        {
            return null;
        }

        var comma = verb + 1;
        while (comma <= sentenceEnd && comma <= verb + 4 && tokens[comma].IsWord
            && (EnglishLexicon.IsToldObject(tokens[comma].Text) || EnglishLexicon.IsAfterVerbAdverbial(tokens[comma].Text) || EnglishLexicon.IsTimeWord(tokens[comma].Text)
                || EnglishLexicon.IsTimeAdverb(tokens[comma].Text) || (tokens[verb].Text is "told" or "tells" && tokens[comma].IsCapitalised)))
        {
            comma++;
        }

        return comma + 2 <= sentenceEnd && tokens[comma].Is(',') ? comma + 1 : null;
    }

    // The token after the "that" that ends who was told past a quoted title ("told ABC's "Good Morning America" that"),
    // or null: what ClauseReader.ThatAfterTold leaves, as it stops at quotation marks.
    private static int? ToldThat(ParagraphContext p, int verb, int sentenceEnd)
    {
        var tokens = p.Tokens;
        for (var i = verb + 1; i <= sentenceEnd && i <= verb + 14; i++)
        {
            if (tokens[i].Is(',') || tokens[i].Is(':') || ClauseReader.IsSentenceEnd(tokens[i]) || (tokens[i].IsLowerCase && EnglishLexicon.IsReportingVerb(tokens[i].Text)))
            {
                return null;
            }

            if (tokens[i].Text == "that" && !p.InQuote(tokens[i].Start))
            {
                return i + 1;
            }
        }

        return null;
    }

    // The token after "that" when a comma, an interjected adverb and a comma precede it within a few words of 'from'
    // (whom the words were told: "reporters, however, that"), or null.
    internal static int? InterjectedThat(ParagraphContext p, int from, int sentenceEnd)
    {
        var tokens = p.Tokens;
        for (var i = from; i + 3 <= sentenceEnd && i <= from + 4; i++)
        {
            if (tokens[i].Is(','))
            {
                return tokens[i + 1].IsLowerCase && EnglishLexicon.IsInterjectedAdverb(tokens[i + 1].Text) && tokens[i + 2].Is(',') && tokens[i + 3].Text == "that" && !p.InQuote(tokens[i + 3].Start) ? i + 4 : null;
            }

            if (!tokens[i].IsWord || (tokens[i].IsLowerCase && EnglishLexicon.IsClauseWord(tokens[i].Text)))
            {
                return null;
            }
        }

        return null;
    }

    // The token after the "that" that ends an adverbial after a reporting verb, or past the sentence if there is none.
    private static int ThatAfter(ParagraphContext p, int from, int sentenceEnd)
    {
        var tokens = p.Tokens;
        for (var i = from + 1; i <= sentenceEnd && i <= from + 12; i++)
        {
            if (tokens[i].Is(',') || tokens[i].Is(':') || ReportedSubjectReader.IsQuoteMark(tokens[i]))
            {
                break;
            }

            if (tokens[i].Text == "that")
            {
                return i + 1;
            }
        }

        return sentenceEnd + 1;
    }

    // Whether the token before a mention closes a quotation: the verb after it reports that quotation.
    internal static bool AfterClosingQuote(ParagraphContext p, int mentionFirst)
    {
        var tokens = p.Tokens;
        var k = mentionFirst - 1;
        if (k >= 0 && tokens[k].Is(','))
        {
            k--;
        }

        if (k >= 1 && ReportedSubjectReader.IsQuoteMark(tokens[k]) && ReportedSubjectReader.IsQuoteMark(tokens[k - 1]))
        {
            k--;
        }

        // '"We won," Roe said' and '"Why?" Roe asked' report the quotation; '"... terrorism." Roe said' starts anew.
        // 'on Fox News's "Hannity," Newt Gingrich said ...': a show's title is no quotation the verb reports.
        return k >= 1 && ReportedSubjectReader.IsQuoteMark(tokens[k]) && p.InQuote(tokens[k].Start - 1)
            && (tokens[k - 1].Is(',') || tokens[k - 1].Is('?') || tokens[k - 1].Is('!') || ReportedSubjectReader.IsDash(tokens[k - 1]))
            && !(p.QuoteAround(tokens[k].Start - 1) is { } title && DirectQuoteFinder.IsTitle(p.Text.Substring(title.Start, title.End - title.Start)));
    }

    // A reporting verb with its own subject inside a reported clause.
    private static (int Verb, Mention Mention)? InnerReport(ParagraphContext p, int from, int to)
    {
        var tokens = p.Tokens;
        for (var v = from + 1; v <= to; v++)
        {
            if (tokens[v].IsLowerCase && EnglishLexicon.IsClauseVerb(tokens[v].Text) && !p.InQuote(tokens[v].Start)
                && MentionReader.ReadBackward(p.Text, tokens, v, from) is { } inner && inner.First >= from && inner.Kind != MentionKind.Pronoun)
            {
                return (v, inner);
            }
        }

        return null;
    }
}
