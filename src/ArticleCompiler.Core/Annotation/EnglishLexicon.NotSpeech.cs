using System;
using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>The word lists of <see cref="ReportedSpeechForms.IsNoBareReport"/> and <see cref="ReportedSpeechForms.IsNoReport"/>: words that look like a report and are not.</summary>
internal static partial class EnglishLexicon
{
    // "maintain" is a verb of saying only with a clause ("maintained she was innocent"); with an
    // object it means keep ("maintained a lead", "maintains the title").
    private static readonly HashSet<string> KeepingVerbSet = new(StringComparer.Ordinal) { "maintain", "maintains", "maintained", "maintaining" };

    /// <summary>A reporting verb that, without "that", more often means keep ("maintained a lead").</summary>
    public static bool IsKeepingVerb(string word) => KeepingVerbSet.Contains(word);

    private static readonly HashSet<string> SubjectPronounSet = new(StringComparer.Ordinal) { "he", "she", "they", "it", "we", "I", "you", "there" };

    /// <summary>A pronoun that opens a clause as its subject ("she", "they").</summary>
    public static bool IsSubjectPronoun(string word) => SubjectPronounSet.Contains(word);

    // Reporting verbs spelt like nouns: "the report", "other estimates", "new details".
    private static readonly HashSet<string> NounLikeCueSet = new(StringComparer.Ordinal)
    {
        "report", "reports", "estimate", "estimates", "details", "claims", "claim", "notes", "note",
    };

    /// <summary>A reporting verb that is also a noun ("report", "estimates").</summary>
    public static bool IsNounLikeCue(string word) => NounLikeCueSet.Contains(word);

    // Verbs of belief: what they introduce is a thought, not words said ("she believes the plan will fail").
    private static readonly HashSet<string> BeliefVerbSet = new(StringComparer.Ordinal)
    {
        "believe", "believes", "believed", "think", "thinks", "thought", "fear", "fears", "worry", "worries",
    };

    /// <summary>A verb of belief ("believes", "thinks").</summary>
    public static bool IsBeliefVerb(string word) => BeliefVerbSet.Contains(word);

    // Reporting verbs that also make something: "added a new element". Not "wrote": PolNeAR marks what was
    // written ("wrote an op-ed urging ...") as its content.
    private static readonly HashSet<string> MakingVerbSet = new(StringComparer.Ordinal) { "add", "adds", "added" };

    /// <summary>A reporting verb that with an object makes something ("added" a new element).</summary>
    public static bool IsMakingVerb(string word) => MakingVerbSet.Contains(word);

    // Words that open no predicate after "CLAUSE, according to X,": a relative, a conjunction, a participle of
    // comparison or a number opening an appositive ("..., according to the union, one of ...").
    private static readonly HashSet<string> NoPredicateOpeningSet = new(StringComparer.Ordinal)
    {
        "who", "whom", "whose", "which", "where", "when", "but", "and", "or", "although", "though", "while", "including", "compared",
        "one", "two", "three", "four", "five", "director", "president", "chairman", "spokesman", "spokeswoman", "head",
    };

    /// <summary>A word after "CLAUSE, according to X," that opens no predicate of that clause ("who", "but", "one").</summary>
    public static bool IsNoPredicateOpening(string word) => NoPredicateOpeningSet.Contains(word);

    // What is told as a thing, not a hearer: "told stories of ...", "told the truth", "told a joke".
    private static readonly HashSet<string> ToldThingSet = new(StringComparer.Ordinal)
    {
        "story", "stories", "tale", "tales", "joke", "jokes", "truth", "lie", "lies", "news", "anecdote", "anecdotes", "details",
    };

    /// <summary>A noun for what is told rather than who hears it ("stories", "the truth").</summary>
    public static bool IsToldThing(string word) => ToldThingSet.Contains(word);
}
