using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleCompiler.Annotation;

/// <summary>The word lists that end a reported clause (<see cref="ClauseReader"/>).</summary>
internal static partial class EnglishLexicon
{
    // Past verbs of a speech act that, after "and" or "but", are the reporter's next act, not the
    // report's: "said the plan would work and criticized the board", "but declined to name them".
    private static readonly HashSet<string> ReporterActSet = new(StringComparer.Ordinal)
    {
        "called", "criticized", "accused", "urged", "praised", "questioned", "chided", "declined", "refused", "denied", "dismissed",
        "blamed", "thanked", "asked", "repeated", "reiterated", "highlighted", "celebrated", "quoted", "mocked", "slammed", "attacked",
        "defended", "rejected", "invoked", "cited", "pressed",
    };

    // Participles of a speech act besides the reporting ones that, after a comma, are the reporter's:
    // "said the plan would work, joking that ...", ", urging voters to ...".
    private static readonly HashSet<string> ReporterParticipleSet = new(StringComparer.Ordinal)
    {
        "joking", "mocking", "urging", "quipping", "asking", "describing", "accusing", "blaming", "criticizing", "praising",
        "threatening", "questioning", "calling", "repeating", "echoing",
    };

    // Words that open the subject of a new clause after ", but": "..., but the board disagreed".
    private static readonly HashSet<string> SubjectLeadSet = new(StringComparer.Ordinal)
    {
        "the", "his", "her", "their", "its", "many", "some", "most",
    };

    // Verbs of telling, whose object (whom it was told to) stands between them and "that".
    private static readonly HashSet<string> TellVerbSet = new(StringComparer.Ordinal) { "told", "tells", "tell", "telling" };

    // Finite auxiliaries and modals: a clause never opens with one, so after a reporting word they
    // are the verb of the reporting word as a noun ("the report was ...").
    private static readonly HashSet<string> FiniteAuxiliarySet = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might", "must", "does", "did",
    };

    /// <summary>A finite auxiliary or modal ("was", "could").</summary>
    public static bool IsFiniteAuxiliary(string word) => FiniteAuxiliarySet.Contains(word);

    // Verbs and auxiliaries that carry a clause on after its subject: "the plan, which X backs, would fail":
    // the finite auxiliaries above (initialised first: same file, earlier) and their negations.
    private static readonly HashSet<string> FiniteVerbLeadSet = new(
        FiniteAuxiliarySet.Concat(new[]
        {
            "isn't", "wasn't", "won't", "wouldn't", "can't", "couldn't", "doesn't", "didn't",
            "isn\u2019t", "wasn\u2019t", "won\u2019t", "wouldn\u2019t", "can\u2019t", "couldn\u2019t", "doesn\u2019t", "didn\u2019t",
        }),
        StringComparer.Ordinal);

    /// <summary>A verb or auxiliary that continues a clause after its subject ("would", "is").</summary>
    public static bool IsFiniteVerbLead(string word) => FiniteVerbLeadSet.Contains(word);

    // Count words that open a subject of their own ("six in 10 said", "half of them say").
    private static readonly HashSet<string> CountWordSet = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "most", "many", "few", "some", "majorities", "majority",
    };

    /// <summary>A count word that opens a subject ("six in 10", "half of them").</summary>
    public static bool IsCountWord(string word) => CountWordSet.Contains(word);

    /// <summary>A verb of telling ("told", "telling"): whom it was told to is not the report.</summary>
    public static bool IsTellVerb(string word) => TellVerbSet.Contains(word);

    /// <summary>A past verb of a speech act that after "and"/"but" starts the reporter's next act ("and criticized").</summary>
    public static bool IsReporterAct(string word) => ReporterActSet.Contains(word);

    /// <summary>A participle that after a comma, "and" or "but" is the reporter's next speech act (", warning ...", ", joking ...").</summary>
    public static bool IsReporterParticiple(string word) => IsReportingParticiple(word) || ReporterParticipleSet.Contains(word);

    // Determiners and possessives that open a noun phrase: "announced his candidacy", "stressed those worries".
    private static readonly HashSet<string> NounPhraseOpenerSet = new(StringComparer.Ordinal)
    {
        "his", "her", "their", "its", "our", "my", "your", "the", "a", "an", "those", "these", "this", "no", "several",
    };

    /// <summary>A determiner or possessive that opens a noun phrase ("his", "those").</summary>
    public static bool IsNounPhraseOpener(string word) => NounPhraseOpenerSet.Contains(word);

    // Where or how something was said, after "in", "at", "on", "via": "in an interview", "at a rally", "on Twitter".
    private static readonly HashSet<string> SpeechOccasionSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "interview", "appearance", "statement", "tweet", "speech", "rally", "debate", "forum", "letter", "conference", "briefing", "post",
        "email", "broadcast", "hearing", "event", "meeting", "Twitter", "Facebook", "Instagram", "television", "radio", "podcast",
    };

    /// <summary>A word of the occasion of a saying ("interview", "rally", "Twitter").</summary>
    public static bool IsSpeechOccasion(string word) => SpeechOccasionSet.Contains(word);

    private static readonly HashSet<string> PossessiveSet = new(StringComparer.Ordinal) { "his", "her", "their", "its", "our", "my", "your" };

    /// <summary>A possessive determiner ("his", "their").</summary>
    public static bool IsPossessive(string word) => PossessiveSet.Contains(word);

    // Verbs whose object is the person addressed or blamed, the report following it: "warned the mayor not to ...".
    private static readonly HashSet<string> PersonObjectVerbSet = new(StringComparer.Ordinal)
    {
        "warned", "warns", "accused", "accuses", "urged", "urges", "asked", "asks", "reminded", "reminds", "assured", "assures",
    };

    /// <summary>A verb whose object is whom it was said to ("warned", "accused").</summary>
    public static bool IsPersonObjectVerb(string word) => PersonObjectVerbSet.Contains(word);

    // Words after a spaced hyphen or en dash that start the writer's aside or concession: "- though it is unclear ...", "- all of them ...".
    private static readonly HashSet<string> DashBreakSet = new(StringComparer.Ordinal) { "though", "although", "except", "all", "one" };

    /// <summary>A word after a spaced hyphen that ends the report before it ("though", "except").</summary>
    public static bool IsDashBreak(string word) => DashBreakSet.Contains(word);

    // Words that follow a verb and show it is one, not a plural noun: its object ("calls her", "chiding the media") or an
    // infinitive ("refuses to").
    private static readonly HashSet<string> ParallelObjectLeadSet = new(StringComparer.Ordinal)
    {
        "him", "her", "them", "it", "us", "me", "the", "a", "an", "his", "their", "its", "to",
    };

    /// <summary>A word that opens a verb's object or infinitive ("her", "the", "to").</summary>
    public static bool IsParallelObjectLead(string word) => ParallelObjectLeadSet.Contains(word);

    // The medium or go-between of a saying, which after "in", "on", "via" or "through" closes a sentence as the writer's
    // account of how it was said: "in an interview", "on Twitter", "through his lawyer".
    private static readonly HashSet<string> SayingMediumSet = new(StringComparer.Ordinal)
    {
        "interview", "statement", "tweet", "Twitter", "Facebook", "broadcast", "spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney",
    };

    /// <summary>The medium or go-between of a saying ("interview", "Twitter", "spokeswoman").</summary>
    public static bool IsSayingMedium(string word) => SayingMediumSet.Contains(word);

    /// <summary>A lower-case word that opens the subject of a new clause ("the", "many").</summary>
    public static bool IsSubjectLead(string word) => SubjectLeadSet.Contains(word);

    // Words that open a figure after ", while": "while only 9 percent", "while about half", "while nine in 10".
    private static readonly HashSet<string> ContrastFigureLeadSet = new(StringComparer.Ordinal)
    {
        "only", "about", "nearly", "almost", "just", "roughly", "fewer", "more", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "half", "most", "many", "few", "some",
    };

    /// <summary>A word that opens a figure after ", while" ("only", "nine", "half").</summary>
    public static bool IsContrastFigureLead(string word) => ContrastFigureLeadSet.Contains(word);

}
