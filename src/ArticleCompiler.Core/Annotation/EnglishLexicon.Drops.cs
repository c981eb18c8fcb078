using System;
using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

internal static partial class EnglishLexicon
{
    // What a pronoun's contraction adds: "he's said", "she'd told", "they've argued", "I'm told".
    private static readonly string[] ContractionSuffixes = { "'s", "\u2019s", "'d", "\u2019d", "'ve", "\u2019ve", "'ll", "\u2019ll", "'re", "\u2019re", "'m", "\u2019m" };

    /// <summary>
    /// The pronoun a contraction starts with ("He's" → "He", "they\u2019ve" → "they"), or null: the
    /// subject of "He's said he would ..." is "he", never a person called "He's".
    /// </summary>
    public static string? PronounOfContraction(string word)
    {
        foreach (var suffix in ContractionSuffixes)
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && word.Substring(0, word.Length - suffix.Length) is var pronoun && IsPronoun(pronoun))
            {
                return pronoun;
            }
        }

        return null;
    }

    // Capitalised words that open an adverbial phrase before a sentence's subject, beyond the
    // sentence words and adverbs: "Immediately after the vote, Roe issued a statement: ...".
    private static readonly HashSet<string> OpeningPhraseWordSet = new(StringComparer.Ordinal)
    {
        "Immediately", "Shortly", "Soon", "Following", "Afterward", "Afterwards", "Within", "Upon", "Once", "Last", "Minutes", "Hours", "Days",
    };

    /// <summary>A capitalised word that opens an adverbial phrase before the subject ("Immediately", "Shortly").</summary>
    public static bool IsOpeningPhraseWord(string word) => OpeningPhraseWordSet.Contains(word);

    // Words between the subject of an "as" clause and its verb: "As Roe had written, ...", "As Roe once put it".
    private static readonly HashSet<string> AsClauseVerbLeadSet = new(StringComparer.Ordinal) { "had", "has", "have", "once", "famously", "later", "memorably", "so", "aptly" };

    /// <summary>A word between "As Roe" and the verb of "As Roe had written, ..." ("had", "once", "famously").</summary>
    public static bool IsAsClauseVerbLead(string word) => AsClauseVerbLeadSet.Contains(word);

    // Verbs that name a source in "As Roe put it, ..." but report no clause of their own.
    private static readonly HashSet<string> SayingAsVerbSet = new(StringComparer.Ordinal) { "put", "puts", "written", "sang", "sings", "quipped", "joked", "observed", "remarked", "tweeted", "posted" };

    /// <summary>A verb of "As Roe put it, ..." that names the quote's source ("put", "written", "quipped").</summary>
    public static bool IsSayingAsVerb(string word) => SayingAsVerbSet.Contains(word);

    // Words that stand for a group of unnamed people as a subject: "Others argue that ...", "Some
    // said they would ...". Not "all" ("All told, ...") nor numbers.
    private static readonly HashSet<string> GroupQuantifierSet = new(StringComparer.OrdinalIgnoreCase) { "some", "others", "many", "most", "several", "both", "few" };

    /// <summary>A quantifier that is itself the subject, standing for unnamed people ("Others argue ...", "Many said ...").</summary>
    public static bool IsGroupQuantifier(string word) => GroupQuantifierSet.Contains(word);

    // The verbs a group named by a quantifier speaks with: "Others argue ...", not "Some estimated
    // tolls exceeded 100" (a determiner before an adjective).
    private static readonly HashSet<string> GroupSpeechVerbSet = new(StringComparer.Ordinal)
    {
        "say", "says", "said", "argue", "argues", "argued", "insist", "insists", "insisted", "contend", "contends", "contended",
        "warn", "warns", "warned", "claim", "claims", "claimed", "suggest", "suggests", "suggested", "told", "have", "had", "also",
    };

    /// <summary>A verb (or auxiliary) that lets a quantifier before it be a speaking group ("Others argue", "Some have said").</summary>
    public static bool IsGroupSpeechVerb(string word) => GroupSpeechVerbSet.Contains(word);
}
