using System;
using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>The word lists of <see cref="ReportedSpeechForms.IsSceneSetting"/> and <see cref="ReportedSpeechForms.IsEditorialNote"/>.</summary>
internal static partial class EnglishLexicon
{
    // Prepositions that open where, when or how someone spoke: "In an interview, Roe said, ...", "At the rally,
    // Roe said, ...", "Asked about the plan, Roe said, ...". Not the subordinators ("While prices rose, she said,
    // ...", "As for the plan, ..."), nor "after" and "before", which open a clause as often ("After the vote ended, she
    // said, ..."): their clause is part of what was said.
    private static readonly HashSet<string> ScenePrepositionSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "during", "following", "amid", "ahead", "asked", "speaking", "writing", "later", "earlier",
    };

    /// <summary>A preposition or participle that opens the scene of a speaking ("In an interview", "At a rally", "Asked about").</summary>
    public static bool IsScenePreposition(string word) => ScenePrepositionSet.Contains(word);

    // The labels of a newsroom's own notes before a colon: "CORRECTION:", "Editor's Note:", "UPDATE:", "EMAIL:".
    private static readonly HashSet<string> EditorialLabelSet = new(StringComparer.Ordinal)
    {
        "correction", "corrections", "clarification", "update", "updated", "note", "email", "e-mail", "previously", "abstract",
    };

    /// <summary>The label of a newsroom's note before a colon ("correction", "note", "update"), lower-cased.</summary>
    public static bool IsEditorialLabel(string word) => EditorialLabelSet.Contains(word);
}
