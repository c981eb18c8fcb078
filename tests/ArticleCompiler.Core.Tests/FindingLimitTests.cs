using System.Linq;
using ArticleCompiler.Validation;
using Xunit;
using static ArticleCompiler.Core.Tests.TestArticles;

namespace ArticleCompiler.Core.Tests;

/// <summary>Past 100 findings in one file, one summary finding counts the rest.</summary>
public class FindingLimitTests
{
    private const string FrontMatter = "---\nid: many\ntitle: Many\nspeakers:\n  a:\n    name: A\n---\n\n";

    // A block with count unknown classes: count ARTC005, and ARTC202 for the speaker it leaves unquoted.
    private static string Classes(int count) => FrontMatter + "\"x\"{@a" + string.Concat(Enumerable.Repeat(" .y", count)) + "}\n";

    [Fact]
    public void TwentyThousandFindingsOnOneLineAreTheFirstHundredAndASummaryOfTheRest()
    {
        var findings = ArticleValidator.Validate(Classes(20000), Options);

        Assert.Equal(FindingLimit.PerFile + 1, findings.Count);
        var summary = findings[findings.Count - 1];
        Assert.Equal(("ARTC115", DiagnosticSeverity.Error), (summary.Code, summary.Severity));
        Assert.Equal("19901 more findings in this file are not shown (19901 errors, 0 warnings): only the first 100 of a file are reported; the next one is here", summary.Message);
        Assert.Equal("9:305-9:307", summary.Span.ToString());
    }

    [Fact]
    public void TheFindingsBeforeTheLimitAreThoseOfAFileWithoutIt()
    {
        var all = ArticleValidator.Validate(Classes(FindingLimit.PerFile - 1), Options).Describe();
        var limited = ArticleValidator.Validate(Classes(5000), Options).Describe();

        Assert.Equal(FindingLimit.PerFile, all.Length);
        Assert.Equal(all, limited.Take(FindingLimit.PerFile));
    }

    [Fact]
    public void AFileAtTheLimitHasNoSummary()
    {
        Assert.DoesNotContain(ArticleValidator.Validate(Classes(FindingLimit.PerFile - 1), Options), f => f.Code == "ARTC115");
    }

    [Fact]
    public void WhenOnlyWarningsAreLeftOutTheSummaryIsAWarning()
    {
        var unattributed = string.Join("\n\n", Enumerable.Repeat("He said \"this is not attributed at all\" today.", 103));
        var findings = ArticleValidator.Validate("---\nid: many\ntitle: Many\n---\n\n" + unattributed + "\n", Options);

        var summary = findings[findings.Count - 1];
        Assert.Equal(("ARTC115", DiagnosticSeverity.Warning), (summary.Code, summary.Severity));
        Assert.Contains("(0 errors, 3 warnings)", summary.Message);
    }

    [Fact]
    public void DuplicateQuoteIdsOnOneLineAreLimitedLikeAnyFindings()
    {
        var text = FrontMatter + string.Join(" ", Enumerable.Repeat("\"w\"{@a #q}", 4000)) + "\n";

        var findings = ArticleValidator.Validate(text, Options);

        Assert.Equal(101, findings.Count);
        Assert.All(findings.Take(100), f => Assert.Equal("ARTC106", f.Code));
        Assert.StartsWith("3899 more findings", findings[100].Message);
    }

    [Fact]
    public void ASpeakerRegistryIsLimitedLikeAnArticle()
    {
        var registry = string.Concat(Enumerable.Range(0, 150).Select(i => $"s{i}:\n  nam: X\n"));

        var findings = ArticleCompiler.Registry.SpeakerRegistryFile.Read("speakers.yaml", registry).Diagnostics;

        Assert.Equal(101, findings.Count);
        Assert.Equal("ARTC115", findings[100].Code);
        Assert.StartsWith("200 more findings", findings[100].Message);
    }
}
