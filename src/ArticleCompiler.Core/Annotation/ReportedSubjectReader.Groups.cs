using System;
using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Groups and counts as reporters ("officials said", "59 percent said", "three in 10 voters say"),
/// and whom a relative "who" stands for ("Republicans who say").
/// </summary>
internal static partial class ReportedSubjectReader
{
    private const int LongestGroup = 8;

    /// <summary>"The 6th Circuit overruled ...", "officials said": a group read forward up to a word that is plainly its verb.</summary>
    internal static Mention? GroupBeforeVerb(ParagraphContext p, int q, int to)
    {
        var tokens = p.Tokens;
        var j = q;
        while (j <= to && j < q + LongestGroup && IsGroupToken(tokens[j], participles: false))
        {
            j++;
        }

        if (j == q || j > to || !tokens[j - 1].IsWord || !tokens[j].IsLowerCase)
        {
            return null;
        }

        var verb = tokens[j].Text;
        var isVerb = verb.EndsWith("ed", StringComparison.Ordinal) || verb is "has" or "had" or "was" or "is" or "were" or "are" or "became" or "spoke" or "met" or "took" or "gave" or "went" or "made"
            || EnglishLexicon.IsReportingVerb(verb) || EnglishLexicon.IsPreVerbAdverb(verb);
        return isVerb ? Descriptor(p, q, j - 1) : null;
    }

    // A group or count that ends at 'end' and opens its clause: "59 percent", "a majority of the
    // voters", "three in 10 Republicans", "Trump fans".
    private static Mention? Group(ParagraphContext p, int end, int contentStart)
    {
        var tokens = p.Tokens;
        // "those surveyed said": a participle after "those" names the group.
        var polled = end - 1 >= contentStart && tokens[end - 1].IsWordLike("those");
        if (end < contentStart || !tokens[end].IsWord || (tokens[end].IsLowerCase && (EnglishLexicon.IsClauseWord(tokens[end].Text) || (!polled && tokens[end].Text.EndsWith("ed", StringComparison.Ordinal)))))
        {
            return null;
        }

        var start = end;
        // Read backward, a participle is an adjective of the group ("registered voters", "hacking specialists").
        while (start - 1 >= contentStart && start > end - LongestGroup && IsGroupToken(tokens[start - 1], participles: true))
        {
            start--;
        }

        // "But hacking specialists say": the sentence's opening word is no part of the group.
        while (start < end && (!tokens[start].IsWord || EnglishLexicon.IsCapitalisedSentenceWord(tokens[start].Text) || tokens[start].Text is "Yet" or "So" or "Now" or "Still"))
        {
            start++;
        }

        var lead = start - 1;
        var opens = start == contentStart
            || (lead >= 0 && (tokens[lead].Is(',') || tokens[lead].Is(';') || tokens[lead].Is(':') || IsDash(tokens[lead]) || EnglishLexicon.IsSubjectOpener(tokens[lead].Text) || EnglishLexicon.IsSubordinator(tokens[lead].Text) || tokens[lead].Text is "which" or "whom"));
        if (!opens || EnglishLexicon.IsNonSubjectLead(tokens[start].Text) || p.InQuote(tokens[start].Start))
        {
            return null;
        }

        return Descriptor(p, start, end);
    }

    // "who", "who've", "who’d": a relative pronoun whose verb may report.
    private static bool IsRelativeWho(string word) =>
        word == "who" || word.StartsWith("who'", StringComparison.Ordinal) || word.StartsWith("who\u2019", StringComparison.Ordinal);

    // The noun phrase "who" at 'who' stands for, anywhere in the sentence: a mention the reader reads, else the
    // group words before it back to a preposition or a clause word ("to Republicans who", "the 30 percent who").
    private static Mention? RelativeAntecedent(ParagraphContext p, int who, int contentStart)
    {
        var tokens = p.Tokens;
        if (who - 1 < contentStart || !tokens[who - 1].IsWord || p.InQuote(tokens[who - 1].Start))
        {
            return null;
        }

        if (MentionReader.ReadBackward(p.Text, tokens, who, contentStart) is { Kind: not MentionKind.Pronoun } mention && mention.Last == who - 1)
        {
            return mention;
        }

        var start = who - 1;
        while (start - 1 >= contentStart && start > who - LongestGroup && IsGroupToken(tokens[start - 1], participles: true)
            && !EnglishLexicon.IsNonSubjectLead(tokens[start - 1].Text) && tokens[start - 1].Text is not ("and" or "or" or "among" or "including"))
        {
            start--;
        }

        while (start < who - 1 && EnglishLexicon.IsCapitalisedSentenceWord(tokens[start].Text))
        {
            start++;
        }

        var head = tokens[who - 1];
        return head.IsLowerCase && (EnglishLexicon.IsClauseWord(head.Text) || EnglishLexicon.IsPronoun(head.Text) || head.Text.EndsWith("ly", StringComparison.Ordinal)) ? null : Descriptor(p, start, who - 1);
    }

    private static bool IsGroupToken(TextToken token, bool participles)
    {
        if (token.Is('%'))
        {
            return true;
        }

        if (!token.IsWord)
        {
            return false;
        }

        if (!token.IsLowerCase)
        {
            return true;
        }

        if (token.Text is "including" or "now" or "then" or "also" or "even")
        {
            return false;
        }

        return EnglishLexicon.IsGroupPhraseWord(token.Text)
            || (!EnglishLexicon.IsClauseWord(token.Text) && !EnglishLexicon.IsReportingVerb(token.Text) && !EnglishLexicon.IsPronoun(token.Text)
                && (participles || (!token.Text.EndsWith("ed", StringComparison.Ordinal) && !token.Text.EndsWith("ing", StringComparison.Ordinal))) && !token.Text.EndsWith("ly", StringComparison.Ordinal));
    }
}
