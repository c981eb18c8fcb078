using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ArticleCompiler.Parsing;
using ArticleCompiler.Text;
using ArticleCompiler.Validation;
using Xunit;
using static ArticleCompiler.Core.Tests.TestArticles;

namespace ArticleCompiler.Core.Tests;

/// <summary>
/// The front matter's fast reader (<see cref="FrontMatterScanner"/>) against YamlDotNet: on every
/// article of the repository and on generated front matters, the parsed article, its findings and
/// their positions are the same whichever read the YAML; what the scanner is not sure of goes to YamlDotNet.
/// </summary>
public class FrontMatterScannerTests
{
    public static IEnumerable<object[]> RepositoryArticles() =>
        new[] { "seeds", "tests" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryRoot, folder), "*.md", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(path => File.ReadAllText(path).StartsWith("---", StringComparison.Ordinal) || path.EndsWith(".article.md", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => new object[] { Path.GetRelativePath(RepositoryRoot, path) });

    [Theory]
    [MemberData(nameof(RepositoryArticles))]
    public void EveryArticleOfTheRepositoryParsesAsYamlDotNetReadsIt(string path)
    {
        AssertSameAsYamlDotNet(File.ReadAllText(Path.Combine(RepositoryRoot, path)));
    }

    [Fact]
    public void TheSeedArticlesAreReadByTheScanner()
    {
        foreach (var path in Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "seeds"), "*.article.md", SearchOption.AllDirectories))
        {
            Assert.True(IsScanned(File.ReadAllText(path)), path);
        }
    }

    [Fact]
    public void TheSeedRegistryReadsAsYamlDotNetReadsIt()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot, "seeds", "speakers.yaml"));
        Assert.NotNull(FrontMatterScanner.TryScan(text, 0, text.Length));
        Assert.Equal(ReadRegistry(text, allowScanner: false), ReadRegistry(text, allowScanner: true));
    }

    [Theory]
    [InlineData("id: a\ntitle: T\n")]
    [InlineData("id: a   # the id\ntitle: 'It''s'\n")]
    [InlineData("# a comment\n\nid: a\ntitle: \"say \\\"hi\\\" \\\\ \\/ \\n \\t\"\n")]
    [InlineData("id: a\r\ntitle: T\r\ntags: [a, 'b c', \"d\"]\r\n")]
    [InlineData("id: a\ntitle: T\nauthors:\n- A\n- 'B'\ntags:\n  - x  # first\n  - y\n")]
    [InlineData("id: a\ntitle: Q&A - no, 50% [sic] it's a#b {x}\nurl: https://example.com/a?b=c#d\n")]
    [InlineData("id: a\ntitle: T\nspeakers:\n  antonov:\n    name: Anatoly Antonov\n    aliases: []\n  fsb:\n      name: FSB\n      kind: organization\nmeta:\n  k: v\n")]
    [InlineData("id: a\ntitle: ~\nrevision: null\npublished: 2018-01-12T09:30:00Z\nlanguage: xx_yy\n")]
    [InlineData("id: a\ntitle: Café — “quoted” ü\n")]
    public void FormatV1ShapesAreReadByTheScanner(string yaml)
    {
        var text = "---\n" + yaml + "---\n\nBody.\n";
        Assert.True(IsScanned(text));
        AssertSameAsYamlDotNet(text);
    }

    [Theory]
    [InlineData("id: &a x\ntitle: *a\n")]                  // anchor and alias
    [InlineData("id: !!str a\ntitle: T\n")]                // tag
    [InlineData("id: a\ntitle: |\n  T\n")]                 // block scalar
    [InlineData("id: a\ntitle: >\n  T\n")]                 // folded scalar
    [InlineData("id: a\ntitle: T\nmeta: {a: b}\n")]        // flow map
    [InlineData("id: a\ntitle: T\n--- x\n")]              // a second document
    [InlineData("id: a\ntitle: T\n...\n")]                 // document end
    [InlineData("%YAML 1.2\n---\nid: a\n")]                // directive
    [InlineData("id: a\ntitle: first\n  second\n")]        // multi-line plain scalar
    [InlineData("id: a\ntitle: \"first\n  second\"\n")]    // multi-line quoted scalar
    [InlineData("id: a\ntags: [a,\n  b]\n")]               // multi-line flow list
    [InlineData("id: a\ntitle:\n")]                        // empty value
    [InlineData("id: a\ntitle: T\nid: b\n")]               // duplicate key
    [InlineData("id: a\ntitle:\tT\n")]                     // tab
    [InlineData("  id: a\n  title: T\n")]                  // indented root
    [InlineData("id: a\nspeakers:\n    a:\n      name: A\n  b:\n    name: B\n")] // odd indentation
    [InlineData("id: a\ntitle: a: b\n")]                   // a colon and space in a plain scalar
    [InlineData("id: a\ntitle: \"\\u00e9\"\n")]            // an escape other than the common ones
    [InlineData("id: a\ntitle: T\u2028x\n")]               // a YAML line separator
    [InlineData("id: a\ntitle: T\rx: y\n")]                // a lone carriage return
    [InlineData("id: a\ntitle: 'T' x\n")]                  // text after a quoted scalar
    [InlineData("id: a\ntags: [a, , b]\n")]                // an empty flow item
    [InlineData("id: a\ntags: [a, b,]\n")]                 // a trailing comma
    [InlineData("id: a\ntags:\n  - name: x\n")]            // a map in a list
    [InlineData("id: a\n\"title\": T\n")]                  // a quoted key
    [InlineData("id: a\nmy key: T\n")]                     // a key with a space
    [InlineData("- a\n- b\n")]                             // a list at the root
    [InlineData("# only a comment\n")]                     // no content
    [InlineData("id: a\ntitle: -T\n")]                     // a scalar starting with an indicator
    public void WhatTheScannerIsNotSureOfIsReadByYamlDotNet(string yaml)
    {
        var text = "---\n" + yaml + "---\n\nBody.\n";
        Assert.False(IsScanned(text));
        AssertSameAsYamlDotNet(text);
    }

    [Fact]
    public void GeneratedFrontMattersParseAsYamlDotNetReadsThem()
    {
        var random = new Random(15);
        var scanned = 0;
        const int count = 4000;
        for (var i = 0; i < count; i++)
        {
            var text = "---\n" + GeneratedFrontMatter.Next(random) + "---\n\n\"Hello.\"{@a} he said.\n";
            scanned += IsScanned(text) ? 1 : 0;
            AssertSameAsYamlDotNet(text);
        }

        // Both readers are exercised (about a quarter of these are read by the scanner).
        Assert.InRange(scanned, count / 8, count - (count / 10));
    }

    private static bool IsScanned(string text)
    {
        var start = text.IndexOf('\n') + 1;
        var end = text.IndexOf("\n---\n", start - 1, StringComparison.Ordinal) + 1;
        return FrontMatterScanner.TryScan(text, start, end) is not null;
    }

    private static FrontMatterReader.Result ReadRegistry(string text, bool allowScanner) =>
        FrontMatterReader.ReadRegistry(text, new LineMap(text), new List<Finding>(), allowScanner);

    private static void AssertSameAsYamlDotNet(string text)
    {
        var expected = ArticleParser.Parse(text, allowScanner: false);
        var actual = ArticleParser.Parse(text, allowScanner: true);
        Assert.True(
            expected.Findings.Select(Show).SequenceEqual(actual.Findings.Select(Show)),
            $"Findings differ for:\n{text}\nYamlDotNet:\n{string.Join("\n", expected.Findings.Select(Show))}\nScanner:\n{string.Join("\n", actual.Findings.Select(Show))}");
        Assert.True(expected.FrontMatter.Equals(actual.FrontMatter), $"Key positions differ for:\n{text}");
        Assert.True(expected.Article.Equals(actual.Article), $"Articles differ for:\n{text}");
        Assert.Equal(expected, actual);
        Assert.Equal(
            ArticleValidator.Validate(expected, Options).Select(Show),
            ArticleValidator.Validate(actual, Options).Select(Show));
    }

    private static string Show(Finding diagnostic) => $"{diagnostic.Code} {diagnostic.Span} {diagnostic.Message}";
}
