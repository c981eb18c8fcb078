using System;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Words that look like a report but are not one: a verb of saying used in another sense
/// ("maintained a lead", "added another facet"), a noun of the same spelling ("the October report
/// exceeded ..."), a belief, a report inside a quotation, an aside after the verb, a tally after a colon.
/// </summary>
internal static partial class ReportedSpeechForms
{
    /// <summary>
    /// Whether the reporting word at <paramref name="verb"/> reports nothing, with or without "that": a verb
    /// of belief ("believes", "thinks") introduces a thought, not words said. ("that" followed by a verb, as
    /// in "a report that could raise ...", was tried as a relative pronoun and dropped: "said that was a
    /// mistake" is a report whose subject is "that".)
    /// </summary>
    public static bool IsNoReport(ParagraphContext p, int verb) => EnglishLexicon.IsBeliefVerb(p.Tokens[verb].Text);

    /// <summary>
    /// Whether the words at <paramref name="x"/>, after the reporting word at <paramref name="verb"/>
    /// with no "that" between them, are no reported clause: "maintained a lead" (keeping, not
    /// saying: only "maintained (that) she ..." with a pronoun subject reports), "The October report
    /// exceeded ..." and "a new report compares ..." (the word is a noun and what follows its verb).
    /// </summary>
    public static bool IsNoBareReport(ParagraphContext p, int verb, int x)
    {
        var tokens = p.Tokens;
        var word = tokens[verb].Text;
        var next = tokens[x].Text;
        if (EnglishLexicon.IsKeepingVerb(word) && !EnglishLexicon.IsSubjectPronoun(next))
        {
            return true;
        }

        // "added another facet to his job", "added one more name to the list", "promises add up to ...": "add"
        // with an object makes something; its clause opens with a subject, not an article or a quantity.
        if (EnglishLexicon.IsMakingVerb(word) && (next is "up" or "a" or "an" or "another" or "one" or "two" or "three" or "several" or "more" or "new" || char.IsDigit(next[0])))
        {
            return true;
        }

        // "Supporters would argue — and she presumably believes — ...": an aside opens, not the clause.
        if (ReportedSubjectReader.IsDash(tokens[x]) || tokens[x].Is('('))
        {
            return true;
        }

        // "The AP's report compares ...", "Other estimates put ...": a noun after a determiner or a possessive;
        // "The jobs report has cleared ...": a clause opens with its subject, so an auxiliary right after the word
        // is the verb whose subject the word itself is (not after a name: "which the Tax Foundation estimates would cost").
        if (!EnglishLexicon.IsNounLikeCue(word) || verb - 1 < 0)
        {
            return false;
        }

        var before = tokens[verb - 1];
        return IsNounModifier(before) || (before.IsLowerCase && !EnglishLexicon.IsPronoun(before.Text) && before.Text is not ("which" or "that" or "who" or "whom")
            && tokens[x].IsLowerCase && EnglishLexicon.IsFiniteAuxiliary(next));
    }

    /// <summary>
    /// Whether the reporting verb at <paramref name="verb"/> stands inside a quotation: '"Roe says the
    /// clinic will close, but we know better," Doe said' is Doe's quotation, and the report inside it is
    /// part of it, not a quote of its own. A name introduced by "as" ('"As Roe said in May, ..."') still
    /// reports: the speaker cites someone else's words as such.
    /// </summary>
    public static bool IsInsideQuotation(ParagraphContext p, int verb, Mention mention)
    {
        if (!p.InQuote(p.Tokens[verb].Start))
        {
            return false;
        }

        return mention.Kind != MentionKind.Name || mention.First == 0 || !p.Tokens[mention.First - 1].Text.Equals("as", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether the words from <paramref name="from"/> after "CLAUSE, according to X," say who or what X is, not what
    /// X said: "..., according to the Harbour Board, the body that runs the port.", "..., according to Jane Roe, the
    /// mayor's deputy, ...". A noun phrase opening with "the" or a possessive, with no verb before the next comma or
    /// the end of the sentence, names the source when the words before the cue (from <paramref name="openingStart"/>
    /// to <paramref name="openingEnd"/>) hold a verb of their own: they are the whole report. ("About 10 p.m., according
    /// to X, the guards left ...": the time before the cue has no verb, the words after it are the predicate.)
    /// </summary>
    public static bool IsAppositionAhead(System.Collections.Generic.IReadOnlyList<TextToken> tokens, int openingStart, int openingEnd, int from, int sentenceEnd)
    {
        var k = from;
        while (k < from + 3 && k <= sentenceEnd && tokens[k].IsCapitalised && !IsPossessive(tokens[k].Text))
        {
            k++;
        }

        if (!(tokens[from].Text is "the" or "The" || (k <= sentenceEnd && IsPossessive(tokens[k].Text))))
        {
            return false;
        }

        var end = from + 1;
        while (end <= sentenceEnd && !tokens[end].Is(',') && !ClauseReader.IsSentenceEnd(tokens[end]))
        {
            end++;
        }

        return !HasVerbSign(tokens, from + 1, end - 1) && HasVerbSign(tokens, openingStart, openingEnd);
    }

    /// <summary>
    /// Whether the words from <paramref name="x"/> to <paramref name="last"/> after "told" at <paramref name="verb"/>
    /// are only whom it was told to: "..., the harbour master told a council committee on Tuesday.", "X told his
    /// staff as the ferry left", "X told the crowd, to loud cheers: ...". What was told is elsewhere (the clause before,
    /// or after a colon); a short noun phrase with no verb up to the end, a comma or a subordinate clause is the hearer.
    /// Not before a quotation, nor with a verb ("told reporters she would stay", "told Roe not to worry"), nor a thing
    /// told ("told stories of ...", "told the truth"): that is the report.
    /// </summary>
    public static bool IsHearerOnly(ParagraphContext p, int verb, int x, int last)
    {
        var tokens = p.Tokens;
        if (tokens[verb].Text is not ("told" or "tells") || !tokens[x].IsWord)
        {
            return false;
        }

        var end = x;
        while (end + 1 <= last && !(tokens[end + 1].IsLowerCase && EnglishLexicon.IsSubordinator(tokens[end + 1].Text)) && !tokens[end + 1].Is(',') && !tokens[end + 1].Is(':'))
        {
            if (p.InQuote(tokens[end + 1].Start) || ReportedSubjectReader.IsQuoteMark(tokens[end + 1]))
            {
                return false;
            }

            end++;
        }

        if (end - x >= 5)
        {
            return false;
        }

        for (var i = x; i <= end; i++)
        {
            var word = tokens[i].Text;
            if (EnglishLexicon.IsToldThing(word) || word is "to" or "not" || EnglishLexicon.PronounOfContraction(word) is not null)
            {
                return false;
            }
        }

        return !HasVerbSign(tokens, x, end);
    }

    /// <summary>
    /// Whether the report at <paramref name="verb"/> is in a question the writer (or an interviewer) asks: "Would you
    /// say the ferry could run all winter?", "Does a mayor ever say the wrong thing?", "Who told you the ferry would
    /// close?". The sentence ends with a question mark outside quotation marks and the verb is the bare "say" of a
    /// question, or its subject is "who" or "you": what follows is asked about, not said. (Not "tell": "What can
    /// the figures tell us about the vote?" names a source PolNeAR marks.)
    /// </summary>
    public static bool IsWritersQuestion(ParagraphContext p, int verb, int sentenceEnd, Mention mention)
    {
        var tokens = p.Tokens;
        var last = sentenceEnd;
        while (last > verb && ReportedSubjectReader.IsQuoteMark(tokens[last]) && !p.InQuote(tokens[last].Start - 1))
        {
            last--;
        }

        if (!tokens[last].Is('?') || p.InQuote(tokens[last].Start))
        {
            return false;
        }

        var head = tokens[mention.First].Text;
        return tokens[verb].Text == "say" || head is "Who" or "who" or "you" or "You";
    }

    // Whether a lower-case word between first and last shows a verb: an auxiliary, a subject pronoun, a verb of saying,
    // a relative or a past form ("would", "she", "told", "that", "announced").
    private static bool HasVerbSign(System.Collections.Generic.IReadOnlyList<TextToken> tokens, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            var word = tokens[i].Text;
            if (tokens[i].IsLowerCase && (EnglishLexicon.IsFiniteVerbLead(word) || EnglishLexicon.IsSubjectPronoun(word) || EnglishLexicon.IsReportingVerb(word)
                || word is "that" or "who" or "which" || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal);

    // Whether the words after a name and a colon are spoken: a tally ("Jane Roe: 1,769.") or a list of
    // names ("Ohio: Jane Roe, John Doe, ...") has no lower-case word but "and".
    private static bool IsSpokenTurn(System.Collections.Generic.IReadOnlyList<TextToken> tokens, int from)
    {
        for (var i = from; i < tokens.Count; i++)
        {
            if (tokens[i].IsLowerCase && tokens[i].IsWord && tokens[i].Text is not ("and" or "of"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNounModifier(TextToken token) =>
        token.IsWord && (EnglishLexicon.IsDeterminer(token.Text) || token.Text.ToLowerInvariant() is "new" or "other" or "latest" or "this" or "these" or "those" || token.Text == "news"
            || token.Text.EndsWith("'s", StringComparison.Ordinal) || token.Text.EndsWith("’s", StringComparison.Ordinal));
}
