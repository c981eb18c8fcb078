using System.Linq;
using ArticleCompiler.Checking;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using ArticleCompiler.Registry;
using ArticleCompiler.Validation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Registry;

public class SpeakerRegistryTests
{
    private const string Root = "putin:\n  name: Vladimir Putin\n  role: Russian President\n  aliases: [Putin]\n";

    private static SpeakerRegistry Corpus(params (string Path, string Text)[] files) =>
        SpeakerRegistry.Create(files.Select(f => SpeakerRegistryFile.Read(f.Path, f.Text)));

    private static CheckedArticle Check(string text, SpeakerRegistry registry, string path = "/news/a.article.md") =>
        ArticleCheck.Check(ArticleCheck.Parse(new InputFile(path, text, null)), registry.ScopeFor(path), TestArticles.Options);

    private static string Article(string speakers, string body) =>
        "---\nid: a\ntitle: A\n" + (speakers.Length > 0 ? "speakers:\n" + speakers : string.Empty) + "---\n\n" + body + "\n";

    [Fact]
    public void AQuotedRegistryKeyResolvesToTheRegistryEntryItself()
    {
        var registry = Corpus(("/speakers.yaml", Root));

        var checkedArticle = Check(Article(string.Empty, "\"Yes.\"{@putin}"), registry);

        Assert.Empty(checkedArticle.Findings);
        var speaker = Assert.Single(checkedArticle.Article!.Speakers);
        Assert.Same(registry.Entries()[0], speaker);
        Assert.Equal(("Vladimir Putin", "/speakers.yaml", 1), (speaker.Name, speaker.RegistryPath, speaker.Span.Line));
    }

    [Fact]
    public void ALocalEntryOverridesOnlyTheFieldsItWritesOut()
    {
        var registry = Corpus(("/speakers.yaml", Root));

        var checkedArticle = Check(Article("  putin:\n    role: Prime Minister\n", "\"Yes.\"{@putin}"), registry);

        Assert.Empty(checkedArticle.Findings);
        var speaker = Assert.Single(checkedArticle.Article!.Speakers);
        Assert.Equal(("Vladimir Putin", "Prime Minister", "Putin", 5), (speaker.Name, speaker.Role, string.Join("|", speaker.Aliases), speaker.Span.Line));
        Assert.Same(registry.Entries()[0], speaker.Overrides);
        Assert.Null(speaker.RegistryPath);
    }

    [Fact]
    public void ALocalEntryThatChangesNothingIsTheRegistryEntry()
    {
        var registry = Corpus(("/speakers.yaml", Root));

        var checkedArticle = Check(Article("  putin:\n    name: Vladimir Putin\n    role: Russian President\n", "\"Yes.\"{@putin}"), registry);

        Assert.Same(registry.Entries()[0], Assert.Single(checkedArticle.Article!.Speakers));
    }

    [Fact]
    public void AnotherNameIsAConflictAtTheLocalKey()
    {
        var registry = Corpus(("/speakers.yaml", Root));

        var finding = Assert.Single(Check(Article("  putin:\n    name: V. Putin\n", "\"Yes.\"{@putin}"), registry).Findings);

        Assert.Equal(("ARTC114", "5:3-5:8"), (finding.Code, finding.Span.ToString()));
        Assert.Equal("speaker 'putin' is named 'V. Putin' here but 'Vladimir Putin' at /speakers.yaml(1,1)", finding.Message);
    }

    [Fact]
    public void ARegistryAppliesToItsFolderAndBelowOnly()
    {
        var registry = Corpus(("/news/world/speakers.yaml", Root));

        Assert.Empty(Check(Article(string.Empty, "\"Yes.\"{@putin}"), registry, "/news/world/2019/a.article.md").Findings);
        var outside = Assert.Single(Check(Article(string.Empty, "\"Yes.\"{@putin}"), registry, "/news/worldwide/a.article.md").Findings);
        Assert.Equal("ARTC104", outside.Code);
        Assert.Equal(string.Empty, Corpus(("speakers.yaml", Root)).ScopeFor("../a.article.md").Speakers.Select(s => s.Key).FirstOrDefault() ?? string.Empty);
        Assert.Equal("putin", Corpus(("seeds/speakers.yaml", Root)).ScopeFor("seeds/../seeds/revisions/a.article.md").Speakers.Single().Key);
    }

    [Fact]
    public void UnknownKeysAreSuggestedAmongLocalAndRegistryKeys()
    {
        var registry = Corpus(("/speakers.yaml", Root));

        var finding = Assert.Single(Check(Article(string.Empty, "\"Yes.\"{@putn}"), registry).Findings);

        Assert.Equal(("ARTC104", "unknown speaker 'putn' (did you mean 'putin'?)"), (finding.Code, finding.Message));
    }

    [Fact]
    public void AKeyDefinedTwiceIsReportedAtTheDeeperDefinitionWhichNeverApplies()
    {
        var registry = Corpus(("/news/speakers.yaml", "putin:\n  name: Putin Two\n"), ("/speakers.yaml", Root));

        var finding = Assert.Single(registry.Findings());

        Assert.Equal(("/news/speakers.yaml", "ARTC109", "1:1-1:6"), (finding.Path, finding.Finding.Code, finding.Finding.Span.ToString()));
        Assert.Equal("Vladimir Putin", registry.ScopeFor("/news/a.article.md").Find("putin")!.Name);
    }

    [Theory]
    [InlineData("putin: [", "ARTC003", "the speaker registry is not valid YAML")]
    [InlineData("- putin\n", "ARTC004", "'the speaker registry' must be a map from speaker keys to speakers")]
    [InlineData("putin:\n  role: President\n", "ARTC110", "speaker 'putin' has no 'name'")]
    [InlineData("Putin:\n  name: P\n", "ARTC103", "speaker key 'Putin' must start")]
    [InlineData("putin:\n  name: P\n  kind: state\n", "ARTC111", "'kind' must be 'person' or 'organization'")]
    [InlineData("putin:\n  name: P\n  rol: x\n", "ARTC201", "unknown speaker key 'rol' (did you mean 'role'?)")]
    [InlineData("putin:\n  name: P\n\0", "ARTC010", "the file is not UTF-8 text")]
    public void ARegistryFileReportsItsOwnProblems(string text, string code, string message)
    {
        var finding = Assert.Single(SpeakerRegistryFile.Read("/speakers.yaml", text).Findings);

        Assert.Equal(code, finding.Code);
        Assert.StartsWith(message, finding.Message);
    }

    [Fact]
    public void ASecondYamlDocumentIsReportedAndTheFirstIsStillRead()
    {
        var file = SpeakerRegistryFile.Read("/speakers.yaml", "a:\n  name: A\n---\nb:\n  name: B\n");

        var finding = Assert.Single(file.Findings);
        Assert.Equal(("ARTC003", "4:1-4:2"), (finding.Code, finding.Span.ToString()));
        Assert.Equal("the speaker registry is not valid YAML: it holds more than one YAML document; only the first is read", finding.Message);
        Assert.Equal("a", Assert.Single(file.Speakers).Key);
    }

    [Fact]
    public void AnEmptyDocumentAfterTheRegistryLosesNothingAndIsNotReported()
    {
        var file = SpeakerRegistryFile.Read("/speakers.yaml", "a:\n  name: A\n---\n");

        Assert.Empty(file.Findings);
        Assert.Single(file.Speakers);
    }

    [Fact]
    public void FrontMatterThatEndsItsDocumentBeforeMoreKeysSaysSoInsteadOfDroppingThem()
    {
        var findings = ArticleValidator.Validate("---\nid: c1\ntitle: T\n...\ncategory: World\n---\n\nText.\n", TestArticles.Options);

        var finding = Assert.Single(findings);
        Assert.Equal(("ARTC003", 5), (finding.Code, finding.Span.Line));
        Assert.Equal("the front matter is not valid YAML: it holds more than one YAML document; only the first is read", finding.Message);
    }

    [Fact]
    public void OneFileReachedThroughTwoPathsDefinesItsKeysOnceAndAppliesUnderBoth()
    {
        var text = "putin:\n  name: Vladimir Putin\n  rol: x\n";
        var registry = SpeakerRegistry.Create(new[]
        {
            SpeakerRegistryFile.Read("/corpus/latest/speakers.yaml", text) with { Identity = "/corpus/news/speakers.yaml" },
            SpeakerRegistryFile.Read("/corpus/news/speakers.yaml", text),
        });

        Assert.Equal(new[] { "ARTC201" }, registry.Findings().Select(f => f.Finding.Code));
        Assert.Equal("putin", registry.ScopeFor("/corpus/news/a.article.md").Speakers.Single().Key);
        Assert.Equal("putin", registry.ScopeFor("/corpus/latest/a.article.md").Speakers.Single().Key);
    }

    [Fact]
    public void AKeyRepeatedInOneFileIsInvalidYamlAtTheRepetition()
    {
        var finding = Assert.Single(SpeakerRegistryFile.Read("/speakers.yaml", "a:\n  name: A\na:\n  name: B\n").Findings);

        Assert.Equal(("ARTC003", 3), (finding.Code, finding.Span.Line));
    }

    [Fact]
    public void AnEmptyRegistryHasNoSpeakersAndNoFindings()
    {
        var file = SpeakerRegistryFile.Read("/speakers.yaml", "# nobody yet\n");

        Assert.Equal((0, 0), (file.Speakers.Count, file.Findings.Count));
    }

    [Theory]
    [InlineData("/a/speakers.yaml", true)]
    [InlineData("C:\\news\\Speakers.YAML", true)]
    [InlineData("/a/my-speakers.yaml", false)]
    [InlineData("/a/speakers.yml", false)]
    public void OnlyFilesNamedSpeakersYamlAreRegistries(string path, bool expected) =>
        Assert.Equal(expected, SpeakerRegistryFile.IsRegistry(path));
}
