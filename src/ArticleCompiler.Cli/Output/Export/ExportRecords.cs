using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
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

/// <summary>What a column holds, as a typed format (Parquet) declares it; JSON and CSV write each as they always have.</summary>
internal enum ColumnType
{
    /// <summary>Text, or null.</summary>
    Text,

    /// <summary>A 32-bit integer, or null (a count or a position is never null: <see cref="Column.Required"/>).</summary>
    Integer,

    /// <summary>An instant (an ISO 8601 date or date-time, as UTC), or null; JSON and CSV write the text as given.</summary>
    Date,

    /// <summary>A list of texts (never null, maybe empty).</summary>
    TextList,
}

/// <summary>
/// One column of a record kind. <paramref name="nested"/> is false for the columns an article
/// written whole leaves out: its counts (it holds the lists themselves), and in its speakers,
/// sections and quotes the columns that name the article they are in. <paramref name="required"/>:
/// the column is never null (a count or a position worked out by the export).
/// </summary>
internal sealed class Column(string name, ColumnType type = ColumnType.Text, bool nested = true, bool required = false)
{
    public string Name { get; } = name;

    public ColumnType Type { get; } = type;

    public bool Required { get; } = required;

    /// <summary>The name as JSON writes it, encoded once.</summary>
    public JsonEncodedText Json { get; } = JsonEncodedText.Encode(name, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    public bool Nested { get; } = nested;
}

/// <summary>Where a row's fields go, in column order: a JSON object or a CSV line.</summary>
internal interface IRowSink
{
    void Text(Column column, string? value);

    void Number(Column column, int? value);

    /// <summary>A date as written (<paramref name="text"/>) and as read (<paramref name="value"/>, null when it is not a valid date).</summary>
    void Date(Column column, string? text, DateTimeOffset? value);

    void List(Column column, EquatableArray<string> values);

    /// <summary>A row starts (a record kind's rows follow each other).</summary>
    void StartRow();

    void EndRow();
}

/// <summary>
/// The rows every format renders, with their columns in a fixed order (docs/export.md): JSON and
/// JSON Lines write them as objects, CSV as lines. One article file gives one article row.
/// </summary>
internal static class ExportRecords
{
    private static readonly Column ArticleId = new("article_id", nested: false);
    private static readonly Column ArticleRevision = new("article_revision", ColumnType.Integer, nested: false);
    private static readonly Column Id = new("id");
    private static readonly Column Revision = new("revision", ColumnType.Integer);
    private static readonly Column Title = new("title");
    private static readonly Column Category = new("category");
    private static readonly Column Source = new("source");
    private static readonly Column Dateline = new("dateline");
    private static readonly Column Published = new("published", ColumnType.Date);
    private static readonly Column Language = new("language");
    private static readonly Column Url = new("url");
    private static readonly Column ArticleFile = new("file");
    private static readonly Column SpeakerCount = new("speakers", ColumnType.Integer, nested: false, required: true);
    private static readonly Column SectionCount = new("sections", ColumnType.Integer, nested: false, required: true);
    private static readonly Column QuoteCount = new("quotes", ColumnType.Integer, nested: false, required: true);
    private static readonly Column Key = new("key");
    private static readonly Column Name = new("name");
    private static readonly Column Role = new("role");
    private static readonly Column Kind = new("kind");
    private static readonly Column Aliases = new("aliases", ColumnType.TextList);
    private static readonly Column Quotes = new("quotes", ColumnType.Integer, required: true);
    private static readonly Column Registry = new("registry");
    private static readonly Column Heading = new("heading");
    private static readonly Column Position = new("position", ColumnType.Integer, required: true);
    private static readonly Column Paragraphs = new("paragraphs", ColumnType.Integer, required: true);
    private static readonly Column QuoteId = new("quote_id");
    private static readonly Column SectionId = new("section_id");
    private static readonly Column Paragraph = new("paragraph", ColumnType.Integer, required: true);
    private static readonly Column SpeakerKey = new("speaker");
    private static readonly Column SpeakerName = new("speaker_name");
    private static readonly Column SpeakerRole = new("speaker_role");
    private static readonly Column Text = new("text");
    private static readonly Column QuoteFile = new("file", nested: false);
    private static readonly Column Line = new("line", ColumnType.Integer, required: true);
    private static readonly Column ColumnNumber = new("column", ColumnType.Integer, required: true);

    private static readonly Dictionary<RecordKind, Column[]> ColumnsOf = new()
    {
        [RecordKind.Articles] = new[] { Id, Revision, Title, Category, Source, Dateline, Published, Language, Url, ArticleFile, SpeakerCount, SectionCount, QuoteCount },
        [RecordKind.Speakers] = new[] { ArticleId, ArticleRevision, Key, Name, Role, Kind, Aliases, Quotes, Registry },
        [RecordKind.Sections] = new[] { ArticleId, ArticleRevision, Id, Heading, Position, Paragraphs, Quotes },
        [RecordKind.Quotes] = new[] { ArticleId, ArticleRevision, Position, QuoteId, SectionId, Paragraph, SpeakerKey, SpeakerName, SpeakerRole, Kind, Text, QuoteFile, Line, ColumnNumber },
    };

    /// <summary>The list names of an article written whole, in order, with the kind of their rows.</summary>
    public static readonly (JsonEncodedText Name, RecordKind Kind)[] Lists =
    {
        (SpeakerCount.Json, RecordKind.Speakers), (SectionCount.Json, RecordKind.Sections), (QuoteCount.Json, RecordKind.Quotes),
    };

    /// <summary>The column names of each record kind, in order (the CSV header; the methods below write them in this order).</summary>
    public static IReadOnlyList<string> Columns(RecordKind kind) => Array.ConvertAll(ColumnsOf[kind], c => c.Name);

    /// <summary>The columns of each record kind, in the order the methods below write them.</summary>
    public static IReadOnlyList<Column> Definitions(RecordKind kind) => ColumnsOf[kind];

    /// <summary>The rows of <paramref name="kind"/> for one article read from <paramref name="file"/>, into <paramref name="sink"/>.</summary>
    public static void Rows(RecordKind kind, Article article, string file, RegistryPaths registries, IRowSink sink)
    {
        switch (kind)
        {
            case RecordKind.Articles:
                sink.StartRow();
                Article(article, file, sink);
                sink.EndRow();
                break;
            case RecordKind.Speakers:
                for (var i = 0; i < article.Speakers.Count; i++)
                {
                    sink.StartRow();
                    Speaker(article, article.Speakers[i], registries, sink);
                    sink.EndRow();
                }

                break;
            case RecordKind.Sections:
                for (var i = 0; i < article.Sections.Count; i++)
                {
                    sink.StartRow();
                    Section(article, article.Sections[i], i, sink);
                    sink.EndRow();
                }

                break;
            default:
                for (var i = 0; i < article.Quotes.Count; i++)
                {
                    sink.StartRow();
                    Quote(article, article.Quotes[i], i, file, sink);
                    sink.EndRow();
                }

                break;
        }
    }

    public static void Article(Article article, string file, IRowSink sink)
    {
        var m = article.Metadata;
        sink.Text(Id, m.Id);
        sink.Number(Revision, m.Revision);
        sink.Text(Title, m.Title);
        sink.Text(Category, m.Category);
        sink.Text(Source, m.Source);
        sink.Text(Dateline, m.Dateline);
        sink.Date(Published, m.Published, m.PublishedDate);
        sink.Text(Language, m.Language);
        sink.Text(Url, m.Url);
        sink.Text(ArticleFile, file);
        sink.Number(SpeakerCount, article.Speakers.Count);
        sink.Number(SectionCount, article.Sections.Count);
        sink.Number(QuoteCount, article.Quotes.Count);
    }

    public static void Speaker(Article article, Speaker speaker, RegistryPaths registries, IRowSink sink)
    {
        var quotes = 0;
        for (var i = 0; i < article.Quotes.Count; i++)
        {
            quotes += article.Quotes[i].SpeakerKey == speaker.Key ? 1 : 0;
        }

        sink.Text(ArticleId, article.Id);
        sink.Number(ArticleRevision, article.Metadata.Revision);
        sink.Text(Key, speaker.Key);
        sink.Text(Name, speaker.Name);
        sink.Text(Role, speaker.Role);
        sink.Text(Kind, speaker.Kind == SpeakerKind.Organization ? "organization" : "person");
        sink.List(Aliases, speaker.Aliases);
        sink.Number(Quotes, quotes);
        sink.Text(Registry, (speaker.Overrides ?? speaker).RegistryPath is { } registry ? registries.Display(registry) : null);
    }

    public static void Section(Article article, Section section, int index, IRowSink sink)
    {
        var quotes = 0;
        for (var i = 0; i < article.Quotes.Count; i++)
        {
            quotes += article.Quotes[i].SectionId == section.Id ? 1 : 0;
        }

        sink.Text(ArticleId, article.Id);
        sink.Number(ArticleRevision, article.Metadata.Revision);
        sink.Text(Id, section.Id);
        sink.Text(Heading, section.Heading);
        sink.Number(Position, index + 1);
        sink.Number(Paragraphs, section.Paragraphs.Count);
        sink.Number(Quotes, quotes);
    }

    public static void Quote(Article article, Quote quote, int index, string file, IRowSink sink)
    {
        var speaker = article.FindSpeaker(quote.SpeakerKey);
        sink.Text(ArticleId, article.Id);
        sink.Number(ArticleRevision, article.Metadata.Revision);
        sink.Number(Position, index + 1);
        sink.Text(QuoteId, quote.Id);
        sink.Text(SectionId, quote.SectionId);
        sink.Number(Paragraph, quote.ParagraphIndex + 1);
        sink.Text(SpeakerKey, quote.SpeakerKey);
        sink.Text(SpeakerName, speaker?.Name);
        sink.Text(SpeakerRole, speaker?.Role);
        sink.Text(Kind, quote.Kind switch { QuoteKind.Direct => "direct", QuoteKind.Partial => "partial", _ => "indirect" });
        sink.Text(Text, quote.Text);
        sink.Text(QuoteFile, file);
        sink.Number(Line, quote.Span.Line);
        sink.Number(ColumnNumber, quote.Span.Column);
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

/// <summary>
/// Registry files as the registry column shows them (<see cref="Input.DisplayPaths.Of"/>),
/// each worked out once per export: the current folder is asked for once per registry, not once per speaker.
/// </summary>
internal sealed class RegistryPaths
{
    private readonly ConcurrentDictionary<string, string> _shown = new(StringComparer.Ordinal);

    public string Display(string fullPath) => _shown.GetOrAdd(fullPath, Input.DisplayPaths.Of);
}
