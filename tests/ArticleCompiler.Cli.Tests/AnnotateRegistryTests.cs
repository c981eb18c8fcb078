using System.IO;
using System.Linq;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using ArticleCompiler.Tests.Shared;
using Xunit;

namespace ArticleCompiler.Cli.Tests;

/// <summary>artc annotate quoting the people of speaker registries by their keys, end to end.</summary>
public class AnnotateRegistryTests
{
    private const string Registry =
        "antonov:\n  name: Anatoly Antonov\n  role: Russian Ambassador to the United States\n  aliases: [Antonov]\n"
        + "putin:\n  name: Vladimir Putin\n  role: Russian President\n";

    private const string First =
        "Russia Ready to Talk on Syria\n\n"
        + "\"Russia is ready to continue and increase cooperation with the United States on Syria,\" Russian Ambassador Anatoly Antonov said.\n\n"
        + "The talks are to start in spring.\n";

    private const string Second =
        "Ambassador Criticises Sanctions\n\n"
        + "\"The sanctions have damaged the relations between our two countries for years,\" Antonov said on Friday.\n\n"
        + "\"We expect an answer from Moscow within the next two weeks,\" Jane Smith said.\n";

    private static Article Draft(string path) => ArticleParser.Parse(File.ReadAllText(path)).Article;

    [Fact]
    public void TwoRawArticlesQuotingOneRegistryPersonQuoteItsKeyAndValidateWithTheRegistry()
    {
        using var corpus = new TempCorpus();
        corpus.Write("speakers.yaml", Registry);
        corpus.Write("raw/first.txt", First);
        corpus.Write("raw/second.txt", Second);

        var annotate = Artc.Process(corpus.Root, null, "annotate", "raw/", "-o", "drafts/", "--registry", "speakers.yaml");

        Assert.Equal(0, annotate.ExitCode);
        var first = Draft(Path.Combine(corpus.Root, "drafts/first.article.md"));
        var second = Draft(Path.Combine(corpus.Root, "drafts/second.article.md"));
        Assert.Equal("antonov", Assert.Single(first.Quotes).SpeakerKey);
        Assert.Empty(first.Speakers);
        Assert.Equal(new[] { "antonov", "smith" }, second.Quotes.Select(q => q.SpeakerKey));
        Assert.Equal("Jane Smith", Assert.Single(second.Speakers).Name);

        var validate = Artc.Process(corpus.Root, null, "validate", "drafts", "speakers.yaml");
        Assert.Equal(0, validate.ExitCode);
        Assert.Equal("3 files checked: 0 errors, 0 warnings.", validate.Output.Trim());
    }

    [Fact]
    public void ARegistryAboveTheOutputFolderIsUsedWithoutTheOption()
    {
        using var corpus = new TempCorpus();
        corpus.Write("news/speakers.yaml", Registry);
        var raw = corpus.Write("incoming/first.txt", First);
        corpus.Write("incoming/second.txt", Second);
        var drafts = Path.Combine(corpus.Root, "news", "2019");

        var annotate = Artc.InProcess("annotate", Path.GetDirectoryName(raw)!, "-o", drafts);

        Assert.Equal(0, annotate.ExitCode);
        Assert.Equal("antonov", Assert.Single(Draft(Path.Combine(drafts, "first.article.md")).Quotes).SpeakerKey);
        Assert.Equal("antonov", Draft(Path.Combine(drafts, "second.article.md")).Quotes[0].SpeakerKey);
        Assert.Empty(Draft(Path.Combine(drafts, "first.article.md")).Speakers);
        Assert.Equal(0, Artc.InProcess("validate", Path.Combine(corpus.Root, "news")).ExitCode);
    }

    [Fact]
    public void ARegistryThatDoesNotApplyToTheOutputFolderIsCopiedIntoTheDrafts()
    {
        using var corpus = new TempCorpus();
        var registry = corpus.Write("people/speakers.yaml", Registry);
        var raw = corpus.Write("raw/first.txt", First);
        var drafts = Path.Combine(corpus.Root, "drafts");

        var annotate = Artc.InProcess("annotate", raw, "-o", drafts + "/", "--registry", registry);

        Assert.Equal(0, annotate.ExitCode);
        var speaker = Assert.Single(Draft(Path.Combine(drafts, "first.article.md")).Speakers);
        Assert.Equal(("antonov", "Anatoly Antonov", "Russian Ambassador to the United States"), (speaker.Key, speaker.Name, speaker.Role));
        Assert.Equal(0, Artc.InProcess("validate", drafts, registry).ExitCode);
        Assert.Equal(0, Artc.InProcess("validate", drafts).ExitCode);
    }

    [Fact]
    public void ABrokenRegistryIsReportedAtItsLineAndNoDraftIsWritten()
    {
        using var corpus = new TempCorpus();
        var registry = corpus.Write("speakers.yaml", "antonov:\n  role: Ambassador\n");
        var raw = corpus.Write("raw/first.txt", First);
        var drafts = Path.Combine(corpus.Root, "drafts");

        var annotate = Artc.InProcess("annotate", raw, "-o", drafts + "/", "--registry", registry);

        Assert.Equal(1, annotate.ExitCode);
        Assert.Contains(registry + "(1,1): error ARTC110: ", annotate.Error);
        Assert.EndsWith("artc: error: the speaker registry has errors; no drafts written\n", annotate.Error);
        Assert.False(Directory.Exists(drafts));
    }

    [Fact]
    public void ARegistryWithManyFindingsIsCutAtTheLimitAsValidateCutsIt()
    {
        using var corpus = new TempCorpus();
        var entries = string.Concat(Enumerable.Range(1, 150).Select(i => $"s{i}:\n  role: Ambassador\n"));
        var registry = corpus.Write("speakers.yaml", entries);
        var raw = corpus.Write("raw/first.txt", First);

        var annotate = Artc.InProcess("annotate", raw, "-o", Path.Combine(corpus.Root, "drafts") + "/", "--registry", registry);

        Assert.Equal(1, annotate.ExitCode);
        Assert.Equal(100, annotate.Error.Split('\n').Count(l => l.Contains(": error ARTC110: ")));
        Assert.Contains(": error ARTC115: 50 more findings", annotate.Error);
    }

    [Fact]
    public void ARegistryOptionThatNamesNoRegistryIsAUsageError()
    {
        using var corpus = new TempCorpus();
        var raw = corpus.Write("raw/first.txt", First);
        var people = corpus.Write("people.yaml", Registry);
        var missing = Path.Combine(corpus.Root, "gone", "speakers.yaml");

        var misnamed = Artc.InProcess("annotate", raw, "--registry", people);
        var absent = Artc.InProcess("annotate", raw, "--registry", missing);

        Assert.Equal((2, $"artc: error: --registry '{people}': a speaker registry is a file named speakers.yaml\n"), (misnamed.ExitCode, misnamed.Error));
        Assert.Equal((2, $"artc: error: --registry '{missing}' does not exist\n"), (absent.ExitCode, absent.Error));
        Assert.Empty(misnamed.Output + absent.Output);
    }

    [Fact]
    public void TheSeedAnnotatedWithTheSeedRegistryQuotesItsKeysAndValidatesWithIt()
    {
        using var corpus = new TempCorpus();
        var drafts = Path.Combine(corpus.Root, "seeds", "drafts");
        var registry = corpus.Write("seeds/speakers.yaml", File.ReadAllText(RepositoryPaths.SeedRegistry));

        var annotate = Artc.InProcess("annotate", RepositoryPaths.RawSeed, "-o", drafts + "/", "--registry", registry);

        Assert.Equal(0, annotate.ExitCode);
        var draft = Draft(Directory.GetFiles(drafts).Single());
        Assert.Equal(new[] { "antonov", "fsb", "putin", "trump" }, draft.Quotes.Select(q => q.SpeakerKey).Distinct().Order());
        Assert.Empty(draft.Speakers);
        Assert.Equal(0, Artc.InProcess("validate", drafts, registry).ExitCode);
    }
}
