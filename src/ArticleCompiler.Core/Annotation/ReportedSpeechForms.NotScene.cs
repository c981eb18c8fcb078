using System;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Words around a cue that are no reported statement: an adverbial that only sets the scene of the
/// speaking before a quotation ("At a rally on Monday, Roe said, \"...\"").
/// </summary>
internal static partial class ReportedSpeechForms
{
    /// <summary>
    /// Whether the words from <paramref name="first"/> to <paramref name="last"/> before ", X said," open with a
    /// preposition or a participle of the scene ("In an interview on Tuesday", "At the rally", "Asked about the
    /// plan", "Holding up a book"): they say when or how X spoke, not what X said. Not a subordinator: "While
    /// prices rose, he said, \"...\"" is the speaker's own clause (PolNeAR train: dropping those lost matches).
    /// </summary>
    public static bool IsSceneSetting(ParagraphContext p, int first, int last)
    {
        var tokens = p.Tokens;
        if (first < last && tokens[first].Text is "But" or "And" or "So")
        {
            first++;
        }

        var word = tokens[first].Text;
        return first <= last && tokens[first].IsWord && (EnglishLexicon.IsScenePreposition(word)
            || (tokens[first].IsCapitalised && word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Whether the speaker is the paper's own note: a label before a colon ("CORRECTION: ...", "Editor's Note: ...",
    /// "UPDATE: ...", "EMAIL: ...") or the story itself ("This story has been updated to note that ...",
    /// "An earlier version of this story said ..."). The newsroom corrects or points to its text; nobody is quoted.
    /// </summary>
    public static bool IsEditorialNote(ParagraphContext p, Mention mention)
    {
        if (mention.Kind == MentionKind.Pronoun)
        {
            return false;
        }

        var head = mention.Head.ToLowerInvariant();
        if (head == "story")
        {
            return true;
        }

        return mention.Last + 1 < p.Tokens.Count && p.Tokens[mention.Last + 1].Is(':') && EnglishLexicon.IsEditorialLabel(head);
    }
}
