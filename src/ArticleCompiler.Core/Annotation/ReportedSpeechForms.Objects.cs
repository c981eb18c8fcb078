using System;
using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Reports whose content is the verb's object: "reiterated his support for the plan", "denied the
/// charges", "tweeted a photograph of the crowd". The report runs to the end of the clause, with
/// the adverbials after the object ("recalled an incident at a cinema"), as PolNeAR reads it.
/// </summary>
internal static partial class ReportedSpeechForms
{
    // Whether the verb at 'verb' with the word at 'x' after it is no report of an object: an adjective ("under
    // repeated assault", "Trump's repeated accusations") or a verb with a time or manner after it ("tweeted Sunday",
    // "tweeted shortly after").
    private static bool IsNoObject(IReadOnlyList<TextToken> tokens, int verb, int x, int contentStart)
    {
        if (EnglishLexicon.IsTimeWord(tokens[x].Text) || EnglishLexicon.IsAdverbialOpener(tokens[x].Text))
        {
            return true;
        }

        if (verb - 1 < contentStart)
        {
            return false;
        }

        var before = tokens[verb - 1].Text;
        return EnglishLexicon.IsDeterminer(before) || EnglishLexicon.IsNonSubjectLead(before) || before is "under" or "his" or "her" or "their" or "its"
            || before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("\u2019s", StringComparison.Ordinal);
    }
}
