using System.Linq;
using System.Text;
using ArticleCompiler.Parsing;
using ArticleCompiler.Text;
using ArticleCompiler.Validation;
using Xunit;

namespace ArticleCompiler.Core.Tests;

public class TextTests
{
    [Theory]
    [InlineData("ab\ncd", 3, 2, 1)]
    [InlineData("ab\r\ncd", 4, 2, 1)]
    [InlineData("ab\rcd", 3, 2, 1)]
    [InlineData("ab\ncd", 2, 1, 3)]
    [InlineData("ab\n", 3, 2, 1)]
    public void LinesEndAtLfCrlfOrCr(string text, int offset, int line, int column)
    {
        Assert.Equal((line, column), new LineMap(text).Locate(offset));
    }

    [Theory]
    [InlineData("ab\r\ncd\ref\n\ngh", new[] { 2, 6, 9, 10, 13 })]
    [InlineData("\r\r\n\n", new[] { 0, 1, 3, 4 })]
    [InlineData("x", new[] { 1 })]
    [InlineData("", new[] { 0 })]
    public void EachLineEndsAtItsLineBreak(string text, int[] ends)
    {
        var lines = new LineMap(text);
        Assert.Equal(ends, Enumerable.Range(1, lines.LineCount).Select(lines.LineEnd));
    }

    [Fact]
    public void ASpanEndIsThePositionAfterItsLastCharacter()
    {
        var span = new LineMap("one\ntwo three").Span(8, 5);
        Assert.Equal((2, 5, 2, 10), (span.Line, span.Column, span.EndLine, span.EndColumn));
    }

    [Fact]
    public void Utf8WithAndWithoutAByteOrderMarkDecodes()
    {
        var bytes = Encoding.UTF8.GetBytes("caf\u00E9");
        Assert.Equal("caf\u00E9", ArticleTextDecoder.Decode(bytes, bytes.Length, out _));
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF, 0x61 };
        Assert.Equal("a", ArticleTextDecoder.Decode(withBom, withBom.Length, out var problem));
        Assert.Null(problem);
    }

    [Fact]
    public void InvalidUtf8IsNotText()
    {
        var bytes = new byte[] { 0x61, 0xFF, 0x62 };
        Assert.Null(ArticleTextDecoder.Decode(bytes, bytes.Length, out var problem));
        Assert.Equal("ARTC010", problem!.Code);
        Assert.Equal("the file is not UTF-8 text (invalid UTF-8 at byte 1)", problem.Message);
    }

    [Fact]
    public void ANulCharacterIsNotText()
    {
        var bytes = new byte[] { 0x61, 0x0A, 0x62, 0x00 };
        Assert.Null(ArticleTextDecoder.Decode(bytes, bytes.Length, out var problem));
        Assert.Equal(("ARTC010", "2:2-2:3"), (problem!.Code, problem.Span.ToString()));
    }

    [Fact]
    public void ATooLargeFileIsReportedWithItsSizeAndTheLimit()
    {
        var problem = ArticleTextDecoder.TooLarge(20, 10);
        Assert.Equal(("ARTC011", "the file is 20 bytes, larger than the limit of 10 bytes"), (problem.Code, problem.Message));
    }

    [Theory]
    [InlineData("antonv", "antonov")]
    [InlineData("ANTONOV", "antonov")]
    [InlineData("puitn", "putin")]
    [InlineData("zelensky", null)]
    [InlineData("pu", null)]
    public void SuggestionsNameTheNearestCandidate(string value, string? expected)
    {
        Assert.Equal(expected, Suggestions.Nearest(value, new[] { "antonov", "putin", "trump" }));
    }

    [Theory]
    [InlineData("antonov", true)]
    [InlineData("vladimir-putin", true)]
    [InlineData("a1-b2", true)]
    [InlineData("1abc", false)]
    [InlineData("Antonov", false)]
    [InlineData("a--b", false)]
    [InlineData("a-", false)]
    [InlineData("", false)]
    public void KeysAreLowerCaseHyphenatedWordsStartingWithALetter(string key, bool valid)
    {
        Assert.Equal(valid, SyntaxRules.IsKey(key));
    }

    [Theory]
    [InlineData("inf-treaty", "InfTreaty")]
    [InlineData("russia-us-syria", "RussiaUsSyria")]
    [InlineData("a1-b2", "A1B2")]
    public void IdsBecomePascalCaseNames(string id, string name)
    {
        Assert.Equal(name, Slug.ToPascalCase(id));
    }
}
