using System;
using System.IO;
using System.Linq;
using ArticleCompiler.Parsing;
using ArticleCompiler.Tests.Shared;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleCompiler.Generators.Tests;

/// <summary>
/// speakers.yaml registries: the generator resolves article keys against them, reports what
/// artc validate reports, and turns them into a typed corpus-wide <c>Speakers</c> class whose
/// objects the articles' quotes refer to.
/// </summary>
public class SpeakerRegistryTests
{
    // Three people quoted in several articles of the seed and the gold set, each defined once here.
    private const string Registry =
        "trump:\n  name: Donald Trump\n  role: President of the United States\n  aliases: [Trump, President Trump]\n" +
        "duda:\n  name: Andrzej Duda\n  role: President of Poland\n  aliases: [Duda, President Andrzej Duda]\n" +
        "brudzinski:\n  name: Joachim Brudziński\n  role: Interior Minister of Poland\n  aliases: [Brudziński]\n";

    // An article that only quotes registry keys: its quotes refer to the registry's objects themselves.
    private const string Brief = "---\nid: brief\ntitle: Brief\n---\n\n\"We will see.\"{@trump} \"Agreed.\"{@duda}\n";

    private static readonly string[] Corpus = { "trump-national-emergency", "gdansk-mayor-stabbed", "koszalin-escape-room-fire" };

    private const string Probe = """
        using System.Linq;
        using ArticleCompiler;
        using Consumer;

        public static class Probe
        {
            public static object[] Values()
            {
                var quotes = Articles.All.SelectMany(a => a.Quotes).ToList();
                var seedTrump = Articles.RussiaUsSyria.Speakers.Trump;
                return new object[]
                {
                    string.Join("|", Speakers.All.Select(s => s.Key)),
                    Speakers.Trump.Name, Speakers.Trump.Location.ToString(),
                    quotes.Count(q => q.Speaker.Canonical == Speakers.Trump),
                    quotes.Count(q => q.Speaker.Canonical == Speakers.Duda),
                    object.ReferenceEquals(Articles.Brief.Quotes[0].Speaker, Speakers.Trump),
                    object.ReferenceEquals(Articles.Brief.Speakers.Duda, Speakers.Duda),
                    seedTrump.Role!, object.ReferenceEquals(seedTrump.Overrides, Speakers.Trump), seedTrump == Speakers.Trump,
                };
            }
        }
        """;

    [Fact]
    public void TheSharedCaseGivesWhatArtcValidateGives()
    {
        // tests/ArticleCompiler.Cli.Tests/SpeakerRegistryTests asserts the same for artc validate.
        var files = RegistryCase.Files.Select(file => GeneratorHarness.Article(file.Key, file.Value)).ToArray();
        GeneratorHarness.Driver(files).RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out _, out var diagnostics);

        var found = diagnostics
            .Select(d => (Path: d.Location.GetLineSpan().Path.Substring(GeneratorHarness.ProjectDirectory.Length + 1), Position: d.Location.GetLineSpan().StartLinePosition, d.Id, d.Severity))
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Position)
            .Select(d => $"{d.Path} {d.Id} {d.Position.Line + 1}:{d.Position.Character + 1} {d.Severity.ToString().ToLowerInvariant()}");
        Assert.Equal(RegistryCase.Expected, found);
    }

    [Fact]
    public void ARegistryBecomesATypedSpeakersClassWhoseObjectsTheQuotesReferTo()
    {
        var articles = Corpus.Select(name => GeneratorHarness.Article("news/" + name + ".article.md", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "Gold", name + ".article.md"))))
            .Append(GeneratorHarness.Article("news/seed.article.md", GeneratorHarness.Seed))
            .Append(GeneratorHarness.Article("news/brief.article.md", Brief))
            .Append(GeneratorHarness.Article("speakers.yaml", Registry))
            .ToArray();
        var result = GeneratorHarness.Run(Probe, articles);
        Assert.Empty(result.CompileProblems);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);

        var values = (object[])result.Load().GetType("Probe")!.GetMethod("Values")!.Invoke(null, null)!;

        // The counts the core gives for the same files, key by key.
        var texts = Corpus.Select(name => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "Gold", name + ".article.md"))).Append(GeneratorHarness.Seed).Append(Brief);
        var keys = texts.SelectMany(text => ArticleParser.Parse(text).Article.Quotes).Select(q => q.SpeakerKey).ToList();
        Assert.Equal(
            new object[]
            {
                "trump|duda|brudzinski",
                "Donald Trump", "speakers.yaml(1,1)",
                keys.Count(k => k == "trump"),
                keys.Count(k => k == "duda"),
                true, true,
                "US President", true, false,
            },
            values);
        Assert.True(keys.Count(k => k == "trump") > 2 && keys.Count(k => k == "duda") > 1);
    }

    [Fact]
    public void TheSpeakersClassIsGeneratedOnlyWithARegistryAndIsCompiledWhateverItHolds()
    {
        var without = GeneratorHarness.Run(string.Empty, GeneratorHarness.Article("a.article.md", "---\nid: a\ntitle: A\n---\n"));
        Assert.DoesNotContain(without.Run.Results.Single().GeneratedSources, s => s.HintName == "Speakers.g.cs");

        // Keys that make awkward C# names, a malformed key and an empty file beside it still compile.
        var awkward = GeneratorHarness.Run(
            "public static class Use { public static object[] X() => new object[] { Consumer.Speakers.All_2, Consumer.Speakers.Data_2, Consumer.Speakers.Class, Consumer.Speakers.All.Count }; }",
            GeneratorHarness.Article("speakers.yaml", "all:\n  name: A\ndata:\n  name: D\nclass:\n  name: C\nBad Key:\n  name: B\n"),
            GeneratorHarness.Article("sub/speakers.yaml", string.Empty));
        Assert.Empty(awkward.CompileProblems);
        Assert.Equal(new[] { "ARTC103", "ARTC301", "ARTC301" }, awkward.GeneratorDiagnostics.Select(d => d.Id).OrderBy(id => id));
    }

    [Fact]
    public void ARegistryKeyWhoseNameIsTakenInAnArticleIsRenamedAtTheArticlesEntry()
    {
        // 'count' is a member of every speaker set; the article's entry changes nothing of the registry's.
        var result = GeneratorHarness.Run(
            "public static class Use { public static object X() => Consumer.Articles.A.Speakers.Count_2; }",
            GeneratorHarness.Article("speakers.yaml", "count:\n  name: C\nx:\n  name: X\n"),
            GeneratorHarness.Article("a.article.md", "---\nid: a\ntitle: A\nspeakers:\n  count:\n    name: C\n---\n\n\"Hello there.\"{@x} \"Yes.\"{@count}\n"));

        Assert.Empty(result.CompileProblems);
        var collision = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("ARTC301", 5, 3), (collision.Id, collision.Location.GetLineSpan().StartLinePosition.Line + 1, collision.Location.GetLineSpan().StartLinePosition.Character + 1));
    }

    [Fact]
    public void ALargeCorpusStoredInUtf8LiteralsRefersToTheRegistrysSpeakersToo()
    {
        // Over the string-literal budget the data goes into UTF-8 literals, decoded from bytes.
        var body = string.Join("\n\n", Enumerable.Range(0, 9000).Select(i => "Paragraph " + i + " " + new string('x', 480) + "."));
        var result = GeneratorHarness.Run(
            "public static class Probe { public static bool Same() => object.ReferenceEquals(Consumer.Articles.Big.Quotes[0].Speaker, Consumer.Speakers.Putin); }",
            GeneratorHarness.Article("speakers.yaml", "putin:\n  name: Vladimir Putin\n"),
            GeneratorHarness.Article("big.article.md", "---\nid: big\ntitle: Big\n---\n\n\"Hello there.\"{@putin}\n\n" + body + "\n"));

        Assert.Contains(result.Run.Results.Single().GeneratedSources, s => s.SourceText.ToString().Contains("\"u8.ToArray(), "));
        Assert.Empty(result.CompileProblems);
        Assert.True((bool)result.Load().GetType("Probe")!.GetMethod("Same")!.Invoke(null, null)!);
    }
}
