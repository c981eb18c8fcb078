using System;
using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Where a report ends at "and" before the reporter's next verb: a verb in the reporting verb's own form ("says he
/// respects her and calls her ...", "pledging reform and trying to ..."), or any past verb after a report that is a
/// noun phrase ("denied the charges and counter-accused her"); and where it ends before the medium of the saying that
/// closes the sentence ("in an interview with CNN on Sunday").
/// </summary>
internal static partial class ClauseReader
{
    // Whether the "and" at 'and' joins a second verb of the reporter's to the reporting verb before the report
    // that starts at x.
    private static bool ParallelVerb(ParagraphContext p, int x, int and, int sentenceEnd)
    {
        var tokens = p.Tokens;
        var verb = x >= 2 && tokens[x - 1].Text == "that" ? x - 2 : x - 1;
        if (verb < 0 || and + 2 > sentenceEnd || !tokens[verb].IsLowerCase || !tokens[and + 1].IsLowerCase || p.InQuote(tokens[and + 1].Start))
        {
            return false;
        }

        var reporting = tokens[verb].Text;
        var second = tokens[and + 1].Text;
        var objectFollows = EnglishLexicon.IsParallelObjectLead(tokens[and + 2].Text);

        // "says he respects her and calls her ...", "insists he will stay and refuses to ...": present tense, third person.
        if (ThirdPersonPresent(reporting) && ThirdPersonPresent(second) && objectFollows)
        {
            return true;
        }

        // "pledging reform and trying to ...", "stating that ... and chiding the media".
        if (Participle(reporting) && Participle(second) && objectFollows)
        {
            return true;
        }

        // "denied the charges and counter-accused her", "mentioned the network five times and seemed to blame it": after a
        // noun phrase, a past verb has the reporter as its subject. After "said" only when a pronoun opens the report ("said
        // he heard shots and suspected ..."), not "said the heat and unsettled weather could last": a subject whose verb is to come.
        if (verb == x - 1 && IsPastVerb(reporting) && (IsObjectVerb(tokens[verb]) || EnglishLexicon.IsPersonObjectVerb(reporting) || EnglishLexicon.IsSubjectPronoun(tokens[x].Text)) && (IsPastVerb(second) || second is "was" or "led" or "had" or "has") && !p.InQuote(tokens[x].Start))
        {
            for (var k = x + 1; k <= and; k++)
            {
                if (HasVerb(tokens[k], tokens[k - 1]) || p.InQuote(tokens[k].Start))
                {
                    return false;
                }
            }

            return OpensNounPhrase(tokens[x]) || tokens[x].IsLowerCase;
        }

        return false;
    }

    // A verb in the third person present: "says", "calls", "refuses", not "has", "is", "it's" or a word in "-ss" or "-us".
    private static bool ThirdPersonPresent(string word) =>
        word.Length > 3 && word.IndexOf('\'') < 0 && word.IndexOf('\u2019') < 0 && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal);

    // An "-ing" participle, not a preposition such as "including" or "during".
    private static bool Participle(string word) =>
        word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) && word is not ("including" or "according" or "during" or "following" or "regarding" or "concerning");

    // Whether the words from 'at' to the sentence's end are the occasion of the saying: "in an interview with CNN on
    // Sunday", "in a tweet", "via Facebook on Friday", "through his lawyer". Up to ten words, no verb among them.
    private static bool SayingOccasionToEnd(IReadOnlyList<TextToken> tokens, int at, int sentenceEnd)
    {
        if (tokens[at].Text is not ("in" or "on" or "via" or "through") || sentenceEnd - at > 10)
        {
            return false;
        }

        var occasion = false;
        for (var i = at + 1; i <= sentenceEnd; i++)
        {
            if (IsSentenceEnd(tokens[i]))
            {
                return occasion;
            }

            if (!tokens[i].IsWord || (tokens[i].IsLowerCase && (EnglishLexicon.IsFiniteVerbLead(tokens[i].Text) || tokens[i].Text is "that" or "who" or "which")))
            {
                return false;
            }

            occasion |= i <= at + 3 && EnglishLexicon.IsSayingMedium(tokens[i].Text);
        }

        return occasion;
    }
}
