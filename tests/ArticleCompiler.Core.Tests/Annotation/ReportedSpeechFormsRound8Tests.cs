using ArticleCompiler.Annotation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>
/// Reported speech found in issue 14's eighth round: a subject noun phrase that names a report and
/// where it ran ("A report in the weekly paper said that ...").
/// </summary>
public class ReportedSpeechFormsRound8Tests
{
    private static string[] Reported(string paragraph) => ReportedSpans.Texts(paragraph, new AnnotatorOptions(MinimumConfidence: 0));

    [Fact]
    public void AReportNamedWithWhereItRanIsTheSubjectOfSaid()
    {
        Assert.Equal(new[] { "the ferry had been sold twice" }, Reported("A report in the weekly paper said that the ferry had been sold twice."));
    }
}
