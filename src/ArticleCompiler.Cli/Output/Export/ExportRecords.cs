using System;
using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Model;

namespace ArticleCompiler.Cli.Output.Export;

/// <summary>The kinds of records <c>artc export</c> writes.</summary>
internal enum RecordKind
{
    Articles,
    Speakers,
    Sections,
    Quotes,
}

/// <summary>One exported value: text, a whole number, or nothing.</summary>
internal readonly record struct Field(string Name, object? Value);

/// <summary>
/// The rows every format renders, with their columns in a fixed order (docs/export.md): JSON and
/// JSON Lines write them as objects, CSV as lines. One article file gives one article row.
/// </summary>
internal static class ExportRecords
{
    /// <summary>The columns of each record kind, in order.</summary>
    public static IReadOnlyList<string> Columns(RecordKind kind) => kind switch
    {
        RecordKind.Articles => new[] { "id", "revision", "title", "category", "source", "dateline", "published", "language", "url", "file", "speakers", "sections", "quotes" },
        RecordKind.Speakers => new[] { "article_id", "article_revision", "key", "name", "role", "kind", "aliases", "quotes", "registry" },
        RecordKind.Sections => new[] { "article_id", "article_revision", "id", "heading", "position", "paragraphs", "quotes" },
        _ => new[] { "article_id", "article_revision", "position", "quote_id", "section_id", "paragraph", "speaker_key", "speaker_name", "speaker_role", "kind", "text", "file", "line", "column" },
    };

    /// <summary>The rows of <paramref name="kind"/> for one article read from <paramref name="file"/>.</summary>
    public static IEnumerable<Field[]> Rows(RecordKind kind, Article article, string file) => kind switch
    {
        RecordKind.Articles => new[] { Article(article, file) },
        RecordKind.Speakers => article.Speakers.Select(s => Speaker(article, s)),
        RecordKind.Sections => article.Sections.Select((s, i) => Section(article, s, i)),
        _ => article.Quotes.Select((q, i) => Quote(article, q, i, file)),
    };

    public static Field[] Article(Article article, string file)
    {
        var m = article.Metadata;
        return new[]
        {
            new Field("id", m.Id), new Field("revision", m.Revision), new Field("title", m.Title), new Field("category", m.Category),
            new Field("source", m.Source), new Field("dateline", m.Dateline), new Field("published", m.Published), new Field("language", m.Language),
            new Field("url", m.Url), new Field("file", file), new Field("speakers", article.Speakers.Count), new Field("sections", article.Sections.Count),
            new Field("quotes", article.Quotes.Count),
        };
    }

    public static Field[] Speaker(Article article, Speaker speaker) => new[]
    {
        new Field("article_id", article.Id), new Field("article_revision", article.Metadata.Revision), new Field("key", speaker.Key),
        new Field("name", speaker.Name), new Field("role", speaker.Role), new Field("kind", speaker.Kind == SpeakerKind.Organization ? "organization" : "person"),
        new Field("aliases", speaker.Aliases.ToArray()), new Field("quotes", article.Quotes.Count(q => q.SpeakerKey == speaker.Key)),
        new Field("registry", (speaker.Overrides ?? speaker).RegistryPath is { } registry ? Input.DisplayPaths.Of(registry) : null),
    };

    public static Field[] Section(Article article, Section section, int index) => new[]
    {
        new Field("article_id", article.Id), new Field("article_revision", article.Metadata.Revision), new Field("id", section.Id),
        new Field("heading", section.Heading), new Field("position", index + 1), new Field("paragraphs", section.Paragraphs.Count),
        new Field("quotes", article.Quotes.Count(q => q.SectionId == section.Id)),
    };

    public static Field[] Quote(Article article, Quote quote, int index, string file)
    {
        var speaker = article.FindSpeaker(quote.SpeakerKey);
        return new[]
        {
            new Field("article_id", article.Id), new Field("article_revision", article.Metadata.Revision), new Field("position", index + 1),
            new Field("quote_id", quote.Id), new Field("section_id", quote.SectionId), new Field("paragraph", quote.ParagraphIndex + 1),
            new Field("speaker_key", quote.SpeakerKey), new Field("speaker_name", speaker?.Name), new Field("speaker_role", speaker?.Role),
            new Field("kind", quote.Kind.ToString().ToLowerInvariant()), new Field("text", quote.Text), new Field("file", file),
            new Field("line", quote.Span.Line), new Field("column", quote.Span.Column),
        };
    }

    /// <summary>The kind named on the command line.</summary>
    public static RecordKind? Parse(string? name) => name switch
    {
        null => null,
        "articles" => RecordKind.Articles,
        "speakers" => RecordKind.Speakers,
        "sections" => RecordKind.Sections,
        "quotes" => RecordKind.Quotes,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
