using System;
using System.Text.RegularExpressions;
using ArticleCompiler.Parsing;
using Xunit;

namespace ArticleCompiler.Core.Tests;

public class LanguageTagTests
{
    // The rule as the format states it (docs/format.md); the parser checks it by hand.
    private static readonly Regex Rule = new("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*\\z", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("en", true)]
    [InlineData("pt-BR", true)]
    [InlineData("zh-Hant-TW", true)]
    [InlineData("de-12345678", true)]
    [InlineData("e", false)]
    [InlineData("engl", false)]
    [InlineData("en-", false)]
    [InlineData("en--us", false)]
    [InlineData("en_US", false)]
    [InlineData("en-abcdefghi", false)]
    [InlineData("en\n", false)]
    [InlineData("", false)]
    [InlineData("ené", false)]
    public void ALanguageTagIsTwoOrThreeLettersThenShortSubtags(string value, bool expected)
    {
        Assert.Equal(expected, SyntaxRules.IsLanguageTag(value));
    }

    [Fact]
    public void TheHandWrittenCheckAgreesWithTheRuleOnGeneratedValues()
    {
        var alphabet = "aZ9-_é\n";
        var random = new Random(15);
        for (var n = 0; n < 20000; n++)
        {
            var chars = new char[random.Next(0, 14)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var value = new string(chars);
            Assert.True(Rule.IsMatch(value) == SyntaxRules.IsLanguageTag(value), $"'{value}'");
        }
    }
}
