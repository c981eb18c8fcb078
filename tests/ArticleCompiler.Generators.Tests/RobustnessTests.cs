using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleCompiler.Generators.Tests;

/// <summary>The generator never throws and its output always compiles, whatever the articles hold.</summary>
public class RobustnessTests
{
    private static GeneratorResult Run(string code, params (string Name, string Text)[] articles) =>
        GeneratorHarness.Run(code, articles.Select(a => GeneratorHarness.Article(a.Name, a.Text)).ToArray());

    private static void AssertCompiles(GeneratorResult result)
    {
        Assert.Null(result.Run.Results.Single().Exception);
        Assert.Empty(result.CompileProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void IdsStartingWithADigitBecomeValidNames()
    {
        var result = Run(
            "public static class Use { public static object X() => Consumer.Articles._2018Summit.Sections.S2018InReview; }",
            ("a.article.md", "---\nid: 2018-summit\ntitle: T\n---\n## 2018 in Review\n\nText.\n"));
        AssertCompiles(result);
    }

    [Fact]
    public void NamesTakenByTheGeneratedTypesGetASuffixAndAWarning()
    {
        var result = Run(
            "public static class Use { public static object[] X() { var a = Consumer.Articles.All_2; return new object[] { a.Sections.Count_2, a.Speakers.GetEnumerator_2, a.Sections.Count }; } }",
            ("a.article.md", "---\nid: all\ntitle: T\nspeakers:\n  get-enumerator:\n    name: G\n---\n## Count\n\n[x]{@get-enumerator}\n"));

        AssertCompiles(result);
        Assert.Equal(new[] { "ARTC301", "ARTC301", "ARTC301" }, result.GeneratorDiagnostics.Select(d => d.Id).OrderBy(id => id));
        Assert.All(result.GeneratorDiagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void KeysThatMeetAfterPascalCasingAreTwoMembersAndAWarning()
    {
        var result = Run(
            "public static class Use { public static object[] X() { var s = Consumer.Articles.A.Speakers; return new object[] { s.X1.Name, s.X1_2.Name }; } }",
            ("a.article.md", "---\nid: a\ntitle: T\nspeakers:\n  x-1:\n    name: One\n  x1:\n    name: Two\n---\n[a]{@x-1} [b]{@x1}\n"));

        AssertCompiles(result);
        var warning = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("ARTC301", "speaker key 'x1' becomes the C# name 'X1', which is already taken; the member is generated as 'X1_2'"), (warning.Id, warning.GetMessage()));
        Assert.Equal(7, warning.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void ArticleIdsThatMeetAfterPascalCasingAreBothGenerated()
    {
        var result = Run(
            "public static class Use { public static object[] X() => new object[] { Consumer.Articles.A1.Id, Consumer.Articles.A1_2.Id }; }",
            ("a.article.md", "---\nid: a-1\ntitle: T\n---\n"),
            ("b.article.md", "---\nid: a1\ntitle: T\n---\n"));

        AssertCompiles(result);
        Assert.All(result.GeneratorDiagnostics, d => Assert.Equal("ARTC301", d.Id));
    }

    [Fact]
    public void EveryStringIsEscapedInCodeAndInDocumentation()
    {
        var nasty = "Quote \\\" backslash \\\\ tab \\t */ <b>&amp; end</b> \\u00E9 \\U0001F600";
        var result = Run(
            "public static class Probe { public static string T() => Consumer.Articles.A.Title; public static string S() => Consumer.Articles.A.Speakers.X.Role!; public static string P() => Consumer.Articles.A.Sections.Lead.Paragraphs[0]; }",
            ("a.article.md", $"---\nid: a\ntitle: \"{nasty}\"\nspeakers:\n  x:\n    name: \"{nasty}\"\n    role: \"line one\\nline two\\r\\n*/ <see cref=\\\"x\\\"/>\"\n---\nBody with \\\\ and \\\" and \u2028 and \u0001 and \u00E9 \"quoted\"{{@x}}\n"));

        AssertCompiles(result);
        var assembly = result.Load();
        var probe = assembly.GetType("Probe")!;
        Assert.Equal("Quote \" backslash \\ tab \t */ <b>&amp; end</b> \u00E9 \U0001F600", probe.GetMethod("T")!.Invoke(null, null));
        Assert.Equal("line one\nline two\r\n*/ <see cref=\"x\"/>", probe.GetMethod("S")!.Invoke(null, null));
        Assert.Equal("Body with \\ and \" and \u2028 and \u0001 and \u00E9 \"quoted\"", probe.GetMethod("P")!.Invoke(null, null));
    }

    [Fact]
    public void LoneSurrogatesSurviveInStrings()
    {
        var result = Run(
            "public static class Probe { public static string P() => Consumer.Articles.A.Sections.Lead.Paragraphs[0]; }",
            ("a.article.md", "---\nid: a\ntitle: T\n---\nhalf \uD83D pair\n"));

        AssertCompiles(result);
        Assert.Equal("half \uD83D pair", result.Load().GetType("Probe")!.GetMethod("P")!.Invoke(null, null));
    }

    [Fact]
    public void ArticlesWithoutAValidIdAreNotGeneratedButStillReported()
    {
        var result = Run(
            "public static class Use { public static int X() => Consumer.Articles.All.Count; }",
            ("a.article.md", "---\ntitle: T\n---\n"),
            ("b.article.md", "---\nid: Not Valid\ntitle: T\n---\n"),
            ("c.article.md", "no front matter at all"));

        AssertCompiles(result);
        Assert.Equal(new[] { "ARTC001", "ARTC101", "ARTC102" }, result.GeneratorDiagnostics.Select(d => d.Id).OrderBy(id => id));
    }

    [Fact]
    public void NoInputMakesTheGeneratorThrowOrTheOutputFailToCompile()
    {
        var seed = GeneratorHarness.Seed;
        var random = new System.Random(20261128);
        var specials = "\"\u201C\u201D[]{}@#.-\\:\n\u00A0";
        for (var round = 0; round < 40; round++)
        {
            var chars = seed.ToCharArray().ToList();
            for (var edit = 0; edit < 25; edit++)
            {
                var at = random.Next(chars.Count);
                switch (random.Next(3))
                {
                    case 0:
                        chars.RemoveAt(at);
                        break;
                    case 1:
                        chars.Insert(at, specials[random.Next(specials.Length)]);
                        break;
                    default:
                        chars.Insert(at, (char)random.Next(0x20, 0xD800));
                        break;
                }
            }

            var text = new string(chars.ToArray());
            var result = Run(string.Empty, ("fuzz.article.md", text), ("seed.article.md", seed));
            Assert.Null(result.Run.Results.Single().Exception);
            Assert.Empty(result.CompileProblems.Where(d => !d.Id.StartsWith("ARTC", System.StringComparison.Ordinal)).Select(d => $"round {round}: {d}"));
        }
    }

    [Fact]
    public void AnEmptyProjectGetsAnEmptyArticlesClass()
    {
        var result = GeneratorHarness.Run("public static class Use { public static int X() => Consumer.Articles.All.Count; }");
        AssertCompiles(result);
    }

    [Fact]
    public void OnlyArticleFilesAreRead()
    {
        var result = GeneratorHarness.Run(string.Empty, new ArticleText("/project/readme.md", "not an article"));
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Single(result.Run.Results.Single().GeneratedSources);
    }

    [Fact]
    public void ClassNamesThatDifferOnlyByCaseGetDistinctFiles()
    {
        var result = Run(
            "public static class Use { public static object[] X() => new object[] { Consumer.Articles.NewsRoom, Consumer.Articles.Newsroom, Consumer.Articles.Other }; }",
            ("a.article.md", "---\nid: news-room\ntitle: T\n---\n"),
            ("b.article.md", "---\nid: newsroom\ntitle: T\n---\n"),
            ("c.article.md", "---\nid: other\ntitle: T\n---\n"));

        AssertCompiles(result);
        Assert.Empty(result.GeneratorDiagnostics);
    }

    [Fact]
    public void KeysThatDifferOnlyByInvisibleCharactersDoNotMeetInCSharp()
    {
        var result = Run(
            "public static class Use { public static object X() => Consumer.Articles.A.Speakers.Ab; }",
            ("a.article.md", "---\nid: a\ntitle: T\nspeakers:\n  ab: {name: AB}\n  \"a\\u00ADb\": {name: SHY}\n  \"c\\u200Dd\": {name: ZWJ}\n---\n[x]{@ab}\n"));

        AssertCompiles(result);
        Assert.All(result.GeneratorDiagnostics, d => Assert.True(d.Id is "ARTC103" or "ARTC202", d.ToString()));
    }

    [Theory]
    [InlineData("speakers:\n  key-of: {name: K}\n---\n[x]{@key-of}\n", "Speakers.KeyOf_2")]
    [InlineData("---\n## H {#key-of}\n\nText.\n", "Sections.KeyOf_2")]
    public void TheSetsOwnMemberNamesAreTakenToo(string rest, string member)
    {
        var front = rest.StartsWith("speakers", System.StringComparison.Ordinal) ? "---\nid: a\ntitle: T\n" : "---\nid: a\ntitle: T\n";
        var result = Run($"public static class Use {{ public static object X() => Consumer.Articles.A.{member}; }}", ("a.article.md", front + rest));
        AssertCompiles(result);
        Assert.Equal("ARTC301", Assert.Single(result.GeneratorDiagnostics).Id);
    }

    [Fact]
    public void AQuoteBelongsToTheSectionItStandsInEvenWhenTwoSectionsShareAnId()
    {
        var result = Run(
            "public static class Probe { public static string[] X() { var a = Consumer.Articles.A; return new[] { a.Quotes[1].Section.Heading!, a.Sections.Dup.Quotes.Count.ToString(), a.Sections.Dup_2.Quotes.Count.ToString() }; } }",
            ("a.article.md", "---\nid: a\ntitle: T\nspeakers:\n  ann: {name: Ann}\n---\nLead.\n\n## A {#dup}\n\nFirst \"Alpha\"{@ann}.\n\n## B {#dup}\n\nZero.\n\nSecond \"Beta\"{@ann}.\n"));

        Assert.Null(result.Run.Results.Single().Exception);
        Assert.Empty(result.CompileProblems);
        var values = (string[])result.Load().GetType("Probe")!.GetMethod("X")!.Invoke(null, null)!;
        Assert.Equal(new[] { "B", "1", "1" }, values);
    }

    [Fact]
    public void DocumentationCommentsStayWellFormedXml()
    {
        var compilation = GeneratorHarness.Compilation()
            .WithOptions(new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var parseOptions = GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);
        var article = GeneratorHarness.Article("a.article.md", "---\nid: a\ntitle: \"A \\uFFFF <b> & \\uFFFE B\"\nspeakers:\n  x: {name: \"X </summary> \\u0001\"}\n---\n[w]{@x}\n");
        GeneratorHarness.Driver(new[] { article }, parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("", parseOptions)), out var output, out _);
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Id is "CS1570" or "CS1587");
    }

    [Theory]
    [InlineData("meta: [it's, ")]
    [InlineData("meta:\n  - - ")]
    public void FrontMatterNestedPastTheLimitIsAFindingNotACompilerCrash(string start)
    {
        // Found by the fuzzer: nesting the old pre-scan missed overflowed the stack inside YamlDotNet,
        // which takes the compiler process down with it.
        var deep = start.EndsWith("- ", System.StringComparison.Ordinal)
            ? start + string.Concat(Enumerable.Repeat("- ", 50_000)) + "a"
            : start + new string('[', 50_000) + new string(']', 50_000) + "]";
        var result = Run(string.Empty, ("a.article.md", "---\nid: a\ntitle: T\n" + deep + "\n---\n\nBody.\n"));

        AssertCompiles(result);
        var finding = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("ARTC003", DiagnosticSeverity.Error), (finding.Id, finding.Severity));
        Assert.Contains("more than 64 levels deep", finding.GetMessage());
    }
}
