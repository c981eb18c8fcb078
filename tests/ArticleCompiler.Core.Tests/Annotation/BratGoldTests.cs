using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ArticleCompiler.Benchmarks.RealText;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>How annotate-eval --polnear turns PolNeAR's brat attributions into gold (invented articles).</summary>
public class BratGoldTests
{
    private const string Text =
        "Mayor vows to rebuild bridge\n\n" +
        "“We will rebuild the bridge,” Mayor Ann Lee said on Monday. She added that the work would take a year.\n\n" +
        "Lee thinks the cost is fair. It was reported that the river rose. “We will,” said Rep. Jim Jordan (R-Ohio), “and soon.”\n\n" +
        "''It is done,'' Mr. Ortiz wrote.\n";

    // (content, source or null, cue): each string is found in Text, the second "We will" by a later search.
    private static IReadOnlyList<BratGoldQuote> Map(params (string[] Content, string? Source, string Cue)[] attributions)
    {
        var ann = new StringBuilder();
        var t = 0;
        string Span(string type, string[] parts)
        {
            var ranges = new List<string>();
            var from = 0;
            foreach (var part in parts)
            {
                var at = Text.IndexOf(part, from, StringComparison.Ordinal);
                Assert.True(at >= 0, part);
                ranges.Add(string.Format(CultureInfo.InvariantCulture, "{0} {1}", at, at + part.Length));
                from = at + part.Length;
            }

            t++;
            ann.Append('T').Append(t).Append('\t').Append(type).Append(' ').Append(string.Join(";", ranges)).Append('\t').Append(string.Join(" ", parts)).Append('\n');
            return "T" + t.ToString(CultureInfo.InvariantCulture);
        }

        var e = 0;
        foreach (var (content, source, cue) in attributions)
        {
            var c = Span("Content", content);
            var q = Span("Cue", new[] { cue });
            var s = source is null ? null : Span("Source", new[] { source });
            var kind = s is null ? "Attribution-no-source" : "Attribution";
            var a = Span(kind, new[] { cue });
            ann.Append('E').Append(++e).Append('\t').Append(kind).Append(':').Append(a).Append(" Content:").Append(c).Append(" Cue:").Append(q)
                .Append(s is null ? string.Empty : " Source:" + s).Append('\n');
        }

        var path = Path.Combine(Path.GetTempPath(), "polnear-gold-" + Guid.NewGuid().ToString("N") + ".ann");
        try
        {
            File.WriteAllText(path, ann.ToString());
            return BratGold.Map(Text, BratAttributions.Read(path, Text));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Words(BratGoldQuote quote) => Text.Substring(quote.Quote.Start, quote.Quote.End - quote.Quote.Start);

    [Fact]
    public void ContentInQuotationMarksIsADirectQuoteOfTheWordsInsideThem()
    {
        var gold = Assert.Single(Map((new[] { "“We will rebuild the bridge,”" }, "Mayor Ann Lee", "said")));

        Assert.Equal(BratGold.Direct, gold.Class);
        Assert.False(gold.Quote.IsIndirect);
        Assert.Equal("We will rebuild the bridge,", Words(gold));
        Assert.Equal("mayor ann lee", gold.Quote.Speaker[0]);
    }

    [Fact]
    public void ContentWithASpeechCueOutsideMarksIsReportedSpeechWithoutItsThat()
    {
        var gold = Assert.Single(Map((new[] { "that the work would take a year" }, "She", "added")));

        Assert.Equal(BratGold.Reported, gold.Class);
        Assert.True(gold.Quote.IsIndirect);
        Assert.Equal("the work would take a year", Words(gold));
    }

    [Fact]
    public void APronounSourceLeavesTheSpeakerUnscorable()
    {
        var gold = Assert.Single(Map((new[] { "that the work would take a year" }, "She", "added")));

        Assert.Empty(gold.Quote.Speaker);
        Assert.False(gold.Quote.Ignored);
    }

    [Fact]
    public void BeliefsAttributionsWithoutSourceAndTheHeadlineAreIgnored()
    {
        var gold = Map(
            (new[] { "the cost is fair" }, "Lee", "thinks"),
            (new[] { "the river rose" }, null, "It was reported"),
            (new[] { "rebuild bridge" }, "Mayor", "vows"));

        Assert.Equal(new[] { BratGold.Headline, BratGold.NotSpeech, BratGold.NoSource }, gold.Select(g => g.Class));
        Assert.All(gold, g => Assert.True(g.Quote.Ignored));
    }

    [Fact]
    public void ADiscontinuousContentGivesOneQuotePerPartAndANameRunStopsAtAParenthesis()
    {
        var gold = Map((new[] { "“We will,”", "“and soon.”" }, "Rep. Jim Jordan (R-Ohio)", "said"));

        Assert.Equal(new[] { "We will,", "and soon." }, gold.Select(Words));
        Assert.All(gold, g => Assert.Equal(BratGold.Direct, g.Class));
        Assert.Equal("rep. jim jordan", gold[0].Quote.Speaker[0]);
    }

    [Fact]
    public void PartsOfAContentThatOnlyASpaceSeparatesAreOneQuote()
    {
        // Annotators often selected a passage sentence by sentence: brat keeps one range per selection.
        var gold = Assert.Single(Map((new[] { "“We will", "rebuild the bridge,”" }, "Mayor Ann Lee", "said")));

        Assert.Equal(BratGold.Direct, gold.Class);
        Assert.Equal("We will rebuild the bridge,", Words(gold));
    }

    [Fact]
    public void TwoApostrophesAreQuotationMarks()
    {
        var gold = Assert.Single(Map((new[] { "It is done," }, "Mr. Ortiz", "wrote")));

        Assert.Equal(BratGold.Direct, gold.Class);
        Assert.Equal("It is done,", Words(gold));
    }

    [Fact]
    public void PartOfAQuotationIsStillDirectButWordsAroundAQuotationAreNot()
    {
        var inside = Assert.Single(Map((new[] { "rebuild the bridge,”" }, "Mayor Ann Lee", "said")));
        var around = Assert.Single(Map((new[] { "bridge,” Mayor Ann Lee said" }, "Lee", "said")));

        Assert.Equal(BratGold.Direct, inside.Class);
        Assert.Equal("rebuild the bridge,", Words(inside));
        Assert.Equal(BratGold.Reported, around.Class);
    }

    [Theory]
    [InlineData("said", true)]
    [InlineData("according to", true)]
    [InlineData(":", true)]
    [InlineData("told reporters", true)]
    [InlineData("thinks", false)]
    [InlineData("wants", false)]
    [InlineData("polls show", false)]
    public void ACueIsSpeechByItsWords(string cue, bool speech) => Assert.Equal(speech, BratGold.IsSpeech(cue));

    [Fact]
    public void TheSpeakerIsTheLongestNameInTheSourceAndTheWholeSource()
    {
        Assert.Equal(new[] { "corey lewandowski", "trump campaign manager corey lewandowski" }, BratGold.Speaker("Trump campaign manager Corey Lewandowski"));
        Assert.Equal(new[] { "hillary clinton", "hillary clinton the democratic front-runner" }, BratGold.Speaker("Hillary Clinton, the Democratic front-runner"));
        Assert.Equal(new[] { "new york times" }, BratGold.Speaker("The New York Times"));
        Assert.Empty(BratGold.Speaker("they"));
    }

    [Fact]
    public void TheNameThatOpensTheSourceBeforeAnAppositionIsTheSpeaker()
    {
        Assert.Equal("vilsack", BratGold.Speaker("Vilsack, a former Iowa governor")[0]);
        Assert.Equal("sanders", BratGold.Speaker("Sanders, runner-up to Hillary Clinton for the nomination, who will be crowned next month")[0]);
        Assert.Equal("michael brown", BratGold.Speaker("Another superdelegate, Michael Brown of Washington, D.C.,")[0]);
    }

    [Fact]
    public void ASourceWithAPossessiveIsAlsoTheSourceAsWritten()
    {
        // A predicted speaker "Mrs. Lee's aides" is the gold source "Mrs. Lee's aides", not only "mrs. lee aides".
        Assert.Equal(new[] { "mrs. lee", "mrs. lee aides", "mrs. lee's aides" }, BratGold.Speaker("Mrs. Lee's aides"));
        Assert.Contains("mayor\u2019s office", BratGold.Speaker("the Mayor\u2019s office"));
    }
}
