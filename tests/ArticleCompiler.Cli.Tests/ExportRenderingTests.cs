using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArticleCompiler.Checking;
using ArticleCompiler.Cli.Input;
using ArticleCompiler.Cli.Output.Export;
using ArticleCompiler.Model;
using ArticleCompiler.Tests.Shared;
using ArticleCompiler.Validation;
using Xunit;

namespace ArticleCompiler.Cli.Tests;

/// <summary>
/// The export writers render articles apart (in the parallel workers) and write the bytes in order;
/// their output must be what a plain writer gives that builds each row as a list of named values
/// and writes the whole export on one thread.
/// </summary>
public class ExportRenderingTests
{
    private static readonly RecordKind?[] JsonLinesKinds = { null, RecordKind.Articles, RecordKind.Speakers, RecordKind.Sections, RecordKind.Quotes };

    public static TheoryData<string, int> Formats()
    {
        var data = new TheoryData<string, int>();
        foreach (var format in new[] { "json", "jsonl", "csv" })
        {
            for (var kind = 0; kind < JsonLinesKinds.Length; kind++)
            {
                if ((format == "json" && kind > 0) || (format == "csv" && kind == 0))
                {
                    continue;
                }

                data.Add(format, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void EveryFormatWritesTheSeedsAsAPlainOneThreadWriterDoes(string format, int kind)
    {
        // The seeds quote the registry's speakers (the registry column) and have every kind of quote.
        var articles = Seeds();
        var records = JsonLinesKinds[kind];

        var rendered = new MemoryStream();
        var writer = format switch
        {
            "json" => ExportWriter.Json(rendered),
            "jsonl" => ExportWriter.JsonLines(rendered, records),
            _ => ExportWriter.Csv(rendered, records!.Value),
        };
        foreach (var (path, article) in articles)
        {
            writer.Write(article, path);
        }

        writer.Complete();

        Assert.Equal(Reference.Render(format, records, articles), Encoding.UTF8.GetString(rendered.ToArray()));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void EveryRowHasTheColumnsOfTheCsvHeaderInItsOrder(int kindIndex)
    {
        var kind = JsonLinesKinds[kindIndex]!.Value;
        var rendered = new MemoryStream();
        var writer = ExportWriter.JsonLines(rendered, kind);
        foreach (var (path, article) in Seeds())
        {
            writer.Write(article, path);
        }

        writer.Complete();

        var lines = Encoding.UTF8.GetString(rendered.ToArray()).TrimEnd('\n').Split('\n');
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Equal(ExportRecords.Columns(kind), JsonDocument.Parse(line).RootElement.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public void AnEmptyExportIsAnEmptyArticlesDocument()
    {
        var rendered = new MemoryStream();
        var writer = ExportWriter.Json(rendered);
        writer.Complete();

        Assert.Equal(Reference.Render("json", null, new List<(string, Article)>()), Encoding.UTF8.GetString(rendered.ToArray()));
    }

    [Fact]
    public void ACorpusRenderedInParallelIsWrittenInFileOrder()
    {
        // Enough articles for both workers to render many each: every line must be the article of
        // its place in the file order, rendered as the plain writer renders it.
        using var corpus = new TempCorpus();
        var seed = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "seeds", "russia-us-syria.article.md"));
        for (var i = 0; i < 60; i++)
        {
            corpus.Write($"copy-{i:D3}.article.md", seed.Replace("id: russia-us-syria", $"id: copy-{i:D3}"));
        }

        var result = Artc.InProcess("export", corpus.Root, "--format", "jsonl", "--records", "speakers");

        Assert.Equal(0, result.ExitCode);
        var paths = Enumerable.Range(0, 60).Select(i => Path.Combine(corpus.Root, $"copy-{i:D3}.article.md")).ToList();
        var articles = Load(paths).ToList();
        var lines = result.Output.Split('\n');
        var file = JsonDocument.Parse(lines[0]).RootElement.GetProperty("article_id").GetString();
        Assert.Equal("copy-000", file);
        Assert.Equal(
            Reference.Render("jsonl", RecordKind.Speakers, articles.Select(a => (a.Path, a.Article)).ToList()),
            result.Output);
    }

    private static List<(string Path, Article Article)> Seeds()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "seeds");
        var files = Directory.GetFiles(folder, "*.article.md", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList();
        return Load(files.Append(Path.Combine(folder, "speakers.yaml")).ToList()).ToList();
    }

    private static IEnumerable<(string Path, Article Article)> Load(IReadOnlyList<string> files)
    {
        var check = new CorpusCheck(new DiskCorpusFiles(long.MaxValue), files, new ValidationOptions(DateTimeOffset.UtcNow));
        foreach (var path in check.Articles)
        {
            check.CheckArticle(path, out var article);
            yield return (path, article.Article!);
        }
    }

    /// <summary>The plain writer: every row a list of (name, value), written by one writer in order.</summary>
    private static class Reference
    {
        public static string Render(string format, RecordKind? records, IReadOnlyList<(string Path, Article Article)> articles)
        {
            var stream = new MemoryStream();
            var options = new JsonWriterOptions { Indented = format == "json", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            if (format == "csv")
            {
                var csv = new StringBuilder(string.Join(",", ExportRecords.Columns(records!.Value)) + "\r\n");
                foreach (var (path, article) in articles)
                {
                    foreach (var row in Rows(records.Value, article, path))
                    {
                        csv.Append(string.Join(",", row.Select(f => Cell(f.Value)))).Append("\r\n");
                    }
                }

                return csv.ToString();
            }

            if (format == "json")
            {
                using var json = new Utf8JsonWriter(stream, options);
                json.WriteStartObject();
                json.WriteStartArray("articles");
                foreach (var (path, article) in articles)
                {
                    WriteArticle(json, article, path);
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.Flush();
                return Encoding.UTF8.GetString(stream.ToArray());
            }

            var lines = new StringBuilder();
            foreach (var (path, article) in articles)
            {
                foreach (var row in records is { } kind ? Rows(kind, article, path) : new[] { Array.Empty<(string, object?)>() })
                {
                    var line = new MemoryStream();
                    using (var json = new Utf8JsonWriter(line, options))
                    {
                        if (records is null)
                        {
                            WriteArticle(json, article, path);
                        }
                        else
                        {
                            json.WriteStartObject();
                            WriteFields(json, row);
                            json.WriteEndObject();
                        }
                    }

                    lines.Append(Encoding.UTF8.GetString(line.ToArray())).Append('\n');
                }
            }

            return lines.ToString();
        }

        private static void WriteArticle(Utf8JsonWriter json, Article article, string file)
        {
            json.WriteStartObject();
            WriteFields(json, Rows(RecordKind.Articles, article, file).Single().Where(f => f.Name is not ("speakers" or "sections" or "quotes")));
            foreach (var (name, kind) in new[] { ("speakers", RecordKind.Speakers), ("sections", RecordKind.Sections), ("quotes", RecordKind.Quotes) })
            {
                json.WriteStartArray(name);
                foreach (var row in Rows(kind, article, file))
                {
                    json.WriteStartObject();
                    WriteFields(json, row.Where(f => f.Name is not ("article_id" or "article_revision" or "file")));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        private static void WriteFields(Utf8JsonWriter json, IEnumerable<(string Name, object? Value)> fields)
        {
            foreach (var (name, value) in fields)
            {
                switch (value)
                {
                    case null: json.WriteNull(name); break;
                    case int number: json.WriteNumber(name, number); break;
                    case string[] list:
                        json.WriteStartArray(name);
                        foreach (var item in list)
                        {
                            json.WriteStringValue(item);
                        }

                        json.WriteEndArray();
                        break;
                    default: json.WriteString(name, (string)value); break;
                }
            }
        }

        private static string Cell(object? value)
        {
            var text = value switch
            {
                null => string.Empty,
                int number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                string[] list => string.Join("; ", list),
                _ => (string)value,
            };
            return text.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";
        }

        private static IEnumerable<(string Name, object? Value)[]> Rows(RecordKind kind, Article article, string file)
        {
            var m = article.Metadata;
            switch (kind)
            {
                case RecordKind.Articles:
                    yield return new (string, object?)[]
                    {
                        ("id", m.Id), ("revision", m.Revision), ("title", m.Title), ("category", m.Category), ("source", m.Source), ("dateline", m.Dateline),
                        ("published", m.Published), ("language", m.Language), ("url", m.Url), ("file", file), ("speakers", article.Speakers.Count),
                        ("sections", article.Sections.Count), ("quotes", article.Quotes.Count),
                    };
                    break;
                case RecordKind.Speakers:
                    foreach (var s in article.Speakers)
                    {
                        yield return new (string, object?)[]
                        {
                            ("article_id", article.Id), ("article_revision", m.Revision), ("key", s.Key), ("name", s.Name), ("role", s.Role),
                            ("kind", s.Kind == SpeakerKind.Organization ? "organization" : "person"), ("aliases", s.Aliases.ToArray()),
                            ("quotes", article.Quotes.Count(q => q.SpeakerKey == s.Key)),
                            ("registry", (s.Overrides ?? s).RegistryPath is { } registry ? DisplayPaths.Of(registry) : null),
                        };
                    }

                    break;
                case RecordKind.Sections:
                    foreach (var (s, i) in article.Sections.Select((s, i) => (s, i)))
                    {
                        yield return new (string, object?)[]
                        {
                            ("article_id", article.Id), ("article_revision", m.Revision), ("id", s.Id), ("heading", s.Heading), ("position", i + 1),
                            ("paragraphs", s.Paragraphs.Count), ("quotes", article.Quotes.Count(q => q.SectionId == s.Id)),
                        };
                    }

                    break;
                default:
                    foreach (var (q, i) in article.Quotes.Select((q, i) => (q, i)))
                    {
                        var speaker = article.FindSpeaker(q.SpeakerKey);
                        yield return new (string, object?)[]
                        {
                            ("article_id", article.Id), ("article_revision", m.Revision), ("position", i + 1), ("quote_id", q.Id), ("section_id", q.SectionId),
                            ("paragraph", q.ParagraphIndex + 1), ("speaker", q.SpeakerKey), ("speaker_name", speaker?.Name), ("speaker_role", speaker?.Role),
                            ("kind", q.Kind.ToString().ToLowerInvariant()), ("text", q.Text), ("file", file), ("line", q.Span.Line), ("column", q.Span.Column),
                        };
                    }

                    break;
            }
        }
    }
}
