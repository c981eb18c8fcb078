using System.IO;
using System.Linq;
using System.Text.Json;
using ArticleCompiler.Tests.Shared;
using Xunit;

namespace ArticleCompiler.Cli.Tests;

public class DiffCommandTests
{
    private const string R1 = "seeds/russia-us-syria.article.md";
    private const string R2 = "seeds/revisions/russia-us-syria.r2.article.md";
    private const string R3 = "seeds/revisions/russia-us-syria.r3.article.md";

    [Fact]
    public void TheSameRevisionTwiceExitsZeroWithNoDifferences()
    {
        var result = Artc.Process(Artc.RepositoryRoot, null, "diff", R1, R1);

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("No differences.\n", result.Output);
    }

    [Fact]
    public void TextNamesEachEditOfRevision2AsAReaderWould()
    {
        var result = Artc.Process(Artc.RepositoryRoot, null, "diff", R1, R2);

        Assert.Equal(1, result.ExitCode);
        var output = result.Output;
        Assert.Contains("~ title: \"Russia Ready to Increase Cooperation With US", output);
        Assert.Contains("~ quote re-attributed @antonov -> @putin (on-russia-us-relations, line 57)", output);
        Assert.Contains("! direct quote of @antonov edited (inf-treaty, line 77), quoted words changed: \"We are convinced that {+the+} aggressive", output);
        Assert.Contains("[-not contribute to\u00A0strengthening-] {+nothing to\u00A0strengthen+}", output);
        Assert.Contains("~ [12 -> 12] split:", output);
        Assert.Contains("quoted words changed.", output.Split('\n').Last(l => l.Length > 0));
        Assert.DoesNotContain('\u001b', output);
    }

    [Fact]
    public void TextNamesEachEditOfRevision3()
    {
        var output = Artc.Process(Artc.RepositoryRoot, null, "diff", R2, R3).Output;

        Assert.Contains("~ @fsb: role \"Russia's security service\" -> \"Russia's domestic security agency\"", output);
        Assert.Contains("~ start-treaty \"START Treaty\" moved: section 4 -> 3", output);
        Assert.Contains("+ korean-peninsula \"Korean Peninsula\" added (section 5)", output);
        Assert.Contains("~ quote of @antonov changed direct -> indirect", output);
        Assert.Contains("Sentences (41 unchanged, 1 edited, 7 moved, 3 added, 0 removed)", output);
    }

    [Fact]
    public void JsonFollowsTheDocumentedSchema()
    {
        var result = Artc.Process(Artc.RepositoryRoot, null, "diff", "--format", "json", R1, R2);

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(new[] { "old", "new", "different", "metadata", "speakers", "sections", "quotes", "sentences" }, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(new[] { "title", "revision" }, root.GetProperty("metadata").EnumerateArray().Select(f => f.GetProperty("field").GetString()));

        var quotes = root.GetProperty("quotes").EnumerateArray().ToList();
        var reattributed = quotes.Single(q => q.GetProperty("change").GetString() == "reattributed");
        Assert.Equal(("putin", "antonov"), (reattributed.GetProperty("speaker").GetString(), reattributed.GetProperty("oldSpeaker").GetString()));
        Assert.Equal(reattributed.GetProperty("oldText").GetString(), reattributed.GetProperty("newText").GetString());
        var edited = quotes.Single(q => q.GetProperty("change").GetString() == "edited");
        Assert.True(edited.GetProperty("serious").GetBoolean());
        Assert.Contains(edited.GetProperty("words").EnumerateArray(), w => w.GetProperty("op").GetString() == "inserted" && w.GetProperty("text").GetString() == "nothing to\u00A0strengthen");

        // Every new sentence is accounted for once, in document order (a split spans two).
        var sentences = root.GetProperty("sentences").EnumerateArray().ToList();
        var newIndices = sentences.Where(s => s.TryGetProperty("new", out _))
            .SelectMany(s => Enumerable.Range(s.GetProperty("new").GetProperty("index").GetInt32(), s.GetProperty("new").TryGetProperty("count", out var n) ? n.GetInt32() : 1))
            .ToList();
        Assert.Equal(Enumerable.Range(0, newIndices.Count), newIndices);
        Assert.All(sentences, s => Assert.Contains(s.GetProperty("op").GetString(), new[] { "unchanged", "added", "removed", "edited", "moved" }));
        var split = sentences.Single(s => s.GetProperty("new").TryGetProperty("count", out var count) && count.GetInt32() == 2);
        Assert.Equal("edited", split.GetProperty("op").GetString());
    }

    [Fact]
    public void MarkdownIsForAPullRequestComment()
    {
        var result = Artc.Process(Artc.RepositoryRoot, null, "diff", "-f", "markdown", R2, R3);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"### artc diff: `{R2}` → `{R3}`", result.Output);
        Assert.Contains("> [!WARNING]", result.Output);
        Assert.Contains("#### Sections", result.Output);
        Assert.Contains("- **moved** `start-treaty`: section 4 → 3", result.Output);
        Assert.Contains("- **added** `korean-peninsula`: “Korean Peninsula”", result.Output);
        Assert.Contains("~~One~~ **one**", result.Output);
        Assert.Contains("- **edited** (12 → 12), split: However,", Artc.Process(Artc.RepositoryRoot, null, "diff", "-f", "markdown", R1, R2).Output);
    }

    [Fact]
    public void TypographyOnlyChangesAreNoDifferenceWithIgnoreTypography()
    {
        using var corpus = new TempCorpus();
        var seed = File.ReadAllText(Path.Combine(Artc.RepositoryRoot, R1));
        corpus.Write("old.article.md", seed);
        corpus.Write("new.article.md", seed.Replace("\"Russia is ready", "\u201CRussia is ready").Replace("Syrian conflict,\"", "Syrian conflict,\u201D").Replace('\u00A0', ' ').Replace(" - Ambassador", " \u2014 Ambassador"));

        Assert.Equal(1, Artc.Process(corpus.Root, null, "diff", "old.article.md", "new.article.md").ExitCode);
        var ignored = Artc.Process(corpus.Root, null, "diff", "--ignore-typography", "old.article.md", "new.article.md");
        Assert.Equal((0, "No differences."), (ignored.ExitCode, ignored.Output.Trim().Split('\n').Last()));
    }

    [Fact]
    public void AnInvalidArticleIsTroubleWithItsFindings()
    {
        using var corpus = new TempCorpus();
        corpus.Write("broken.article.md", Samples.UnknownSpeaker);

        var result = Artc.Process(corpus.Root, null, "diff", "broken.article.md", Path.Combine(Artc.RepositoryRoot, R1));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains("broken.article.md:9:18: error ARTC104: unknown speaker 'antonv'", result.Error);
        Assert.Contains("'broken.article.md' is not a valid article (1 error)", result.Error);
    }

    [Fact]
    public void DiffRefusesAnArticleTheEditorconfigRulesMakeInvalid()
    {
        // validate reports ARTC112 and ARTC113 for this article (ValidateCommandTests); diff must not compare it as valid.
        using var corpus = new TempCorpus();
        corpus.Write("news/b.article.md", SeverityCase.Categorised);
        corpus.Write(".editorconfig", SeverityCase.Rules);

        var result = Artc.Process(corpus.Root, null, "diff", "news/b.article.md", "news/b.article.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains("news/b.article.md:1:1: error ARTC112:", result.Error);
        Assert.Contains("news/b.article.md:4:11: error ARTC113:", result.Error);
        Assert.Contains("'news/b.article.md' is not a valid article (2 errors)", result.Error);
    }

    [Fact]
    public void AMissingFileIsTroubleInOneLine()
    {
        var result = Artc.Process(Artc.RepositoryRoot, null, "diff", R1, "seeds/nothing.article.md");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("artc: error: ", result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public void ThePlainTextSeedAgainstTheAnnotatedOneComparesOnlyText()
    {
        var result = Artc.Process(Artc.RepositoryRoot, null, "diff", "seeds/raw/000_325cd8fcc397f6ab.txt", R1);

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("Metadata", result.Output);
        Assert.DoesNotContain("Quotes", result.Output);
        Assert.Contains("Sentences (", result.Output);
    }

    [Fact]
    public void OnATerminalChangedWordsAreColouredUnlessNoColorIsSet()
    {
        var command = $"dotnet {Artc.DllPath} diff {R1} {R2}";
        var coloured = Artc.RunUnderTerminal(Artc.RepositoryRoot, command, noColor: false);
        var plain = Artc.RunUnderTerminal(Artc.RepositoryRoot, command, noColor: true);

        Assert.Contains("\u001b[1;32mnothing to\u00A0strengthen\u001b[0m", coloured);
        Assert.Contains("\u001b[1;31mnot contribute to\u00A0strengthening\u001b[0m", coloured);
        // .NET itself may switch the terminal's keypad mode (ESC[?1h); colour is an SGR sequence (ESC[...m).
        Assert.DoesNotMatch("\u001b\\[[0-9;]*m", plain);
        Assert.Contains("{+nothing to\u00A0strengthen+}", plain);
    }

    [Theory]
    [InlineData("seeds", "is a folder")]
    [InlineData("--max-file-size=-1", "--max-file-size must be a positive number of bytes")]
    public void AFolderOrANegativeSizeLimitIsTroubleInOneLine(string argument, string message)
    {
        var result = argument.StartsWith("--", System.StringComparison.Ordinal)
            ? Artc.Process(Artc.RepositoryRoot, null, "diff", argument, R1, R2)
            : Artc.Process(Artc.RepositoryRoot, null, "diff", argument, R1);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains(message, result.Error);
    }
}
