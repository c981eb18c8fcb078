using System;
using System.Linq;
using ArticleCompiler.Validation;
using Xunit;
using static ArticleCompiler.Core.Tests.TestArticles;

namespace ArticleCompiler.Core.Tests;

/// <summary>Each rule's message and span; the broken-file collection covers every code too.</summary>
public class ValidationRuleTests
{
    private static Finding[] Validate(string text) => ArticleValidator.Validate(text, Options).ToArray();

    [Fact]
    public void AnUnknownSpeakerIsReportedAtTheKeyWithTheNearestKnownOne()
    {
        var diagnostic = Assert.Single(ValidateBody("\"Ready to talk.\"{@antonv} Antonov said. \"More.\"{@antonov} [x]{@putin}\n"));
        Assert.Equal("ARTC104", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("unknown speaker 'antonv' (did you mean 'antonov'?)", diagnostic.Message);
        Assert.Equal("10:18-10:25", diagnostic.Span.ToString());
    }

    [Fact]
    public void AnUnknownSpeakerFarFromAnyKnownOneGetsNoSuggestion()
    {
        var diagnostic = Assert.Single(ValidateBody("\"Ready.\"{@zelensky} \"More.\"{@antonov} [x]{@putin}\n"));
        Assert.Equal("unknown speaker 'zelensky'", diagnostic.Message);
    }

    [Fact]
    public void MissingFrontMatterIsReportedAtTheFirstLine()
    {
        var diagnostic = Assert.Single(Validate("Just text.\n"));
        Assert.Equal(("ARTC001", "1:1-1:11"), (diagnostic.Code, diagnostic.Span.ToString()));
    }

    [Fact]
    public void UnclosedFrontMatterIsReportedAtTheOpeningLineAndNothingElse()
    {
        var diagnostic = Assert.Single(Validate("---\nid: a\ntitle: b\n\nBody.\n"));
        Assert.Equal(("ARTC002", "1:1-1:4"), (diagnostic.Code, diagnostic.Span.ToString()));
    }

    [Fact]
    public void MalformedYamlIsReportedWhereTheParserStoppedHereAtTheEndOfTheFrontMatter()
    {
        var diagnostic = Assert.Single(Validate("---\nid: a\ntitle: [unclosed\n---\n"));
        Assert.Equal("ARTC003", diagnostic.Code);
        Assert.Equal((4, 1, 4, 1), (diagnostic.Span.Line, diagnostic.Span.Column, diagnostic.Span.EndLine, diagnostic.Span.EndColumn));
        Assert.StartsWith("the front matter is not valid YAML: ", diagnostic.Message);
        Assert.DoesNotContain("Line:", diagnostic.Message);
    }

    [Fact]
    public void ADuplicateYamlKeyIsMalformedYaml()
    {
        Assert.Equal("ARTC003", Assert.Single(Validate("---\nid: a\nid: b\ntitle: c\n---\n")).Code);
    }

    [Theory]
    [InlineData("revision: two", "'revision' must be a positive integer", "4:11-4:14")]
    [InlineData("published: yesterday", "'published' must be an ISO 8601 date or date-time such as 2018-01-12 or 2018-01-12T09:30:00Z", "4:12-4:21")]
    [InlineData("authors: Ann", "'authors' must be a list of strings, such as [a, b]", "4:10-4:13")]
    [InlineData("tags: {a: b}", "'tags' must be a list of strings, such as [a, b]", "4:7-4:13")]
    [InlineData("category: [a, b]", "'category' must be a string", "4:11-4:17")]
    [InlineData("speakers: [a]", "'speakers' must be a map from speaker keys to speakers", "4:11-4:14")]
    [InlineData("meta: {a: [1]}", "'meta' must be a map from strings to scalar values", "4:11-4:14")]
    public void YamlOfTheWrongTypeIsReportedAtTheValue(string line, string message, string span)
    {
        var diagnostic = Assert.Single(Validate($"---\nid: a\ntitle: b\n{line}\n---\n"));
        Assert.Equal(("ARTC004", message, span), (diagnostic.Code, diagnostic.Message, diagnostic.Span.ToString()));
    }

    [Theory]
    [InlineData("title: b", "id")]
    [InlineData("id: a", "title")]
    [InlineData("id: a\ntitle:", "title")]
    public void MissingRequiredKeysAreReportedAtTheOpeningLine(string lines, string key)
    {
        var diagnostic = Assert.Single(Validate($"---\n{lines}\n---\n"));
        Assert.Equal(("ARTC101", $"the front matter has no '{key}'", "1:1-1:4"), (diagnostic.Code, diagnostic.Message, diagnostic.Span.ToString()));
    }

    [Theory]
    [InlineData("Russia-US")]
    [InlineData("russia_us")]
    [InlineData("russia--us")]
    [InlineData("-russia")]
    public void MalformedArticleIdsAreErrors(string id)
    {
        var diagnostic = Assert.Single(Validate($"---\nid: {id}\ntitle: b\n---\n"));
        Assert.Equal(("ARTC102", "2:5"), (diagnostic.Code, $"{diagnostic.Span.Line}:{diagnostic.Span.Column}"));
    }

    [Fact]
    public void AnArticleIdMayStartWithADigit()
    {
        Assert.Empty(Validate("---\nid: 2018-russia\ntitle: b\n---\n"));
    }

    [Fact]
    public void AMalformedSpeakerKeySuggestsTheWellFormedOne()
    {
        var diagnostics = Validate("---\nid: a\ntitle: b\nspeakers:\n  Antonov:\n    name: A\n---\n\"Hello.\"{@Antonov}\n");
        Assert.Equal(new[] { "ARTC103 5:3-5:10", "ARTC202 5:3-5:10", "ARTC103 8:10-8:18" }, diagnostics.Describe());
        Assert.Equal("speaker key 'Antonov' must start with a letter and be lower-case words of letters and digits joined by single hyphens (did you mean 'antonov'?)", diagnostics[0].Message);
    }

    [Fact]
    public void DuplicateSectionIdsAreReportedAtTheSecondHeading()
    {
        var diagnostics = ValidateBody("## INF Treaty\n\nText.\n\n## INF treaty!\n\nMore.\n").Where(d => d.Code == "ARTC105").ToArray();
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("section id 'inf-treaty' is already used at line 10", diagnostic.Message);
        Assert.Equal("14:4-14:15", diagnostic.Span.ToString());
    }

    [Theory]
    [InlineData(3)]
    [InlineData(30)]
    public void EveryRepeatedSectionIdNamesTheLineOfItsFirstUse(int sections)
    {
        var body = string.Concat(Enumerable.Range(0, sections).Select(i => $"## Part {i}\n\nText.\n\n")) + "## Part 1\n\nText.\n\n## Part 0\n\nText.\n\n## Part 1\n\nText.\n";
        var messages = ValidateBody(body).Where(d => d.Code == "ARTC105").Select(d => d.Message);
        Assert.Equal(
            new[] { "section id 'part-1' is already used at line 14", "section id 'part-0' is already used at line 10", "section id 'part-1' is already used at line 14" },
            messages);
    }

    [Fact]
    public void AHeadingNamedLeadCollidesWithTheImplicitLead()
    {
        Assert.Contains(ValidateBody("Lead text.\n\n## Lead\n\nMore.\n"), d => d.Code == "ARTC105");
    }

    [Fact]
    public void DuplicateQuoteIdsAreReportedAtTheSecondId()
    {
        var diagnostic = Assert.Single(ValidateBody("\"One.\"{@antonov #q} \"Two.\"{@putin #q}\n"));
        Assert.Equal(("ARTC106", "quote id 'q' is already used at line 10", "10:35-10:37"), (diagnostic.Code, diagnostic.Message, diagnostic.Span.ToString()));
    }

    [Fact]
    public void AnEmptyQuoteIsAnError()
    {
        var diagnostics = ValidateBody("\"\"{@antonov} and [ ]{@putin}\n");
        Assert.Equal(new[] { "ARTC107 10:1-10:13", "ARTC107 10:18-10:29" }, diagnostics.Describe());
    }

    [Fact]
    public void AnAttributeBlockWhileAQuoteIsStillOpenIsAnUnclosedQuote()
    {
        var diagnostics = ValidateBody("\"Russia is ready, {@antonov} Antonov said. [x]{@putin}\n");
        Assert.Equal(new[] { "ARTC006 10:1-10:29" }, diagnostics.Where(d => d.Code != "ARTC202").Describe());
    }

    [Theory]
    [InlineData("\"Quote.\"{antonov} [x]{@putin}", "malformed attribute block: unexpected 'antonov' (a block holds '@speaker-key', '#quote-id' and .direct, .partial or .indirect)", "10:10-10:17")]
    [InlineData("\"Quote.\"{@antonov @putin}", "malformed attribute block: more than one speaker key ('antonov' and 'putin')", "10:19-10:25")]
    [InlineData("\"Quote.\"{@antonov .drect} [x]{@putin}", "malformed attribute block: unknown class '.drect' (did you mean '.direct'?)", "10:19-10:25")]
    [InlineData("\"Quote.\"{#q .direct} [x]{@antonov} [y]{@putin}", "malformed attribute block: no speaker: add '@speaker-key'", "10:9-10:21")]
    [InlineData("\"Quote.\"{@antonov and then text", "malformed attribute block: missing '}'", "10:9-10:32")]
    [InlineData("said:\"Quote.\"{@antonov} [x]{@putin}", "malformed attribute block: no quote is open before this block (a straight opening quote needs white space or one of ( [ \u2014 - before it)", "10:14-10:24")]
    public void MalformedAttributeBlocksSayWhatIsWrong(string body, string message, string span)
    {
        var diagnostic = Assert.Single(ValidateBody(body + "\n"), d => d.Code == "ARTC005");
        Assert.Equal((message, span), (diagnostic.Message, diagnostic.Span.ToString()));
    }

    [Fact]
    public void AnUnclosedFenceIsReportedAtItsOpeningLine()
    {
        var diagnostics = ValidateBody("::: related\nREAD MORE: x\n");
        Assert.Equal(new[] { "ARTC007 10:1-10:12" }, diagnostics.Where(d => d.Code != "ARTC202").Describe());
    }

    [Fact]
    public void AnUnknownAsideKindNamesTheNearestKind()
    {
        var diagnostic = Assert.Single(ValidateBody("::: relatd\nx\n:::\n"), d => d.Code == "ARTC008");
        Assert.Equal(("unknown aside kind 'relatd' (did you mean 'related'?)", "10:5-10:11"), (diagnostic.Message, diagnostic.Span.ToString()));
    }

    [Fact]
    public void AStrayClosingFenceIsAnError()
    {
        Assert.Equal(new[] { "ARTC013 11:1-11:4" }, ValidateBody("Text.\n:::\n").Where(d => d.Code != "ARTC202").Describe());
    }

    [Fact]
    public void ASpeakerWithoutANameIsAnError()
    {
        var diagnostics = Validate("---\nid: a\ntitle: b\nspeakers:\n  x:\n    role: r\n---\n[words]{@x}\n");
        Assert.Equal(new[] { "ARTC110 5:3-5:4" }, diagnostics.Describe());
    }

    [Theory]
    [InlineData("revision: 0", "'revision' must be a positive integer (1 or more)")]
    [InlineData("url: /relative/path", "'url' must be an absolute URL with a scheme, such as https://example.com/article")]
    [InlineData("language: english!", "'language' must be a BCP 47 language tag such as 'en' or 'pt-BR'")]
    public void InvalidValuesAreErrors(string line, string message)
    {
        var diagnostic = Assert.Single(Validate($"---\nid: a\ntitle: b\n{line}\n---\n"));
        Assert.Equal(("ARTC111", message), (diagnostic.Code, diagnostic.Message));
    }

    [Fact]
    public void AnUnknownSpeakerKindIsAnInvalidValue()
    {
        var diagnostic = Assert.Single(Validate("---\nid: a\ntitle: b\nspeakers:\n  x:\n    name: X\n    kind: organisation\n---\n[w]{@x}\n"));
        Assert.Equal(("ARTC111", "'kind' must be 'person' or 'organization' (did you mean 'organization'?)", "7:11-7:23"), (diagnostic.Code, diagnostic.Message, diagnostic.Span.ToString()));
    }

    [Fact]
    public void UnknownKeysAreWarningsThatNameTheNearestKey()
    {
        var diagnostics = Validate("---\nid: a\ntitle: b\npublshed: 2018-01-01\nspeakers:\n  x:\n    name: X\n    rol: r\n---\n[w]{@x}\n");
        Assert.Equal(new[] { "ARTC201 4:1-4:9", "ARTC201 8:5-8:8" }, diagnostics.Describe());
        Assert.Equal("unknown front-matter key 'publshed' (did you mean 'published'?)", diagnostics[0].Message);
        Assert.Equal("unknown speaker key 'rol' (did you mean 'role'?)", diagnostics[1].Message);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void ASpeakerNeverQuotedIsAWarningAtItsKey()
    {
        var diagnostic = Assert.Single(ValidateBody("\"Hello.\"{@antonov}\n"));
        Assert.Equal(("ARTC202", "speaker 'putin' is defined but never quoted", "7:3-7:8", DiagnosticSeverity.Warning),
            (diagnostic.Code, diagnostic.Message, diagnostic.Span.ToString(), diagnostic.Severity));
    }

    [Theory]
    [InlineData("He said \"one two three four\" today.", true)]
    [InlineData("He said \u201Cone two three\u201D today.", false)]
    [InlineData("He said \u201Cone two three four\u201D today.", true)]
    public void AQuotedSpanOfFourOrMoreWordsWithoutABlockIsAWarning(string line, bool warned)
    {
        var diagnostics = ValidateBody(line + " \"x\"{@antonov} [y]{@putin}\n");
        Assert.Equal(warned, diagnostics.Any(d => d.Code == "ARTC203"));
        if (warned)
        {
            var diagnostic = diagnostics.Single();
            Assert.Equal(("a quote of 4 words has no attribute block (add {@speaker}, or {-} if it is not a quote)", "10:9-10:29"), (diagnostic.Message, diagnostic.Span.ToString()));
        }
    }

    [Fact]
    public void HeadingsOfOtherLevelsAreWarnings()
    {
        var diagnostics = ValidateBody("# One\n\n### Three\n\n\"x\"{@antonov} [y]{@putin}\n");
        Assert.Equal(new[] { "ARTC204 10:1-10:6", "ARTC204 12:1-12:10" }, diagnostics.Describe());
        Assert.StartsWith("a level-1 heading is kept as text", diagnostics[0].Message);
    }

    [Fact]
    public void AHeadedSectionWithNothingInItIsAWarning()
    {
        var diagnostics = ValidateBody("\"x\"{@antonov} [y]{@putin}\n\n## Empty\n\n## Full\n\nText.\n");
        Assert.Equal(new[] { "ARTC205 12:1-12:9" }, diagnostics.Describe());
    }

    [Fact]
    public void APublicationDateInTheFutureIsAWarning()
    {
        var future = Validate("---\nid: a\ntitle: b\npublished: 2026-01-02\n---\n");
        Assert.Equal(new[] { "ARTC206 4:12-4:22" }, future.Describe());
        Assert.Empty(Validate("---\nid: a\ntitle: b\npublished: 2025-12-31\n---\n"));
    }

    [Fact]
    public void FindingsAreOrderedByPosition()
    {
        var diagnostics = Validate("---\nid: Bad\ntitle: b\nzzz: 1\n---\n\"Hi.\"{@nobody}\n");
        Assert.Equal(new[] { "ARTC102", "ARTC201", "ARTC104" }, diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void EveryCodeIsDeclaredOnceWithItsRangeMatchingItsSeverity()
    {
        var codes = DiagnosticDescriptors.All.Select(d => d.Code).ToArray();
        Assert.Equal(codes.Length, codes.Distinct().Count());
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            Assert.Matches("^ARTC[0-3][0-9][0-9]$", descriptor.Code);
            var expected = descriptor.Code[4] is '2' or '3' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
            Assert.Equal(expected, descriptor.DefaultSeverity);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title));
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Description));
        }

        var declared = typeof(DiagnosticDescriptors).GetFields().Where(f => f.FieldType == typeof(DiagnosticDescriptor)).Select(f => f.GetValue(null)).ToArray();
        Assert.Equal(declared.Length, DiagnosticDescriptors.All.Count);
    }

    [Fact]
    public void TheParserNeverThrowsOnArbitraryPrefixesOfTheSeed()
    {
        var seed = System.IO.File.ReadAllText(SeedPath);
        for (var length = 0; length < seed.Length; length += 37)
        {
            var text = seed.Substring(0, length);
            var exception = Record.Exception(() => ArticleValidator.Validate(text, Options));
            Assert.Null(exception);
        }
    }
}
