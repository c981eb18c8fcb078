using System.Linq;
using ArticleCompiler.Annotation;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;
using Xunit;
using static ArticleCompiler.Core.Tests.TestArticles;

namespace ArticleCompiler.Core.Tests.Fuzz;

/// <summary>
/// Findings of the fuzz harness (tests/ArticleCompiler.Benchmarks, 'fuzz') in the front matter's
/// nesting limit: deep nesting that the old character scan missed overflowed YamlDotNet's stack and
/// killed the process (exit 134, no message); brackets inside quoted strings it counted were a false ARTC003.
/// </summary>
public class YamlNestingTests
{
    private const int Deep = 50_000;

    private static Finding[] Validate(string text) => ArticleValidator.Validate(text, Options).ToArray();

    private static void AssertNestingRefused(string frontMatterLines, int line)
    {
        var diagnostic = Assert.Single(Validate("---\nid: a\ntitle: t\n" + frontMatterLines + "\n---\n\nBody.\n"));
        Assert.Equal(("ARTC003", line), (diagnostic.Code, diagnostic.Span.Line));
        Assert.Equal("the front matter is not valid YAML: the front matter nests lists or maps more than 64 levels deep", diagnostic.Message);
    }

    [Theory]
    [InlineData("[it's, ")]      // an apostrophe inside a plain scalar opens no quoted string
    [InlineData("[a\"b, ")]      // nor does a double quote
    [InlineData("[a#b, ")]       // a '#' without a space before it starts no comment
    [InlineData("[\"a\\\"\", ")] // an escaped quote does not end a quoted string
    public void BracketsAfterAPlainScalarWithAQuoteOrHashStillCountTowardsTheLimit(string first)
    {
        AssertNestingRefused("meta: " + first + new string('[', Deep) + new string(']', Deep) + "]", 4);
    }

    [Theory]
    [InlineData("- ")]
    [InlineData("? ")]
    public void CompactBlockNestingOnOneLineIsRefused(string indicator)
    {
        AssertNestingRefused("meta:\n  " + string.Concat(Enumerable.Repeat(indicator, Deep)) + "a", 5);
    }

    [Fact]
    public void EscapedQuotesInAQuotedTitleOpenNoLists()
    {
        var title = string.Concat(Enumerable.Repeat("[\"", 140));
        var parsed = ArticleParser.Parse("---\nid: a\ntitle: \"" + title.Replace("\"", "\\\"") + "\"\n---\n\nBody.\n");

        Assert.Empty(parsed.Findings);
        Assert.Equal(title, parsed.Article.Metadata.Title);
    }

    [Fact]
    public void BracketsOnTheSecondLineOfAQuotedTitleOpenNoLists()
    {
        var parsed = ArticleParser.Parse("---\nid: a\ntitle: \"first line\n  " + new string('[', 70) + " end\"\n---\n\nBody.\n");

        Assert.Empty(parsed.Findings);
        Assert.Equal("first line " + new string('[', 70) + " end", parsed.Article.Metadata.Title);
    }

    [Fact]
    public void ADraftWhoseTitleHoldsManyQuotesAndBracketsValidates()
    {
        // The fuzz input: the first line of the raw text, which becomes the title, was '---["["["...'.
        var raw = "---" + string.Concat(Enumerable.Repeat("[\"", 200)) + "\n\nThe body of the article.\n";
        var draft = ArticleAnnotator.Annotate(raw, new AnnotatorOptions()).Draft;

        Assert.Empty(Validate(draft).Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Code + ": " + d.Message));
    }
}
