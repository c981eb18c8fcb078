using System;
using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>The words the speaker rules read: who a mention can be, and which pronoun fits whom.</summary>
internal static partial class EnglishLexicon
{
    // "one resident said", "another aide said", "two officials said": a quantity that opens a
    // description of someone the article does not name, as a determiner does.
    private static readonly HashSet<string> DescriptorQuantifierSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "one", "another", "two", "three", "several", "some", "many", "most", "other", "few",
    };

    /// <summary>A quantity that opens a description of a speaker ("one resident", "several aides").</summary>
    public static bool IsDescriptorQuantifier(string word) => DescriptorQuantifierSet.Contains(word);
}
