using System.Linq;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;
using Xunit;
using static ArticleCompiler.Core.Tests.TestArticles;

namespace ArticleCompiler.Core.Tests;

/// <summary>Inputs found by fuzzing and review: each once crashed the parser or gave a wrong result.</summary>
public class MalformedInputTests
{
    private static Finding[] Validate(string text) => ArticleValidator.Validate(text, Options).ToArray();

    [Theory]
    [InlineData("---\nid: a\ntags: [a, b\ntitle: t\n---\n")]
    [InlineData("---\nid: a\nmeta: {a: b\n---\n")]
    [InlineData("---\n : x\n---\n")]
    [InlineData("---\ntitle: !![x]\n---\n")]
    [InlineData("---\n...\n1\n---\n")]
    public void YamlThatYamlDotNetRejectsWithoutAYamlExceptionIsMalformedYaml(string text)
    {
        var diagnostic = Assert.Single(Validate(text));
        Assert.Equal("ARTC003", diagnostic.Code);
        Assert.True(diagnostic.Span.Line >= 2);
    }

    [Theory]
    [InlineData("---\nid: a\ntitle: t\nmeta: &m [*m]\n---\n")]
    [InlineData("---\nid: a\ntitle: t\nmeta: &x {k: *x}\n---\n")]
    public void AnAliasThatContainsItselfIsReportedNotFollowedForever(string text)
    {
        Assert.Equal("ARTC004", Assert.Single(Validate(text)).Code);
    }

    [Fact]
    public void DeepNestingIsRefusedBeforeItCanOverflowTheStack()
    {
        var text = "---\nid: a\ntitle: t\nmeta: " + new string('[', 50_000) + new string(']', 50_000) + "\n---\n";
        var diagnostic = Assert.Single(Validate(text));
        Assert.Equal(("ARTC003", 4), (diagnostic.Code, diagnostic.Span.Line));
        Assert.Contains("more than 64 levels deep", diagnostic.Message);
    }

    [Fact]
    public void ABracketInsideAMalformedBlockOpensNoIndirectSpan()
    {
        var parsed = ParseBody("According to him, [Moscow is ready]{@antonov}.\n\n\"Yes,\"{@antonov [} he said]{@putin}\n");
        Assert.Equal(new[] { "Moscow is ready" }, parsed.Article.Quotes.Select(q => q.Text));
        Assert.Contains(parsed.Findings, d => d.Code == "ARTC005");

        var single = ParseBody("]{[}]{@antonov}\n");
        Assert.Empty(single.Article.Quotes);
    }

    [Fact]
    public void AQuoteOpenedInsideNotAQuoteBracketsKeepsItsOwnText()
    {
        var quote = Assert.Single(ParseBody("[x \"y]{-} z\"{@antonov}\n").Article.Quotes);
        Assert.Equal("y] z", quote.Text);
    }

    [Fact]
    public void NotAQuoteBracketsInsideAnIndirectSpanAreText()
    {
        var parsed = ParseBody("[Antonov said [that]{-} Moscow is ready]{@antonov}\n");
        Assert.Equal("Antonov said [that] Moscow is ready", Assert.Single(parsed.Article.Quotes).Text);
        Assert.Empty(parsed.Findings);
    }

    [Fact]
    public void AQuoteWhoseNextParagraphLacksTheOpeningMarkIsUnclosedFromItsOpeningMark()
    {
        var diagnostics = ValidateBody("\"First paragraph\n\nSecond.\"{@antonov} [x]{@putin}\n");
        var diagnostic = Assert.Single(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("ARTC006", "10:1-12:19"), (diagnostic.Code, diagnostic.Span.ToString()));
    }

    [Fact]
    public void UnreadableFrontMatterDoesNotMakeEverySpeakerUnknown()
    {
        var diagnostics = Validate("---\nid: a\ntitle: Syria: Ready\nspeakers:\n  antonov:\n    name: A\n---\n\"Russia is ready,\"{@antonov}\n");
        Assert.Equal(new[] { "ARTC003" }, diagnostics.Select(d => d.Code));
    }

    [Theory]
    [InlineData("revision: [1]", "'revision' must be a positive integer")]
    [InlineData("published: [2018-01-12]", "'published' must be an ISO 8601 date or date-time such as 2018-01-12 or 2018-01-12T09:30:00Z")]
    public void WrongTypesNameTheTypeTheKeyNeeds(string line, string message)
    {
        var diagnostic = Assert.Single(Validate($"---\nid: a\ntitle: t\n{line}\n---\n"));
        Assert.Equal(("ARTC004", message), (diagnostic.Code, diagnostic.Message));
    }

    [Fact]
    public void ASpeakerNameOfTheWrongTypeIsNotAlsoMissing()
    {
        var diagnostics = Validate("---\nid: a\ntitle: t\nspeakers:\n  x:\n    name: [A]\n---\n[w]{@x}\n");
        Assert.Equal(new[] { "ARTC004" }, diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void ALanguageTagWithATrailingLineBreakIsInvalid()
    {
        Assert.Equal("ARTC111", Assert.Single(Validate("---\nid: a\ntitle: t\nlanguage: \"en\\n\"\n---\n")).Code);
    }

    [Theory]
    [InlineData("---\nid: |\n  russia\n  syria\ntitle: t\n---\n", "ARTC102")]
    [InlineData("---\nid: a\ntitle: t\n\"dateLine\\nx\": 1\n---\n", "ARTC201")]
    public void MessagesStayOnOneLine(string text, string code)
    {
        var diagnostic = Assert.Single(Validate(text));
        Assert.Equal(code, diagnostic.Code);
        Assert.DoesNotContain('\n', diagnostic.Message);
        Assert.Contains("\\n", diagnostic.Message);
    }

    [Fact]
    public void AParagraphOfManyLinesKeepsExactPositions()
    {
        var body = string.Concat(Enumerable.Repeat("\"Yes.\"{@antonov}\n", 5_000)) + "[x]{@putin}\n";
        var quotes = ParseBody(body).Article.Quotes;
        Assert.Equal(5_001, quotes.Count);
        Assert.Equal("5009:1-5009:17", quotes[4_999].Span.ToString());
        Assert.Equal("5010:1-5010:12", quotes[5_000].Span.ToString());
    }
}
