using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using ArticleCompiler.Cli.Output.Export;
using ArticleCompiler.Parsing;
using ArticleCompiler.Tests.Shared;
using DuckDB.NET.Data;
using Xunit;

namespace ArticleCompiler.Cli.Tests;

/// <summary>
/// <c>artc export --format parquet</c> read back by DuckDB, as a data team reads it, and compared
/// with the JSON Lines export of the same corpus: the same rows in the same order, column for
/// column, with the types docs/export.md gives.
/// </summary>
public class ExportParquetTests
{
    private static readonly string[] Kinds = { "articles", "speakers", "sections", "quotes" };

    // The column types docs/export.md documents, as DuckDB names them; every other column is VARCHAR.
    private static readonly Dictionary<string, string> Typed = new()
    {
        ["revision"] = "INTEGER", ["article_revision"] = "INTEGER", ["speakers"] = "INTEGER", ["sections"] = "INTEGER",
        ["quotes"] = "INTEGER", ["position"] = "INTEGER", ["paragraphs"] = "INTEGER", ["paragraph"] = "INTEGER",
        ["line"] = "INTEGER", ["column"] = "INTEGER", ["published"] = "TIMESTAMP WITH TIME ZONE", ["aliases"] = "VARCHAR[]",
    };

    public static IEnumerable<object[]> Corpora() => new[] { new object[] { "seeds" }, new object[] { "gold" }, new object[] { "edge cases" } };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void EveryRecordKindReadByDuckDbIsTheJsonLinesExportRowForRow(string corpusName)
    {
        using var corpus = new TempCorpus();
        var source = corpusName switch
        {
            "seeds" => Path.Combine(RepositoryPaths.Root, "seeds"),
            "gold" => RepositoryPaths.Gold,
            _ => corpus.Write("edge.article.md", EdgeCases),
        };
        var folder = Path.Combine(corpus.Root, "parquet");

        var parquet = Artc.InProcess("export", source, "--format", "parquet", "-o", folder);

        Assert.Equal((0, string.Empty), (parquet.ExitCode, parquet.Output));
        Assert.Equal(Kinds.Select(k => k + ".parquet").Order(), Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        foreach (var kind in Kinds)
        {
            var jsonl = Artc.InProcess("export", source, "--format", "jsonl", "--records", kind);
            Assert.Equal(0, jsonl.ExitCode);
            var lines = jsonl.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var rows = DuckDb.Rows(Path.Combine(folder, kind + ".parquet"));
            Assert.Equal(lines.Length, rows.Count);
            for (var i = 0; i < lines.Length; i++)
            {
                AssertSameRow(lines[i], rows[i], $"{corpusName}, {kind}, row {i + 1}");
            }
        }
    }

    [Fact]
    public void QuotesToOneFileHaveTheJsonLinesCountAndTheSpeakerAndTextColumns()
    {
        using var corpus = new TempCorpus();
        var target = Path.Combine(corpus.Root, "q.parquet");
        var seeds = Path.Combine(RepositoryPaths.Root, "seeds");

        var result = Artc.InProcess("export", seeds, "--format", "parquet", "--records", "quotes", "-o", target);

        Assert.Equal((0, string.Empty, string.Empty), (result.ExitCode, result.Output, result.Error));
        var jsonl = Artc.InProcess("export", seeds, "--format", "jsonl", "--records", "quotes").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(jsonl.Length, DuckDb.Scalar<long>($"SELECT count(*) FROM '{target}'"));
        var perSpeaker = DuckDb.Rows($"SELECT speaker, count(*) AS quotes FROM '{target}' GROUP BY speaker ORDER BY 2 DESC, 1");
        Assert.Equal(
            jsonl.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("speaker").GetString()).GroupBy(n => n).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, (long)g.Count())),
            perSpeaker.Select(r => ((string?)r["speaker"], (long)r["quotes"]!)));
        Assert.Contains(DuckDb.Rows($"SELECT text FROM '{target}'"), r => ((string)r["text"]!).Contains("foreign agents", StringComparison.Ordinal));
    }

    [Fact]
    public void ColumnsHaveTheDocumentedTypesAndCountsAreNeverNull()
    {
        using var corpus = new TempCorpus();
        var folder = Path.Combine(corpus.Root, "out");
        Assert.Equal(0, Artc.InProcess("export", RepositoryPaths.Gold, "--format", "parquet", "-o", folder).ExitCode);

        foreach (var kind in Kinds)
        {
            var file = Path.Combine(folder, kind + ".parquet");
            var described = DuckDb.Rows($"DESCRIBE SELECT * FROM '{file}'");
            Assert.Equal(ExportRecords.Columns(ExportRecords.Parse(kind)!.Value), described.Select(r => (string)r["column_name"]!));
            foreach (var column in described)
            {
                var name = (string)column["column_name"]!;
                Assert.Equal((name, Typed.GetValueOrDefault(name, "VARCHAR")), (name, (string)column["column_type"]!));
            }

            // Parquet's own repetition: the counts and positions are REQUIRED, everything else OPTIONAL.
            var leaves = DuckDb.Rows($"SELECT name, repetition_type FROM parquet_schema('{file}') WHERE coalesce(num_children, 0) = 0");
            Assert.Equal(described.Count, leaves.Count);
            foreach (var field in leaves.Where(r => (string)r["name"]! != "element"))
            {
                var required = new[] { "speakers", "sections", "quotes", "position", "paragraphs", "paragraph", "line", "column" }.Contains((string)field["name"]!);
                Assert.Equal(((string)field["name"]!, required ? "REQUIRED" : "OPTIONAL"), ((string)field["name"]!, (string)field["repetition_type"]!));
            }
        }
    }

    [Fact]
    public void RowGroupsEndAtArticlesAndTheFileReadsAsOne()
    {
        var articles = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "seeds"), "*.article.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var quotes = articles.Select(p => (long)ArticleParser.Parse(File.ReadAllText(p)).Article.Quotes.Count).ToList();
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, count => Assert.True(count > 1));
        using var corpus = new TempCorpus();
        var target = Path.Combine(corpus.Root, "quotes.parquet");

        // A group closes once it holds as many rows as the first article has quotes: after the first
        // article, then after each article that brings the next group there, the rest at the end;
        // never inside an article.
        using (var stream = File.Create(target))
        {
            var writer = ExportWriter.Parquet(stream, RecordKind.Quotes, rowGroupRows: (int)quotes[0]);
            foreach (var path in articles)
            {
                writer.Write(ArticleParser.Parse(File.ReadAllText(path)).Article, path);
            }

            writer.Complete();
        }

        var expected = quotes[1] >= quotes[0] ? new[] { quotes[0], quotes[1], quotes[2] } : new[] { quotes[0], quotes[1] + quotes[2] };
        Assert.Equal(
            expected,
            DuckDb.Rows($"SELECT row_group_id, max(row_group_num_rows) AS n FROM parquet_metadata('{target}') GROUP BY 1 ORDER BY 1").Select(r => (long)r["n"]!));
        Assert.Equal(quotes.Sum(), DuckDb.Scalar<long>($"SELECT count(*) FROM '{target}'"));
        Assert.Equal(Enumerable.Range(1, (int)quotes[2]).Select(i => (long)i), DuckDb.Rows($"SELECT position FROM '{target}' WHERE file = '{articles[2]}'").Select(r => (long)(int)r["position"]!));
    }

    [Fact]
    public void PublishedIsTheInstantInUtcAndNullsAndTextBeyondAsciiSurvive()
    {
        using var corpus = new TempCorpus();
        var source = corpus.Write("edge.article.md", EdgeCases);
        var folder = Path.Combine(corpus.Root, "out");

        Assert.Equal(0, Artc.InProcess("export", source, "--format", "parquet", "-o", folder).ExitCode);

        var article = DuckDb.Rows($"SELECT title, revision, published AT TIME ZONE 'UTC' AS utc FROM '{Path.Combine(folder, "articles.parquet")}'").Single();
        Assert.Equal(("Zoë's café: 東京 and Москва 🎉", null, new DateTime(2019, 2, 15, 6, 30, 0)), ((string?)article["title"], article["revision"], (DateTime)article["utc"]!));
        var speakers = DuckDb.Rows($"SELECT key, role, len(aliases) AS aliases FROM '{Path.Combine(folder, "speakers.parquet")}'");
        Assert.Equal(new[] { ("ana", (string?)null, 0L), ("org", "Ministry, of \"Quotes\"", 2L) }, speakers.Select(r => ((string)r["key"]!, (string?)r["role"], (long)r["aliases"]!)));
        Assert.Equal(new[] { null, "Второй раздел" }, DuckDb.Rows($"SELECT heading FROM '{Path.Combine(folder, "sections.parquet")}'").Select(r => (string?)r["heading"]));
    }

    [Fact]
    public void TextsKeepTheirCharsAcrossArenaBlocksAndWhenTheyAreHuge()
    {
        var arena = new CharArena();
        var texts = new List<string>();
        for (var i = 0; texts.Sum(t => t.Length) < 3 << 20; i++)
        {
            // Lengths that do not divide a block, a text larger than a quarter block, and non-ASCII.
            texts.Add(i % 50 == 49 ? new string('ж', 300_000) : $"quote {i} “{new string('x', (i * 7919) % 40_000)}” 🎉");
        }

        var copied = texts.Select(t => arena.Copy(t)).ToList();

        Assert.Equal(texts, copied.Select(m => m.ToString()));
        Assert.Equal(texts.Sum(t => (long)t.Length), arena.Count);
        arena.Clear();
        Assert.Equal(0, arena.Count);
        Assert.Equal("again", arena.Copy("again").ToString());
    }

    [Fact]
    public void AnEmptyCorpusIsAParquetFileWithTheColumnsAndNoRows()
    {
        using var corpus = new TempCorpus();
        Directory.CreateDirectory(Path.Combine(corpus.Root, "none"));
        var target = Path.Combine(corpus.Root, "q.parquet");

        Assert.Equal(0, Artc.InProcess("export", Path.Combine(corpus.Root, "none"), "--format", "parquet", "--records", "quotes", "-o", target).ExitCode);

        Assert.Equal(0L, DuckDb.Scalar<long>($"SELECT count(*) FROM '{target}'"));
        Assert.Equal(14, DuckDb.Rows($"DESCRIBE SELECT * FROM '{target}'").Count);
    }

    [Theory]
    [InlineData(new[] { "--records", "quotes" }, "artc: error: parquet is written to a file, not standard output: give --output FILE\n")]
    [InlineData(new string[0], "artc: error: parquet is written to files, not standard output: give --output FOLDER for the four files, or --records KIND --output FILE for one\n")]
    public void ParquetWithoutAnOutputIsRefusedAndNothingIsPrinted(string[] options, string message)
    {
        var result = Artc.InProcess(new[] { "export", RepositoryPaths.Seed, "--format", "parquet" }.Concat(options).ToArray());

        Assert.Equal((2, string.Empty, message), (result.ExitCode, result.Output, result.Error));
    }

    [Fact]
    public void AnInvalidCorpusWritesNoParquetFile()
    {
        using var corpus = new TempCorpus();
        corpus.Write("good.article.md", Samples.Valid("good"));
        corpus.Write("broken.article.md", Samples.UnknownSpeaker);
        var folder = Path.Combine(corpus.Root, "out");

        var refused = Artc.InProcess("export", corpus.Root, "--format", "parquet", "-o", folder);

        Assert.Equal(1, refused.ExitCode);
        Assert.Empty(Directory.Exists(folder) ? Directory.GetFileSystemEntries(folder) : Array.Empty<string>());
    }

    [Fact]
    public void WithTheCacheColdAndWarmTheFilesAreByteForByteTheOnesWithout()
    {
        using var corpus = new TempCorpus();
        var source = Path.Combine(RepositoryPaths.Root, "seeds");
        var cache = Path.Combine(corpus.Root, "cache");
        Assert.Equal(0, Artc.InProcess("export", source, "--format", "parquet", "-o", Path.Combine(corpus.Root, "plain")).ExitCode);

        Assert.Equal(0, Artc.InProcess("export", source, "--format", "parquet", "-o", Path.Combine(corpus.Root, "cold"), "--cache", "--cache-location", cache).ExitCode);
        Assert.Equal(0, Artc.InProcess("export", source, "--format", "parquet", "-o", Path.Combine(corpus.Root, "warm"), "--cache", "--cache-location", cache).ExitCode);

        foreach (var kind in Kinds)
        {
            var plain = File.ReadAllBytes(Path.Combine(corpus.Root, "plain", kind + ".parquet"));
            Assert.Equal(plain, File.ReadAllBytes(Path.Combine(corpus.Root, "cold", kind + ".parquet")));
            Assert.Equal(plain, File.ReadAllBytes(Path.Combine(corpus.Root, "warm", kind + ".parquet")));
        }
    }

    // Nulls (no role, no revision, no registry, the lead's heading), an empty list, a date-time
    // with an offset, and text beyond ASCII: accents, Cyrillic, CJK and an emoji (a surrogate pair).
    private const string EdgeCases =
        "---\nid: edge-cases\ntitle: \"Zoë's café: 東京 and Москва 🎉\"\npublished: 2019-02-15T09:30+03:00\nlanguage: pt-BR\nspeakers:\n  ana:\n    name: Ana Lúcia Gonçalves\n  org:\n    name: Организация\n    role: 'Ministry, of \"Quotes\"'\n    aliases: [Орг, 東京都]\n    kind: organization\n---\n\n" +
        "\"Não há nada a dizer, 🎉 disse.\"{@ana} Ana said.\n\n## Второй раздел\n\n\"Мы готовы.\"{@org} The ministry said.\n";

    private static void AssertSameRow(string line, Dictionary<string, object?> row, string where)
    {
        using var json = JsonDocument.Parse(line);
        var properties = json.RootElement.EnumerateObject().ToList();
        Assert.Equal(properties.Select(p => p.Name), row.Keys);
        foreach (var property in properties)
        {
            var value = row[property.Name];
            var context = $"{where}, {property.Name}";
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Null:
                    Assert.True(value is null, $"{context}: {value} for null");
                    break;
                case JsonValueKind.Number:
                    Assert.Equal((context, property.Value.GetInt32()), (context, Assert.IsType<int>(value)));
                    break;
                case JsonValueKind.Array:
                    Assert.Equal((context, string.Join(" | ", property.Value.EnumerateArray().Select(e => e.GetString()))), (context, string.Join(" | ", Assert.IsAssignableFrom<IList>(value).Cast<string?>())));
                    break;
                case JsonValueKind.String when property.Name == "published":
                    var expected = DateTimeOffset.Parse(property.Value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
                    var actual = value switch
                    {
                        DateTimeOffset offset => offset,
                        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time.ToUniversalTime(), DateTimeKind.Utc)),
                        _ => throw new Xunit.Sdk.XunitException($"{context}: {value?.GetType()} for a date"),
                    };
                    Assert.Equal((context, expected.UtcDateTime), (context, actual.UtcDateTime));
                    break;
                default:
                    Assert.Equal((context, property.Value.GetString()), (context, Assert.IsType<string>(value)));
                    break;
            }
        }
    }

    /// <summary>DuckDB in this process, as a data team reads the files.</summary>
    private static class DuckDb
    {
        public static List<Dictionary<string, object?>> Rows(string fileOrQuery)
        {
            var query = fileOrQuery.EndsWith(".parquet", StringComparison.Ordinal) ? $"SELECT * FROM read_parquet('{fileOrQuery}')" : fileOrQuery;
            using var connection = new DuckDBConnection("DataSource=:memory:");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = query;
            using var reader = command.ExecuteReader();
            var rows = new List<Dictionary<string, object?>>();
            while (reader.Read())
            {
                var row = new Dictionary<string, object?>();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }

                rows.Add(row);
            }

            return rows;
        }

        public static T Scalar<T>(string query) => (T)Rows(query).Single().Values.Single()!;
    }
}
