using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleCompiler.Annotation;

/// <summary>
/// The forms of reported speech whose cue is not a finite verb before the content: "according to"
/// (before, inside or after the content), a cue after the content ("..., Roe said."), a transcript's
/// turn, promises, questions and appeals. The other parts: participles (".Participles"), what was
/// spoken of (".Topics"), the progressive (".Progressive"), nouns of speech (".Nouns"), "As X
/// reported, ..." (".AsCue").
/// </summary>
internal static partial class ReportedSpeechForms
{
    /// <summary>
    /// A transcript's turn: a paragraph that opens with its speaker's name and a colon ("TAPPER: And
    /// obviously ...", "Jane Roe: We ..."); the rest of the paragraph is what the speaker said.
    /// </summary>
    public static void TranscriptTurn(ParagraphContext p, List<PendingAttribution> found, List<(int First, int Last)> claims)
    {
        var tokens = p.Tokens;
        var colon = 0;
        while (colon < tokens.Count && colon < 5 && tokens[colon].IsWord && tokens[colon].IsCapitalised)
        {
            colon++;
        }

        if (colon == 0 || colon + 3 >= tokens.Count || !tokens[colon].Is(':') || !tokens[colon + 1].IsWord || p.InQuote(tokens[colon].Start))
        {
            return;
        }

        var label = p.Text.Substring(tokens[0].Start, tokens[colon - 1].End - tokens[0].Start);
        var transcript = colon == 1 ? label.Length > 1 && label.ToUpperInvariant() == label : colon >= 2;
        if (transcript && MentionReader.ReadForward(p.Text, tokens, 0, colon - 1) is { Kind: MentionKind.Name } mention && mention.Last == colon - 1
            && IsSpokenTurn(tokens, colon + 1) && ClauseReader.ClauseBetween(p, colon + 1, tokens.Count - 1) is { } turn)
        {
            ReportedSpeechFinder.Add(p, found, claims, turn, mention, 0.9);
        }
    }

    /// <summary>
    /// "According to X, CLAUSE.", "CLAUSE, according to X." and "The plan, according to X, would
    /// ..."; the speaker of the last one found, or null.
    /// </summary>
    public static Mention? AccordingTo(ParagraphContext p, int contentStart, int sentenceEnd, List<PendingAttribution> found, List<(int First, int Last)> claims)
    {
        var tokens = p.Tokens;
        Mention? last = null;
        for (var i = contentStart; i + 2 <= sentenceEnd; i++)
        {
            if (!tokens[i].IsWordLike("according") || !tokens[i + 1].IsWordLike("to") || p.InQuote(tokens[i].Start))
            {
                continue;
            }

            // Who is named runs to the next comma or the end of the sentence.
            var end = i + 2;
            while (end + 1 <= sentenceEnd && !tokens[end + 1].Is(',') && !ClauseReader.IsSentenceEnd(tokens[end + 1]) && !tokens[end + 1].Is('\u2014'))
            {
                end++;
            }

            // A long source ("an ABC News poll last week - virtually the same as ...") is named by its first words.
            var mention = ReportedSubjectReader.Phrase(p, i + 2, end) ?? MentionReader.ReadForward(p.Text, tokens, i + 2, end);
            if (mention is null)
            {
                continue;
            }

            (int Start, int End, int EndToken)? clause;
            if (i == contentStart || OpensAfterConnective(tokens, contentStart, i))
            {
                // According to X, CLAUSE.; "But according to X, CLAUSE."; "(According to X, CLAUSE.)"; "...: According to X, CLAUSE.".
                clause = end + 1 <= sentenceEnd && tokens[end + 1].Is(',') ? ClauseReader.ClauseFrom(p, end + 2, sentenceEnd) : null;
            }
            else if (tokens[i - 1].Is(',') && end + 1 <= sentenceEnd && tokens[end + 1].Is(',') && !ClauseReader.IsSentenceEnd(tokens[end + 1]) && IsClauseAhead(tokens, end + 2, sentenceEnd)
                && !IsAppositionAhead(tokens, contentStart, i - 1, end + 2, sentenceEnd))
            {
                // The plan, according to X, would ...: the words before the cue and after it.
                if (ClauseReader.ClauseBetween(p, contentStart, i - 1) is { } opening && ReportedSpeechFinder.Add(p, found, claims, opening, mention, 1.0))
                {
                    last = mention;
                }

                clause = ClauseReader.ClauseFrom(p, end + 2, sentenceEnd);
            }
            else if (tokens[i - 1].Is(',') || ReportedSubjectReader.IsDash(tokens[i - 1]) || (tokens[i - 1].IsWord && i - contentStart >= 4 && !HasReportingVerb(p, contentStart, i - 1)))
            {
                // CLAUSE, according to X.; "Roe leads by 200 delegates according to a count by ..."
                clause = ClauseReader.ClauseBetween(p, ClauseReader.ContentStartBefore(p, contentStart, i - 1), i - 1);
            }
            else
            {
                clause = null;
            }

            if (clause is { } c && ReportedSpeechFinder.Add(p, found, claims, c, mention, 1.0))
            {
                last = mention;
            }

            i = end;
        }

        return last;
    }

    /// <summary>"CLAUSE, X said." and "CLAUSE, said X." (then ", adding ..." is the participles'); the speaker, or null.</summary>
    public static Mention? VerbAfterContent(ParagraphContext p, int contentStart, int sentenceEnd, List<PendingAttribution> found, List<(int First, int Last)> claims)
    {
        var tokens = p.Tokens;
        if (contentStart < tokens.Count && tokens[contentStart].Text is "Asked" or "Pressed" or "Questioned")
        {
            // "Asked whether the pool would reopen, Roe said yes.": the question put to the speaker, not what was said.
            return null;
        }

        for (var comma = sentenceEnd; comma > contentStart + 2; comma--)
        {
            // 'Yet he is a "change agent," Roe said.': the comma inside the closing quotation ends the report.
            var closing = comma + 1 <= sentenceEnd && tokens[comma].Is(',') && p.InQuote(tokens[comma].Start) && ReportedSubjectReader.IsQuoteMark(tokens[comma + 1]) && !p.InQuote(tokens[comma + 1].End);
            if (!ClauseReader.IsClauseComma(tokens, comma) || (p.InQuote(tokens[comma].Start) && !closing))
            {
                continue;
            }

            var mention = TrailingAttribution(p, closing ? comma + 2 : comma + 1, sentenceEnd);
            if (mention is null)
            {
                continue;
            }

            return ClauseReader.ClauseBetween(p, ClauseReader.ContentStartBefore(p, contentStart, comma - 1), closing ? comma + 1 : comma - 1) is { } c && ReportedSpeechFinder.Add(p, found, claims, c, mention, 0.95) ? mention : null;
        }

        return null;
    }

    /// <summary>
    /// "Roe promised to build ...", "Roe vowed on Monday to ..." (the promise from "to"), and "Roe
    /// asked the board whether ..." (the question from "whether", "if" or a wh-word), for the subject before the verb.
    /// </summary>
    public static void PromisesAndQuestions(ParagraphContext p, int contentStart, int sentenceEnd, List<PendingAttribution> found, List<(int First, int Last)> claims)
    {
        var tokens = p.Tokens;
        for (var v = contentStart + 1; v + 2 <= sentenceEnd; v++)
        {
            var promise = EnglishLexicon.IsPromiseVerb(tokens[v].Text);
            var question = tokens[v].Text is "asked" or "asks";
            var described = EnglishLexicon.IsDescribingReport(tokens[v].Text);
            var appeal = EnglishLexicon.IsAppealVerb(tokens[v].Text);
            if ((!promise && !question && !described && !appeal) || p.InQuote(tokens[v].Start) || ReportedSpeechFinder.IsClaimed(claims, v))
            {
                continue;
            }

            if (described && Enumerable.Range(v + 1, sentenceEnd - v).Any(t => tokens[t].Is(':')))
            {
                // "described Day to the BBC: "...."": the words after the colon are what was said, the object is not.
                continue;
            }

            var x = v + 1;
            var about = -1;
            if (appeal)
            {
                // "urged the board (not) to act": the appeal is whom it was made to and what they were urged to do,
                // as a reader quotes it ("urged him to resign"); "urged that ..." is the clause after "that".
                if (tokens[x].Text == "that")
                {
                    x++;
                }
                else if (AppealInfinitive(tokens, x, sentenceEnd) is null)
                {
                    continue;
                }
            }
            else if (described)
            {
                // "Trump described the country as beset by ...", "cited a poll by ...": the object is the report.
                // "accused him of lying": the one accused is part of the accusation.
                var accused = tokens[v].Text is "accused" or "accuses";
                if (!tokens[x].IsWord || EnglishLexicon.IsClauseWord(tokens[x].Text) || EnglishLexicon.IsPronoun(tokens[x].Text) || (!accused && tokens[x].Text is "him" or "her" or "them" or "it")
                    || IsNoObject(tokens, v, x, contentStart))
                {
                    continue;
                }
            }
            else if (promise)
            {
                if (EnglishLexicon.IsTimeWord(tokens[x].Text) || tokens[x].Text is "again" or "repeatedly" or "today" or "yesterday")
                {
                    x++;
                }
                else if (x + 1 <= sentenceEnd && EnglishLexicon.IsTimeLead(tokens[x].Text) && EnglishLexicon.IsTimeWord(tokens[x + 1].Text))
                {
                    x += 2;
                }

                if (x > sentenceEnd || tokens[x].Text != "to")
                {
                    continue;
                }
            }
            else
            {
                while (x <= sentenceEnd && x <= v + 5 && tokens[x].IsWord && !EnglishLexicon.IsQuestionOpener(tokens[x].Text) && tokens[x].Text != "about")
                {
                    x++;
                }

                if (x <= sentenceEnd && tokens[x].Text == "about" && x > v + 1)
                {
                    // "asked the mayor about the budget": what the question was about, as "wrote about [...]" (Topics).
                    about = x + 1;
                }
                else if (x > sentenceEnd || !EnglishLexicon.IsQuestionOpener(tokens[x].Text))
                {
                    continue;
                }
            }

            var verbEnd = v;
            while (verbEnd - 1 >= contentStart && tokens[verbEnd - 1].IsLowerCase && EnglishLexicon.IsPreVerbAdverb(tokens[verbEnd - 1].Text))
            {
                verbEnd--;
            }

            if (verbEnd - 1 >= contentStart && EnglishLexicon.IsPassiveAuxiliary(tokens[verbEnd - 1].Text))
            {
                continue;
            }

            if (about > 0)
            {
                if (about <= sentenceEnd && tokens[about].IsWord && ReportedSubjectReader.Before(p, verbEnd, contentStart) is { } asker
                    && ClauseReader.ClauseBetween(p, about, TopicEnd(p, about, sentenceEnd), shortest: 1) is { } topic)
                {
                    ReportedSpeechFinder.Add(p, found, claims, topic, asker.Mention, 0.85 * asker.Factor);
                }
            }
            else if (ReportedSubjectReader.Before(p, verbEnd, contentStart) is { } subject && ClauseReader.ClauseFrom(p, x, sentenceEnd) is { } c)
            {
                ReportedSpeechFinder.Add(p, found, claims, c, subject.Mention, 0.9 * subject.Factor);
            }
        }
    }

    // Whether only a connective, its comma or an opening parenthesis stands before the "according to" at 'cue'
    // ("But according to the poll, ...", "And, according to Roe, ...", "(According to the police, ...") or a colon
    // ends the words before a capitalised "According": the cue opens the clause as at the sentence's start.
    private static bool OpensAfterConnective(IReadOnlyList<TextToken> tokens, int contentStart, int cue)
    {
        if (tokens[cue - 1].Is(':') && tokens[cue].IsCapitalised)
        {
            return true;
        }

        for (var t = contentStart; t < cue; t++)
        {
            if (!(tokens[t].Is(',') || tokens[t].Is('(') || EnglishLexicon.IsOpeningConnective(tokens[t].Text)))
            {
                return false;
            }
        }

        return true;
    }

    // Whether a reporting verb stands between 'from' and 'to' outside quotation marks: "Roe said A according to B" is
    // Roe's report, which ends before "according to" (ClauseReader), not all of it B's.
    private static bool HasReportingVerb(ParagraphContext p, int from, int to) =>
        Enumerable.Range(from, to - from + 1).Any(t => p.Tokens[t].IsLowerCase && EnglishLexicon.IsClauseVerb(p.Tokens[t].Text) && !p.InQuote(p.Tokens[t].Start));

    // ", X said." or ", said X." to the end of the sentence (or to ", adding ..."): the mention, or null.
    private static Mention? TrailingAttribution(ParagraphContext p, int start, int sentenceEnd)
    {
        var tokens = p.Tokens;
        Mention? mention;
        int after;
        if (start <= sentenceEnd && tokens[start].IsLowerCase && EnglishLexicon.IsReportingVerb(tokens[start].Text))
        {
            if (!EnglishLexicon.IsInvertedCue(tokens[start].Text))
            {
                // ", saying ..." reports what follows it; ", recounted the meeting" is no cue put before its speaker.
                return null;
            }

            mention = MentionReader.ReadForward(p.Text, tokens, start + 1, sentenceEnd);
            after = mention is null ? start : mention.Last + 1;
        }
        else
        {
            // ", officials said.", ", one longtime friend said.": a group when no name or descriptor is read.
            mention = MentionReader.ReadForward(p.Text, tokens, start, sentenceEnd) ?? ReportedSubjectReader.GroupBeforeVerb(p, start, sentenceEnd);
            if (mention is null)
            {
                return null;
            }

            // ", Comey has said.", ", she later added.": auxiliaries and adverbs before the verb. Not a belief
            // ("..., his aides believe."): a thought, as before its clause (ReportedSpeechForms.IsNoReport).
            var verb = ClauseReader.SkipToVerb(tokens, mention.Last + 1, sentenceEnd);
            if (verb > sentenceEnd || !EnglishLexicon.IsReportingVerb(tokens[verb].Text) || EnglishLexicon.IsBeliefVerb(tokens[verb].Text) || !tokens[verb].IsLowerCase || tokens[verb].Text.EndsWith("ing", StringComparison.Ordinal))
            {
                return null;
            }

            after = ClauseReader.SkipAfterVerb(tokens, verb, sentenceEnd, out _);
        }

        if (mention is null)
        {
            return null;
        }

        // Nothing but an adverbial may follow: "on Thursday", "in a statement"; not a quotation or a colon.
        var rest = after;
        while (rest <= sentenceEnd && !ClauseReader.IsSentenceEnd(tokens[rest]) && !tokens[rest].Is(',') && !tokens[rest].Is(':') && !ReportedSubjectReader.IsQuoteMark(tokens[rest]) && rest < after + 6)
        {
            if (tokens[rest].Text is "and" or "or")
            {
                // ", writes a weekly column and ...": a second predicate, not a cue.
                return null;
            }

            rest++;
        }

        if (rest > sentenceEnd || ClauseReader.IsSentenceEnd(tokens[rest]))
        {
            return mention;
        }

        // ", she said, adding ..." ends the cue; ", she said, "We ..." or ": ..." introduces other words.
        return tokens[rest].Is(',') && rest + 1 <= sentenceEnd && !ReportedSubjectReader.IsQuoteMark(tokens[rest + 1]) ? mention : null;
    }

    // Whether words of a clause follow (not just a closing quotation or an adverbial).
    // Not an apposition to the source (", according to Jane Roe, an analyst at ...").
    // "The plan, according to X, would ...": what follows the cue is the predicate the words before it lack. A relative
    // clause, a conjunct or an appositive ("..., according to the poll, which ...", "..., according to Roe, director
    // of ...") says more of the source or starts a new thought: the words before the cue are the whole report.
    private static bool IsClauseAhead(IReadOnlyList<TextToken> tokens, int from, int sentenceEnd) =>
        sentenceEnd - from >= 2 && tokens[from].IsWord && tokens[from].Text is not ("a" or "an" or "his" or "her" or "their" or "its") && !EnglishLexicon.IsNoPredicateOpening(tokens[from].Text)
        && !char.IsDigit(tokens[from].Text[0]);
}
