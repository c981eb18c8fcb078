using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Configuration;
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

    private static readonly Dictionary<string, ConfiguredSeverity> Defaults = new();

    // The findings as reported: configured (here: nothing configured), then limited.
    private static List<Finding> Reported(string text, IReadOnlyDictionary<string, ConfiguredSeverity>? configured = null) =>
        FindingLimit.Configure(ArticleValidator.Validate(text, Options), configured ?? Defaults);

    [Fact]
    public void TwentyThousandFindingsOnOneLineAreTheFirstHundredAndASummaryOfTheRest()
    {
        var findings = Reported(Classes(20000));

        Assert.Equal(FindingLimit.PerFile + 1, findings.Count);
        var summary = findings[findings.Count - 1];
        Assert.Equal(("ARTC115", DiagnosticSeverity.Error), (summary.Code, summary.Severity));
        Assert.Equal("19901 more findings in this file are not shown (19901 errors, 0 warnings): only the first 100 of a file are reported; the next one is here", summary.Message);
        Assert.Equal("9:305-9:307", summary.Span.ToString());
    }

    [Fact]
    public void TheFindingsBeforeTheLimitAreThoseOfAFileWithoutIt()
    {
        var all = Reported(Classes(FindingLimit.PerFile - 1)).Describe();
        var limited = Reported(Classes(5000)).Describe();

        Assert.Equal(FindingLimit.PerFile, all.Length);
        Assert.Equal(all, limited.Take(FindingLimit.PerFile));
    }

    [Fact]
    public void AFileAtTheLimitHasNoSummary()
    {
        Assert.DoesNotContain(Reported(Classes(FindingLimit.PerFile - 1)), f => f.Code == "ARTC115");
    }

    [Fact]
    public void WhenOnlyWarningsAreLeftOutTheSummaryIsAWarning()
    {
        var unattributed = string.Join("\n\n", Enumerable.Repeat("He said \"this is not attributed at all\" today.", 103));
        var findings = Reported("---\nid: many\ntitle: Many\n---\n\n" + unattributed + "\n");

        var summary = findings[findings.Count - 1];
        Assert.Equal(("ARTC115", DiagnosticSeverity.Warning), (summary.Code, summary.Severity));
        Assert.Contains("(0 errors, 3 warnings)", summary.Message);
    }

    [Fact]
    public void DuplicateQuoteIdsOnOneLineAreLimitedLikeAnyFindings()
    {
        var text = FrontMatter + string.Join(" ", Enumerable.Repeat("\"w\"{@a #q}", 4000)) + "\n";

        var findings = Reported(text);

        Assert.Equal(101, findings.Count);
        Assert.All(findings.Take(100), f => Assert.Equal("ARTC106", f.Code));
        Assert.StartsWith("3899 more findings", findings[100].Message);
    }

    [Fact]
    public void ASpeakerRegistryIsLimitedLikeAnArticle()
    {
        var registry = string.Concat(Enumerable.Range(0, 150).Select(i => $"s{i}:\n  nam: X\n"));

        var findings = FindingLimit.Configure(ArticleCompiler.Registry.SpeakerRegistryFile.Read("speakers.yaml", registry).Findings, Defaults);

        Assert.Equal(101, findings.Count);
        Assert.Equal("ARTC115", findings[100].Code);
        Assert.StartsWith("200 more findings", findings[100].Message);
    }

    [Fact]
    public void SuppressedFindingsTakeNoPlaceBeforeTheLimit()
    {
        // 150 ARTC005 errors switched off: the ARTC202 warning left is shown, with no summary.
        var findings = Reported(Classes(150), new Dictionary<string, ConfiguredSeverity> { ["ARTC005"] = ConfiguredSeverity.Suppressed });

        Assert.Equal("ARTC202", Assert.Single(findings).Code);
    }

    [Fact]
    public void LeftOutErrorsMakeTheSummaryAnErrorWhateverArtc115IsSetTo()
    {
        var configured = new Dictionary<string, ConfiguredSeverity> { ["ARTC115"] = ConfiguredSeverity.Suppressed };

        var summary = Reported(Classes(150), configured).Last();

        Assert.Equal(("ARTC115", DiagnosticSeverity.Error), (summary.Code, summary.Severity));
    }

    [Fact]
    public void ErrorsLoweredToWarningsGiveASummaryThatIsAWarning()
    {
        var summary = Reported(Classes(150), new Dictionary<string, ConfiguredSeverity> { ["ARTC005"] = ConfiguredSeverity.Warning }).Last();

        Assert.Equal(("ARTC115", DiagnosticSeverity.Warning), (summary.Code, summary.Severity));
        Assert.Contains("(0 errors, 51 warnings)", summary.Message);
    }

    [Fact]
    public void Artc115SetToNoneSilencesASummaryOfWarnings()
    {
        var configured = new Dictionary<string, ConfiguredSeverity> { ["ARTC005"] = ConfiguredSeverity.Warning, ["ARTC115"] = ConfiguredSeverity.Suppressed };

        var findings = Reported(Classes(150), configured);

        Assert.Equal(FindingLimit.PerFile, findings.Count);
        Assert.DoesNotContain(findings, f => f.Code == "ARTC115");
    }
}
