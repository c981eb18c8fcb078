using System;
using System.Linq;
using ArticleCompiler.Annotation;
using ArticleCompiler.Validation;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>Whatever the raw text, the annotator returns a draft that validates without errors.</summary>
public class AnnotatorRobustnessTests
{
    private static readonly string[] Pieces =
    {
        "Antonov", "said", "added", "he", "the ambassador", "told", "that", "According to", "Anatoly Antonov", "Russian President Vladimir Putin",
        ",", ".", ":", "\"", "“", "”", "'", "[", "]", "{", "}", "{@x}", "{-}", "\\", "\\\"", "#", "## ", ":::", "---", "READ MORE:", "Discuss",
        "\u00A0", "\t", "\u2028", "\u0085", "\r\n", " ", " ", " ", "\n", "\n", "\n\n", "\n\n", "(FSB)", "the Federal Security Service", "—", "-", "1987", "é", "Россия", "😀",
    };

    private static readonly Gen<string> RawText = Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts));

    [Fact]
    public void AnyRawTextGivesADraftWithoutErrors()
    {
        Prop.ForAll(RawText.ToArbitrary(), raw =>
        {
            var result = ArticleAnnotator.Annotate(raw, new AnnotatorOptions());
            var errors = ArticleValidator.Validate(result.Draft, new ValidationOptions(DateTimeOffset.UtcNow)).Where(f => f.Severity == DiagnosticSeverity.Error).ToList();
            return errors.Count == 0
                ? true
                : throw new Xunit.Sdk.XunitException($"raw:\n{raw}\n--- draft:\n{result.Draft}\n--- errors: {string.Join(", ", errors.Select(e => e.Code + " " + e.Message + " @" + e.Span))}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(400));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    [InlineData("Title only")]
    [InlineData("World\n\nA title\n\n\"Unclosed quote, he said.\n\n\"Another\" one,\" she said.")]
    [InlineData("Headline for it\n\nSome text first.\n\n\"We are ready to do it now and later \u2028 more,\" he said.\n")]
    [InlineData("Headline for it\n\n\"a a a a a a a a a a a a a a a a a a a \U0001F600 a a,\" he said.\n")]
    [InlineData("Headline \u0085 with a next-line\n\n\"We are ready \u2029 now,\" Antonov said.\n")]
    public void EdgeCasesGiveADraftWithoutErrors(string raw)
    {
        var result = ArticleAnnotator.Annotate(raw, new AnnotatorOptions());
        Assert.DoesNotContain('\uFFFD', result.Draft);
        Assert.DoesNotContain(ArticleValidator.Validate(result.Draft, new ValidationOptions(DateTimeOffset.UtcNow)), f => f.Severity == DiagnosticSeverity.Error);
    }
}
