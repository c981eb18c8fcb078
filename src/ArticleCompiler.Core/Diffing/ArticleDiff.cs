using System.Collections.Generic;
using ArticleCompiler.Model;

namespace ArticleCompiler.Diffing;

/// <summary>
/// What changed between two revisions of an article, in editorial terms. Every output format
/// renders this one result.
/// </summary>
public sealed record ArticleDiff(
    IReadOnlyList<FieldChange> Metadata,
    IReadOnlyList<SpeakerChange> Speakers,
    IReadOnlyList<SectionChange> Sections,
    IReadOnlyList<QuoteChange> Quotes,
    IReadOnlyList<SentenceChange> Sentences)
{
    /// <summary>The old side's sections in document order, each with its counterpart among <see cref="NewSections"/>.</summary>
    public IReadOnlyList<SectionOutline> OldSections { get; init; } = System.Array.Empty<SectionOutline>();

    /// <summary>The new side's sections in document order, each with its counterpart among <see cref="OldSections"/>.</summary>
    public IReadOnlyList<SectionOutline> NewSections { get; init; } = System.Array.Empty<SectionOutline>();

    /// <summary>Whether anything changed (a sentence that is <c>unchanged</c> is not a change).</summary>
    public bool HasDifferences =>
        Metadata.Count + Speakers.Count + Sections.Count + Quotes.Count > 0
        || System.Linq.Enumerable.Any(Sentences, s => s.Operation != SentenceOperation.Unchanged);
}

/// <summary>A front-matter field whose value changed (null: absent on that side).</summary>
public sealed record FieldChange(string Field, string? Old, string? New);

/// <summary>How a speaker changed.</summary>
public enum SpeakerChangeKind
{
    /// <summary>Only in the new revision.</summary>
    Added,

    /// <summary>Only in the old revision.</summary>
    Removed,

    /// <summary>Same key, another name, role or kind.</summary>
    Changed,
}

/// <summary>A speaker added, removed or changed; <see cref="Fields"/> lists what changed.</summary>
public sealed record SpeakerChange(SpeakerChangeKind Change, string Key, Speaker? Old, Speaker? New, IReadOnlyList<FieldChange> Fields);

/// <summary>How a section changed.</summary>
public enum SectionChangeKind
{
    /// <summary>Only in the new revision.</summary>
    Added,

    /// <summary>Only in the old revision.</summary>
    Removed,

    /// <summary>Same content, another heading.</summary>
    Renamed,

    /// <summary>In another place among the sections.</summary>
    Moved,
}

/// <summary>A section added, removed, renamed or moved; indices count sections (the lead first) from 0.</summary>
public sealed record SectionChange(SectionChangeKind Change, string? OldId, string? NewId, string? OldHeading, string? NewHeading, int? OldIndex, int? NewIndex);

/// <summary>How a quote changed.</summary>
public enum QuoteChangeKind
{
    /// <summary>Only in the new revision.</summary>
    Added,

    /// <summary>Only in the old revision.</summary>
    Removed,

    /// <summary>Its words changed (serious for direct and partial quotes: quoted words must not change silently).</summary>
    Edited,

    /// <summary>The same words, given to another speaker.</summary>
    Reattributed,

    /// <summary>Direct, partial or indirect changed.</summary>
    KindChanged,

    /// <summary>Now in another section, or out of the order of the other quotes.</summary>
    Moved,
}

/// <summary>
/// One change to a quote. A quote that was both reworded and re-attributed has one change of each.
/// <see cref="Serious"/> marks changed words inside quote marks.
/// </summary>
public sealed record QuoteChange(
    QuoteChangeKind Change,
    Quote? Old,
    Quote? New,
    IReadOnlyList<WordChange> Words,
    bool Serious);

/// <summary>What happened to a sentence of the body.</summary>
public enum SentenceOperation
{
    /// <summary>The same text in the same order.</summary>
    Unchanged,

    /// <summary>Only in the new revision.</summary>
    Added,

    /// <summary>Only in the old revision.</summary>
    Removed,

    /// <summary>Reworded in place (or split in two, or two merged).</summary>
    Edited,

    /// <summary>In another place (possibly reworded too).</summary>
    Moved,
}

/// <summary>A side of a sentence change: the index of its (first) sentence in the body, from 0, its text and how many sentences it spans.</summary>
public sealed record SentenceSide(int Index, string Text, int Count)
{
    /// <summary>The index of its (first) sentence's section among the side's sections (<see cref="ArticleDiff.OldSections"/> or <see cref="ArticleDiff.NewSections"/>).</summary>
    public int Section { get; init; }

    /// <summary>The index of its (first) sentence's paragraph among the side's body paragraphs, from 0.</summary>
    public int Paragraph { get; init; }

    /// <summary>The quotes in its text, in order.</summary>
    public IReadOnlyList<QuoteMark> Quotes { get; init; } = System.Array.Empty<QuoteMark>();
}

/// <summary>One aligned sentence (or a split or merged pair); a side is null when the sentence is absent there.</summary>
public sealed record SentenceChange(SentenceOperation Operation, SentenceSide? Old, SentenceSide? New, IReadOnlyList<WordChange> Words);
