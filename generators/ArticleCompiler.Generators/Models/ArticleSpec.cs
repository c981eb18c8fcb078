using ArticleCompiler.Validation;
using ArticleCompiler.Model;

namespace ArticleCompiler.Generators.Models;

// What the emitter writes for one article: every name resolved and every value taken from the
// article. Values only (immutable and equatable), so unchanged articles are never emitted again.

/// <summary>One generated article: a static class holding its typed speaker and section sets and its value.</summary>
/// <remarks>
/// <see cref="Embedded"/> is the article's text when the build embeds it, so that the data can refer
/// to it. The data itself is written at emit time (<c>ArticleDataEncoder</c>): a spec holds each value once.
/// </remarks>
internal sealed record ArticleSpec(
    string Namespace,
    bool UseUtf8Data,
    EmbeddedText? Embedded,
    string ClassName,
    string RelativePath,
    string Id,
    string Title,
    string? Category,
    string? Source,
    string? Dateline,
    long? PublishedTicks,
    int PublishedOffsetMinutes,
    int? Revision,
    string? Url,
    EquatableArray<string> Authors,
    string Language,
    EquatableArray<string> Tags,
    EquatableArray<MetaEntry> Meta,
    EquatableArray<SpeakerSpec> Speakers,
    EquatableArray<SectionSpec> Sections,
    EquatableArray<QuoteSpec> Quotes);

/// <summary>A speaker and the property it becomes.</summary>
internal sealed record SpeakerSpec(
    string Key,
    string MemberName,
    string Name,
    string? Role,
    EquatableArray<string> Aliases,
    SpeakerKind Kind,
    int Line,
    int Column,
    SpeakerOrigin Origin = SpeakerOrigin.Article);

/// <summary>Where an article's speaker comes from, which decides how its data refers to it.</summary>
internal enum SpeakerOrigin
{
    /// <summary>The article's front matter alone: its values are in the article's data.</summary>
    Article = 0,

    /// <summary>A registry speaker the article quotes: the data names its key, and the runtime takes the registry's object.</summary>
    Registry = 1,

    /// <summary>The article's entry over a registry speaker: its values, and the key of the registry's object it overrides.</summary>
    Override = 2,
}

/// <summary>A section and the property it becomes.</summary>
internal sealed record SectionSpec(
    string Id,
    string MemberName,
    string? Heading,
    EquatableArray<string> Paragraphs,
    EquatableArray<AsideSpec> Asides,
    int Line,
    int Column);

/// <summary>An aside.</summary>
internal sealed record AsideSpec(AsideKind Kind, string Text, int Line, int Column);

/// <summary>A quote, pointing at its speaker and section by index.</summary>
internal sealed record QuoteSpec(
    string? Id,
    string Text,
    int SpeakerIndex,
    QuoteKind Kind,
    int SectionIndex,
    int ParagraphIndex,
    int Line,
    int Column);

/// <summary>The output of the per-article step: the spec to emit (if any) and the findings to report.</summary>
internal sealed record ArticleOutput(ArticleSpec? Spec, EquatableArray<FileFinding> Findings);

/// <summary>What the entry class is written from: the index, in the generated namespace.</summary>
internal sealed record IndexOutput(string Namespace, ArticleIndex Index);

/// <summary>
/// An article's spec with its values in the compact form the runtime decodes (see
/// <c>ArticleDataEncoder</c>): what a generated part holds. Written per article before the parts,
/// because which literals the parts use depends on the length of all the data.
/// </summary>
internal sealed record EncodedArticle(ArticleSpec Spec, string Data);
