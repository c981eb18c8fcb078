using System;
using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Where a subject read up to its verb really ends: before the words that belong to the verb
/// ("Roe can", "The paper first", "Roe at the time", "The campaign would not") and before a verb and
/// the opening of its object read on by mistake ("The judge rubbed his", "The union filed a").
/// </summary>
internal static partial class MentionReader
{
    /// <summary>The last token of the subject that runs from <paramref name="first"/> to at most <paramref name="last"/>.</summary>
    public static int SubjectEnd(IReadOnlyList<TextToken> tokens, int first, int last)
    {
        var end = last;
        while (end > first && tokens[end].IsWord && tokens[end].IsLowerCase)
        {
            var word = tokens[end].Text;
            if (EnglishLexicon.IsSubjectTailWord(word))
            {
                end--;
            }
            else if (word == "time" && end - 2 > first && tokens[end - 1].Text == "the" && tokens[end - 2].Text == "at")
            {
                // "Roe at the time said".
                end -= 3;
            }
            else if (EnglishLexicon.IsObjectOpener(word) && end - 1 > first && IsPastVerb(tokens[end - 1]))
            {
                // "The union filed a": the verb and the word that opens its object.
                end -= 2;
            }
            else if (IsPastVerb(tokens[end]) && end - 1 > first && tokens[end - 1].Text is "has" or "had" or "have")
            {
                // "The candidate has bucked".
                end -= 2;
            }
            else if (IsPastVerb(tokens[end]) && end - 1 > first && tokens[end - 1].IsLowerCase && EnglishLexicon.IsSubjectTailWord(tokens[end - 1].Text))
            {
                // "The nurse later sued": an adverb marks the word after it as the verb.
                end--;
            }
            else
            {
                break;
            }
        }

        // "Roe on Thursday", "Roe earlier Thursday", "Roe a month later": a time between subject and verb.
        if (end - 1 > first && EnglishLexicon.IsTimeWord(tokens[end].Text) && tokens[end - 1].Text is "on" or "earlier" or "later" or "last" or "this" or "a")
        {
            end -= 2;
            while (end > first && tokens[end].IsLowerCase && EnglishLexicon.IsSubjectTailWord(tokens[end].Text))
            {
                end--;
            }
        }

        // Nothing but a determiner or a quantity left: the phrase was no subject with a tail.
        return end >= first && tokens[end].IsWord && !EnglishLexicon.IsObjectOpener(tokens[end].Text) ? end : last;
    }

    private static bool IsPastVerb(TextToken token) =>
        token.IsLowerCase && (EnglishLexicon.IsIrregularPast(token.Text) || (token.Text.Length > 3 && token.Text.EndsWith("ed", StringComparison.Ordinal)));
}
