using System.IO;
using System.Linq;
using System.Text.Json;
using ArticleCompiler.Parsing;
using ArticleCompiler.Tests.Shared;
using Microsoft.VisualBasic.FileIO;
using Xunit;

namespace ArticleCompiler.Cli.Tests;

public class ExportCommandTests
{
    private static readonly string[] SeedFiles = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "seeds"), "*.article.md", System.IO.SearchOption.AllDirectories);

    private static int SeedQuoteCount => SeedFiles.Sum(f => ArticleParser.Parse(File.ReadAllText(f)).Article.Quotes.Count);

    [Fact]
    public void QuotesAsJsonLinesAreOneObjectALineAndEveryQuoteOfTheSeeds()
    {
        var result = Artc.InProcess("export", Path.Combine(RepositoryPaths.Root, "seeds"), "--format", "jsonl", "--records", "quotes");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.TrimEnd('\n').Split('\n');
        Assert.Equal(3, SeedFiles.Length);
        Assert.Equal(SeedQuoteCount, lines.Length);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal(
                new[] { "article_id", "article_revision", "position", "quote_id", "section_id", "paragraph", "speaker", "speaker_name", "speaker_role", "kind", "text", "file", "line", "column" },
                json.RootElement.EnumerateObject().Select(p => p.Name));
        }

        using var first = JsonDocument.Parse(lines.First(l => l.Contains("\"article_revision\":1")));
        Assert.Equal(("antonov", "Anatoly Antonov", "indirect", 29, 24), (
            first.RootElement.GetProperty("speaker").GetString(),
            first.RootElement.GetProperty("speaker_name").GetString(),
            first.RootElement.GetProperty("kind").GetString(),
            first.RootElement.GetProperty("line").GetInt32(),
            first.RootElement.GetProperty("column").GetInt32()));
    }

    [Fact]
    public void JsonIsTheWholeCorpusInOneDocument()
    {
        var result = Artc.InProcess("export", Path.Combine(RepositoryPaths.Root, "seeds"));

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(3, articles.Count);
        Assert.Equal(SeedQuoteCount, articles.Sum(a => a.GetProperty("quotes").GetArrayLength()));
        var seed = articles.Single(a => a.GetProperty("revision").GetInt32() == 1);
        Assert.Equal(new[] { "lead", "on-russia-us-relations", "inf-treaty", "start-treaty" }, seed.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(new[] { "Antonov", "the ambassador", "the diplomat", "the senior diplomat" }, seed.GetProperty("speakers")[0].GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void TheJsonDocumentIsIndentedAsOneDocumentThoughItsArticlesRenderApart()
    {
        var result = Artc.InProcess("export", Path.Combine(RepositoryPaths.Root, "seeds"));

        // Articles render in parallel and are appended in order: the document must read as if one
        // writer had written it whole.
        using var json = JsonDocument.Parse(result.Output);
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteTo(writer);
        }

        Assert.Equal(System.Text.Encoding.UTF8.GetString(buffer.ToArray()), result.Output);
    }

    [Fact]
    public void CsvFilesLoadInAStandardCsvReaderWithTheDocumentedColumns()
    {
        using var corpus = new TempCorpus();
        var folder = Path.Combine(corpus.Root, "out");

        var result = Artc.InProcess("export", Path.Combine(RepositoryPaths.Root, "seeds"), "--format", "csv", "-o", folder);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new[] { "articles.csv", "quotes.csv", "sections.csv", "speakers.csv" }, Directory.GetFiles(folder).Select(Path.GetFileName).OrderBy(n => n));
        var quotes = ReadCsv(Path.Combine(folder, "quotes.csv"));
        Assert.Equal("article_id,article_revision,position,quote_id,section_id,paragraph,speaker,speaker_name,speaker_role,kind,text,file,line,column", string.Join(",", quotes[0]));
        Assert.Equal(SeedQuoteCount, quotes.Count - 1);
        Assert.All(quotes, row => Assert.Equal(14, row.Length));
        Assert.Contains(quotes, row => row[10].Contains("\"foreign agents\"") || row[10].Contains(','));
        var speakers = ReadCsv(Path.Combine(folder, "speakers.csv"));
        Assert.Equal("article_id,article_revision,key,name,role,kind,aliases,quotes,registry", string.Join(",", speakers[0]));
        Assert.Contains(speakers, row => row[2] == "fsb" && row[5] == "organization" && row[6] == "FSB");
        Assert.Equal(4, ReadCsv(Path.Combine(folder, "articles.csv")).Count);
        Assert.Equal(1 + 4 + 4 + 5, ReadCsv(Path.Combine(folder, "sections.csv")).Count);
        Assert.StartsWith("id,revision,title,", File.ReadAllText(Path.Combine(folder, "articles.csv")));
        Assert.Contains("\r\n", File.ReadAllText(Path.Combine(folder, "articles.csv")));
    }

    [Fact]
    public void AnInvalidCorpusIsRefusedWithItsFindingsAndNothingWritten()
    {
        using var corpus = new TempCorpus();
        corpus.Write("good.article.md", Samples.Valid("good"));
        var broken = corpus.Write("broken.article.md", Samples.UnknownSpeaker);
        var target = Path.Combine(corpus.Root, "out.jsonl");

        var refused = Artc.InProcess("export", corpus.Root, "--format", "jsonl", "-o", target);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"{broken}(9,18): error ARTC104: ", refused.Error);
        Assert.EndsWith("artc: error: 1 error in the articles: nothing exported (--allow-invalid exports anyway)\n", refused.Error);
        Assert.False(File.Exists(target));
        Assert.DoesNotContain(Directory.GetFiles(corpus.Root), f => f.EndsWith(".tmp", System.StringComparison.Ordinal));

        var allowed = Artc.InProcess("export", corpus.Root, "--format", "jsonl", "-o", target, "--allow-invalid");
        Assert.Equal(0, allowed.ExitCode);
        Assert.Contains("error ARTC104", allowed.Error);
        Assert.Equal(2, File.ReadAllLines(target).Length);
    }

    [Theory]
    [InlineData("csv", "out")]
    [InlineData("parquet", "out")]
    [InlineData("jsonl", "new/deeper/out.jsonl")]
    public void ARefusedExportLeavesNoFolderItMadeBehind(string format, string output)
    {
        using var corpus = new TempCorpus();
        corpus.Write("broken.article.md", Samples.UnknownSpeaker);
        var target = Path.Combine(corpus.Root, output);

        var refused = Artc.InProcess("export", corpus.Root, "--format", format, "-o", target);

        Assert.Equal(1, refused.ExitCode);
        Assert.Equal(new[] { "broken.article.md" }, Directory.GetFileSystemEntries(corpus.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void ATargetThatCannotBeWrittenStopsTheExportBeforeAnyFileIsWritten()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.article.md", Samples.Valid("a"));
        var folder = Path.Combine(corpus.Root, "out");
        Directory.CreateDirectory(Path.Combine(folder, "sections.csv"));

        var result = Artc.InProcess("export", Path.Combine(corpus.Root, "a.article.md"), "--format", "csv", "-o", folder);

        Assert.Equal((2, $"artc: error: '{Path.Combine(folder, "sections.csv")}' is a folder\n"), (result.ExitCode, result.Error));
        Assert.Equal(new[] { "sections.csv" }, Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void AFileThatCannotBeReadIsAnInputProblemEvenWithAllowInvalid()
    {
        using var corpus = new TempCorpus();
        corpus.Write("ok.article.md", Samples.Valid("ok"));
        var broken = Path.Combine(corpus.Root, "broken.article.md");
        File.CreateSymbolicLink(broken, Path.Combine(corpus.Root, "nowhere"));
        var target = Path.Combine(corpus.Root, "out.jsonl");

        var result = Artc.InProcess("export", Path.Combine(corpus.Root, "ok.article.md"), broken, "--format", "jsonl", "-o", target, "--allow-invalid");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"artc: error: cannot read '{broken}': ", result.Error);
        Assert.False(File.Exists(target));
    }

    [Theory]
    [InlineData(new[] { "--format", "csv" }, "artc: error: csv writes four files: give --output FOLDER, or --records KIND for one\n")]
    [InlineData(new[] { "--records", "quotes" }, "artc: error: --records goes with --format jsonl, csv or parquet; json writes whole articles\n")]
    public void OptionsThatDoNotGoTogetherAreUsageErrors(string[] options, string message)
    {
        var result = Artc.InProcess(new[] { "export", RepositoryPaths.Seed }.Concat(options).ToArray());

        Assert.Equal((2, message), (result.ExitCode, result.Error));
    }

    private static System.Collections.Generic.List<string[]> ReadCsv(string path)
    {
        using var parser = new TextFieldParser(path, System.Text.Encoding.UTF8) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var rows = new System.Collections.Generic.List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }
}

public class SchemaCommandTests
{
    [Theory]
    [InlineData(new string[0], "article-front-matter.schema.json")]
    [InlineData(new[] { "speakers" }, "article-speakers.schema.json")]
    public void SchemaPrintsTheSchemaKeptInTheRepository(string[] name, string file)
    {
        var result = Artc.InProcess(new[] { "schema" }.Concat(name).ToArray());

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "ArticleCompiler.Cli", "Schemas", file)), result.Output);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", json.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void AnUnknownSchemaNameIsAUsageError()
    {
        var result = Artc.InProcess("schema", "speakerz");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("speakerz", result.Error);
    }
}
