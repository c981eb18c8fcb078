using System;
using System.Collections.Generic;

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

    /// <summary>A past verb of a speech act that after "and"/"but" starts the reporter's next act ("and criticized").</summary>
    public static bool IsReporterAct(string word) => ReporterActSet.Contains(word);

    /// <summary>A participle that after a comma, "and" or "but" is the reporter's next speech act (", warning ...", ", joking ...").</summary>
    public static bool IsReporterParticiple(string word) => IsReportingParticiple(word) || ReporterParticipleSet.Contains(word);

    /// <summary>A lower-case word that opens the subject of a new clause ("the", "many").</summary>
    public static bool IsSubjectLead(string word) => SubjectLeadSet.Contains(word);
}
