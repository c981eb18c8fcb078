using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using ArticleCompiler.Parsing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleCompiler.Generators.Tests;

public class CompileAndRunTests
{
    private const string Probe = """
        using System.Linq;
        using ArticleCompiler;
        using Consumer;

        public static class Probe
        {
            public static object[] Values()
            {
                var a = Articles.RussiaUsSyria;
                return new object[]
                {
                    a.Id, a.Title, a.Category!, a.Source!, a.Dateline!, a.Revision!,
                    a.Speakers.Antonov.Name, a.Speakers.Antonov.Role!, a.Speakers.Fsb.Kind.ToString(),
                    string.Join("|", a.Speakers.Select(s => s.Key)),
                    string.Join("|", a.Sections.Select(s => s.Id)),
                    a.Sections.InfTreaty.Heading!,
                    a.Sections.Lead.Paragraphs.Count,
                    a.Quotes.Count,
                    a.Quotes.Count(q => q.Speaker == a.Speakers.Antonov && q.Kind == QuoteKind.Direct),
                    a.Sections.InfTreaty.Quotes.Count,
                    a.Quotes[0].Text,
                    a.Quotes[0].Location.ToString(),
                    a.Quotes.All(q => q.Section.Quotes.Contains(q)),
                    a.Revisions.Count,
                    Articles.All.Count,
                    a.Sections.SelectMany(s => s.Asides).Count(),
                };
            }
        }
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TheGeneratedAssemblyHoldsTheValuesOfTheArticle(bool embedded)
    {
        var result = GeneratorHarness.Run(Probe, embedded
            ? GeneratorHarness.EmbeddedArticle("seeds/russia-us-syria.article.md", GeneratorHarness.Seed)
            : GeneratorHarness.Article("seeds/russia-us-syria.article.md", GeneratorHarness.Seed));
        Assert.Empty(result.CompileProblems);

        var values = (object[])result.Load().GetType("Probe")!.GetMethod("Values")!.Invoke(null, null)!;

        var article = ArticleParser.Parse(GeneratorHarness.Seed).Article;
        var first = article.Quotes[0];
        Assert.Equal(
            new object[]
            {
                article.Id, article.Metadata.Title, article.Metadata.Category!, article.Metadata.Source!, article.Metadata.Dateline!, article.Metadata.Revision!,
                article.Speakers[0].Name, article.Speakers[0].Role!, "Organization",
                string.Join("|", article.Speakers.Select(s => s.Key)),
                string.Join("|", article.Sections.Select(s => s.Id)),
                article.Sections[2].Heading!,
                article.Sections[0].Paragraphs.Count,
                article.Quotes.Count,
                article.Quotes.Count(q => q.SpeakerKey == "antonov" && q.Kind == Model.QuoteKind.Direct),
                article.Quotes.Count(q => q.SectionId == "inf-treaty"),
                first.Text,
                $"seeds/russia-us-syria.article.md({first.Span.Line},{first.Span.Column})",
                true,
                1,
                1,
                article.Sections.Sum(s => s.Asides.Count),
            },
            values);
    }

    [Fact]
    public void BeforeCSharp11TheArticleIsStoredInAStringLiteralWithTheSameValues()
    {
        var csharp10 = new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10);
        var article = GeneratorHarness.Article("seeds/russia-us-syria.article.md", GeneratorHarness.Seed.Replace("Russia is ready", "Russia \u2028 is \uD83D ready"));
        var driver = GeneratorHarness.Driver(new[] { article }, parseOptions: csharp10)
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation("public static class Probe { public static string Q() => Consumer.Articles.RussiaUsSyria.Quotes[1].Text; }", parseOptions: csharp10), out var output, out _);
        var source = driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName.StartsWith("Articles.Part", System.StringComparison.Ordinal)).SourceText.ToString();
        Assert.DoesNotContain("u8;", source);
        var result = new GeneratorResult(driver.GetRunResult(), (Microsoft.CodeAnalysis.CSharp.CSharpCompilation)output, default, output.GetDiagnostics());
        Assert.Empty(result.CompileProblems);
        Assert.StartsWith("Russia \u2028 is \uD83D ready", (string)result.Load().GetType("Probe")!.GetMethod("Q")!.Invoke(null, null)!);
    }

    [Fact]
    public void AMisspeltSpeakerInConsumerCodeIsACompileError()
    {
        var result = GeneratorHarness.Run(
            "public static class Use { public static object X() => Consumer.Articles.RussiaUsSyria.Speakers.Antonv; }",
            GeneratorHarness.Article("seeds/russia-us-syria.article.md", GeneratorHarness.Seed));

        var error = Assert.Single(result.CompileProblems);
        Assert.Equal("CS1061", error.Id);
        Assert.Contains("Antonv", error.GetMessage());
    }

    [Fact]
    public void RevisionsAreListedOldestFirstAndTheNewestIsTheArticle()
    {
        var seed = GeneratorHarness.Seed;
        var revision2 = seed.Replace("revision: 1", "revision: 2").Replace("title: \"Russia Ready", "title: \"Revised: Russia Ready");
        var result = GeneratorHarness.Run(
            "public static class Probe { public static object[] Values() { var a = Consumer.Articles.RussiaUsSyria; return new object[] { a.Revision!, a.Revisions.Count, a.Revisions[0].Revision!, a.Revisions[1] == (ArticleCompiler.Article)a, Consumer.Articles.All.Count, a.Title }; } }",
            GeneratorHarness.Article("seeds/r2.article.md", revision2),
            GeneratorHarness.Article("seeds/r1.article.md", seed));
        Assert.Empty(result.CompileProblems);

        var values = (object[])result.Load().GetType("Probe")!.GetMethod("Values")!.Invoke(null, null)!;

        Assert.Equal(new object[] { 2, 2, 1, true, 1, "Revised: Russia Ready to Increase Cooperation With US on Syria - Ambassador to Washington" }, values);
    }

    [Fact]
    public void AnArticleIsDecodedOnItsOwnFirstUseAndNotWithEveryOther()
    {
        // b's text is not embedded, so decoding b fails: reading a must not decode b, All must.
        var seed = GeneratorHarness.Seed;
        var result = GeneratorHarness.Run(
            "public static class Probe { public static string A() => Consumer.Articles.RussiaUsSyria.Title; public static int All() => Consumer.Articles.All.Count; }",
            GeneratorHarness.EmbeddedArticle("a.article.md", seed),
            GeneratorHarness.EmbeddedArticle("b.article.md", seed.Replace("id: russia-us-syria", "id: other", StringComparison.Ordinal)));
        Assert.Empty(result.CompileProblems);
        result = result with
        {
            Resources = ImmutableArray.Create(new ResourceDescription("ArticleCompiler/a.article.md", () => new MemoryStream(Encoding.UTF8.GetBytes(seed)), isPublic: true)),
        };

        var probe = result.Load().GetType("Probe")!;

        Assert.Equal(ArticleParser.Parse(seed).Article.Metadata.Title, probe.GetMethod("A")!.Invoke(null, null));
        Exception error = Assert.Throws<TargetInvocationException>(() => probe.GetMethod("All")!.Invoke(null, null));
        while (error.InnerException is { } inner)
        {
            error = inner;
        }

        Assert.Contains("is not embedded in Consumer as the resource 'ArticleCompiler/b.article.md'", error.Message);
    }

    [Fact]
    public void TheNamespaceComesFromArticleCompilerNamespaceOrElseTheRootNamespace()
    {
        var article = GeneratorHarness.Article("a.article.md", "---\nid: a\ntitle: A\n---\n");
        var compilation = GeneratorHarness.Compilation("public static class Use { public static object X() => My.News.Articles.A; }");
        GeneratorHarness.Driver(new[] { article }, rootNamespace: "Root", articleNamespace: "My.News")
            .RunGeneratorsAndUpdateCompilation(compilation, out var configured, out _);
        Assert.Empty(configured.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        compilation = GeneratorHarness.Compilation("public static class Use { public static object X() => Root.Articles.A; }");
        GeneratorHarness.Driver(new[] { article }, rootNamespace: "Root")
            .RunGeneratorsAndUpdateCompilation(compilation, out var fallback, out _);
        Assert.Empty(fallback.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }
}
