using System;
using ArticleCompiler.Text;

namespace ArticleCompiler.Model;

// The article model. Every type here is an immutable record of values with structural
// equality (lists are EquatableArray): the generator's incremental cache compares them,
// so they must stay immutable and equatable. No Roslyn and no file-system types in here.

/// <summary>One article: its front matter, its speakers, its sections and every quote in document order.</summary>
public sealed record Article(
    ArticleMetadata Metadata,
    EquatableArray<Speaker> Speakers,
    EquatableArray<Section> Sections,
    EquatableArray<Quote> Quotes)
{
    /// <summary>The article id (front matter <c>id</c>).</summary>
    public string Id => Metadata.Id;

    /// <summary>The speaker with <paramref name="key"/>, or null.</summary>
    public Speaker? FindSpeaker(string key)
    {
        foreach (var speaker in Speakers)
        {
            if (string.Equals(speaker.Key, key, StringComparison.Ordinal))
            {
                return speaker;
            }
        }

        return null;
    }
}

/// <summary>The front matter's scalar and list fields. Absent optional fields are null or empty.</summary>
public sealed record ArticleMetadata(
    string Id,
    string Title,
    string? Category,
    string? Source,
    string? Dateline,
    string? Published,
    DateTimeOffset? PublishedDate,
    int? Revision,
    string? Url,
    EquatableArray<string> Authors,
    string Language,
    EquatableArray<string> Tags,
    EquatableArray<MetaEntry> Meta);

/// <summary>One entry of the free <c>meta</c> map, kept as a string.</summary>
public sealed record MetaEntry(string Key, string Value);

/// <summary>Whether a speaker is a person or an organisation.</summary>
public enum SpeakerKind
{
    /// <summary>A person (the default).</summary>
    Person,

    /// <summary>An organisation that speaks (a ministry, an agency, a company).</summary>
    Organization,
}

/// <summary>The fields a speaker entry writes out (the others take their defaults, or the registry's values).</summary>
[Flags]
public enum SpeakerFields
{
    /// <summary>No field.</summary>
    None = 0,

    /// <summary><c>name</c>.</summary>
    Name = 1,

    /// <summary><c>role</c>.</summary>
    Role = 2,

    /// <summary><c>aliases</c>.</summary>
    Aliases = 4,

    /// <summary><c>kind</c>.</summary>
    Kind = 8,

    /// <summary>Every field.</summary>
    All = Name | Role | Aliases | Kind,
}

/// <summary>
/// A speaker: declared in an article's front matter under <c>speakers</c>, or in a corpus registry
/// (<c>speakers.yaml</c>, see <see cref="Registry.SpeakerRegistry"/>). After resolution an article's
/// speakers are its own entries, the registry's entries it quotes, and its own entries that
/// override fields of a registry entry.
/// </summary>
/// <param name="Key">The speaker key blocks refer to (<c>@antonov</c>).</param>
/// <param name="Name">The full name; empty when the entry lacks it (a validation error unless the registry gives it).</param>
/// <param name="Role">The role or title, if given.</param>
/// <param name="Aliases">How the text refers to the speaker.</param>
/// <param name="Kind">Person or organisation.</param>
/// <param name="Span">Where the key stands: in the article's front matter, or in <see cref="RegistryPath"/>.</param>
public sealed record Speaker(
    string Key,
    string Name,
    string? Role,
    EquatableArray<string> Aliases,
    SpeakerKind Kind,
    SourceSpan Span)
{
    /// <summary>The fields the entry writes out; the others are defaults. Resolution fills the rest from the registry.</summary>
    public SpeakerFields Given { get; init; } = SpeakerFields.All;

    /// <summary>The registry file this entry stands in; null for an entry of the article's front matter.</summary>
    public string? RegistryPath { get; init; }

    /// <summary>The registry entry whose fields this article's entry overrides (a role that changed); null otherwise.</summary>
    public Speaker? Overrides { get; init; }
}

/// <summary>
/// A section: the implicit lead (id <c>lead</c>, no heading) or one started by a <c>## Heading</c>.
/// </summary>
/// <param name="Id">The explicit <c>{#id}</c> or the slug of the heading.</param>
/// <param name="Heading">The heading text, null for the lead.</param>
/// <param name="Span">The heading line; for the lead, its first block.</param>
/// <param name="Paragraphs">Body paragraphs in order.</param>
/// <param name="Asides">Fenced asides in order.</param>
public sealed record Section(
    string Id,
    string? Heading,
    SourceSpan Span,
    EquatableArray<Paragraph> Paragraphs,
    EquatableArray<Aside> Asides)
{
    /// <summary>The id of the implicit section that holds the paragraphs before the first heading.</summary>
    public const string LeadId = "lead";

    /// <summary>Whether this is the implicit lead section.</summary>
    public bool IsLead => Heading is null;
}

/// <summary>A body paragraph: the article's own words, annotations removed, quote marks kept.</summary>
public sealed record Paragraph(string Text, SourceSpan Span);

/// <summary>How a quote renders the speaker's words.</summary>
public enum QuoteKind
{
    /// <summary>The speaker's own words, as a full statement.</summary>
    Direct,

    /// <summary>A fragment of the speaker's own words inside the writer's sentence.</summary>
    Partial,

    /// <summary>Reported (indirect) speech: the writer's paraphrase.</summary>
    Indirect,
}

/// <summary>A quote attributed to a speaker by an attribute block.</summary>
/// <param name="Id">The stable <c>#id</c>, if given.</param>
/// <param name="Text">The quoted words: between the marks (or brackets), trimmed, one trailing comma dropped.</param>
/// <param name="SpeakerKey">The key after <c>@</c>.</param>
/// <param name="Kind">Direct, partial or indirect.</param>
/// <param name="SectionId">The section the quote starts in.</param>
/// <param name="ParagraphIndex">The index, within its section, of the paragraph the quote starts in.</param>
/// <param name="Span">From the opening mark or bracket to the end of the attribute block.</param>
/// <param name="SpeakerSpan">The <c>@key</c> inside the block.</param>
public sealed record Quote(
    string? Id,
    string Text,
    string SpeakerKey,
    QuoteKind Kind,
    string SectionId,
    int ParagraphIndex,
    SourceSpan Span,
    SourceSpan SpeakerSpan);

/// <summary>The kind of a fenced aside.</summary>
public enum AsideKind
{
    /// <summary>Read-more links and embedded related headlines.</summary>
    Related,

    /// <summary>Photo credits and captions.</summary>
    Caption,

    /// <summary>A box or side note.</summary>
    Aside,

    /// <summary>Trailers such as "Discuss".</summary>
    Footer,
}

/// <summary>Text kept beside the body (not body text; quotes are not looked for in it).</summary>
public sealed record Aside(AsideKind Kind, string Text, string SectionId, SourceSpan Span);
