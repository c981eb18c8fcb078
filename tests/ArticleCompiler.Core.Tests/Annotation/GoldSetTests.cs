using System.Linq;
using ArticleCompiler.Annotation;
using ArticleCompiler.Tests.Shared;
using Xunit;
using Xunit.Abstractions;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>
/// Floors for artc annotate on the gold set (the seed and Wikinews articles in tests/Gold): the
/// issue's bar on the whole set, and regression floors a little below today's figures on each part.
/// The table: dotnet run -c Release --project tests/ArticleCompiler.Benchmarks -- annotate-eval
/// </summary>
public class GoldSetTests
{
    private readonly ITestOutputHelper _output;

    public GoldSetTests(ITestOutputHelper output) => _output = output;

    private static (QuoteCounts Direct, QuoteCounts Indirect, QuoteCounts All) Score(System.Collections.Generic.IReadOnlyList<(string Name, string Raw, string Gold)> set) =>
        AnnotationScoring.Totals(set.Select(article =>
            (AnnotationScoring.Locate(article.Gold, article.Raw), AnnotationScoring.Locate(ArticleAnnotator.Annotate(article.Raw, new AnnotatorOptions()).Draft, article.Raw))));

    [Fact]
    public void TheWholeGoldSetMeetsTheBar()
    {
        var (direct, indirect, all) = Score(AnnotationScoring.DevelopmentSet().Concat(AnnotationScoring.HeldOutSet()).ToList());
        _output.WriteLine(AnnotationScoring.Table(direct, indirect, all));

        Assert.True(direct.Gold >= 80 && indirect.Gold >= 70, "the gold set shrank");
        Assert.True(direct.OverlapF1 >= 0.90, $"direct span F1 at 0.8 overlap {direct.OverlapF1:P1}");
        Assert.True(direct.SpeakerAccuracy >= 0.90, $"direct speaker accuracy {direct.SpeakerAccuracy:P1}");
        Assert.True(all.AttributedF1 > 0.85, $"attributed F1 of all quotes {all.AttributedF1:P1}");
    }

    [Fact]
    public void NeitherPartFallsBelowItsFloor()
    {
        var development = Score(AnnotationScoring.DevelopmentSet());
        var heldOut = Score(AnnotationScoring.HeldOutSet());
        _output.WriteLine(AnnotationScoring.Table(development.Direct, development.Indirect, development.All));
        _output.WriteLine(AnnotationScoring.Table(heldOut.Direct, heldOut.Indirect, heldOut.All));

        Assert.True(development.All.AttributedF1 >= 0.90, $"development attributed F1 {development.All.AttributedF1:P1}");
        Assert.True(heldOut.Direct.OverlapF1 >= 0.88, $"held-out direct F1 {heldOut.Direct.OverlapF1:P1}");
        Assert.True(heldOut.Direct.SpeakerAccuracy >= 0.88, $"held-out direct speaker accuracy {heldOut.Direct.SpeakerAccuracy:P1}");
        Assert.True(heldOut.All.AttributedF1 >= 0.70, $"held-out attributed F1 {heldOut.All.AttributedF1:P1}");
    }
}
