using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace ArticleCompiler.Cli.Tests;

/// <summary><c>artc diff --format html</c> and <c>-o</c>, read as written (the browser tests read it as shown).</summary>
public class HtmlDiffCommandTests
{
    private const string R1 = "seeds/russia-us-syria.article.md";
    private const string R2 = "seeds/revisions/russia-us-syria.r2.article.md";
    private const string R3 = "seeds/revisions/russia-us-syria.r3.article.md";
    private const string Raw = "seeds/raw/000_325cd8fcc397f6ab.txt";
    private const string Hostile = "tests/ArticleCompiler.Cli.Tests/HtmlDiff/hostile.article.md";
    private const string HostileR2 = "tests/ArticleCompiler.Cli.Tests/HtmlDiff/hostile.r2.article.md";

    private static string Full(string path) => Path.Combine(Artc.RepositoryRoot, path);

    // A page of two revisions that differ (exit code 1) or not (0), with nothing on standard error.
    private static ArtcResult Html(string old, string @new)
    {
        var result = Artc.InProcess("diff", "--format", "html", Full(old), Full(@new));
        Assert.Equal((old == @new ? 0 : 1, string.Empty), (result.ExitCode, result.Error));
        return result;
    }

    [Fact]
    public void TheDoneWhenCommandWritesThePageAndExitsOne()
    {
        using var corpus = new TempCorpus();
        var page = Path.Combine(corpus.Root, "page.html");

        var result = Artc.Process(Artc.RepositoryRoot, null, "diff", R1, R2, "--format", "html", "-o", page);

        Assert.Equal((1, string.Empty, string.Empty), (result.ExitCode, result.Output, result.Error));
        var html = File.ReadAllText(page);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html);
        Assert.EndsWith("</html>\n", html);
        Assert.Contains("<del>not contribute to&#160;strengthening</del> <ins>nothing to&#160;strengthen</ins>", html);
        Assert.Equal(new[] { "page.html" }, Directory.GetFiles(corpus.Root).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("markdown")]
    [InlineData("html")]
    public void EveryFormatWritesToTheOutputFileWhatItPrintsWithoutIt(string format)
    {
        using var corpus = new TempCorpus();
        var file = Path.Combine(corpus.Root, "diff.out");
        var printed = Artc.InProcess("diff", "--format", format, Full(R2), Full(R3));

        var written = Artc.InProcess("diff", "--format", format, "--output", file, Full(R2), Full(R3));

        Assert.Equal((1, string.Empty), (written.ExitCode, written.Output));
        Assert.Equal(printed.Output, File.ReadAllText(file));
        Assert.NotEmpty(printed.Output);
    }

    [Fact]
    public void AFailedDiffLeavesTheOutputFileAsItWas()
    {
        using var corpus = new TempCorpus();
        var file = corpus.Write("page.html", "the page before");
        var broken = corpus.Write("broken.article.md", Samples.UnknownSpeaker);

        var result = Artc.InProcess("diff", "--format", "html", "-o", file, broken, Full(R1));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("the page before", File.ReadAllText(file));
        Assert.Equal(new[] { "broken.article.md", "page.html" }, Directory.GetFiles(corpus.Root).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void AnOutputPathThatIsAFolderIsTroubleInOneLine()
    {
        using var corpus = new TempCorpus();

        var result = Artc.InProcess("diff", "-f", "html", "-o", corpus.Root, Full(R1), Full(R2));

        Assert.Equal((2, string.Empty), (result.ExitCode, result.Output));
        Assert.Equal($"artc: error: '{corpus.Root}' is a folder\n", result.Error);
    }

    [Fact]
    public void TheSummaryPutsQuotedWordsAndReattributionBeforeTheTitle()
    {
        var html = Html(R1, R2).Output;

        var labels = Regex.Matches(html, "<li[^>]*><span class=\"label\">(.*?)</span>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(new[] { "Quoted words changed", "Quote re-attributed", "Title changed", "<code>revision</code> changed", "Sentences" }, labels);
        Assert.Contains("<p class=\"alert\" role=\"note\">The words of 1 quote changed.</p>", html);
        Assert.Contains("from <del>Anatoly Antonov</del> to <ins>Vladimir Putin</ins> (in <a href=\"#section-n1\">“On Russia-US Relations”</a>, line 57)", html);
    }

    [Fact]
    public void TheArticleIsShownSectionBySectionWithItsQuotesAndSpeakers()
    {
        var html = Html(R1, R2).Output;

        Assert.Equal(new[] { "Lead", "On Russia-US Relations", "INF Treaty", "START Treaty" }, Regex.Matches(html, "<h3>(.*?)</h3>").Select(m => m.Groups[1].Value));
        Assert.Equal(49, Regex.Matches(html, "<span class=\"sentence\" id=\"n[0-9]+\">").Count + 1);   // 49 sentences, a split pair shown once
        Assert.Contains("<span class=\"speaker\"><del>Anatoly Antonov</del> <ins>Vladimir Putin</ins></span> <del>the diplomat</del> <ins>Putin</ins> said.", html);
        Assert.Contains("<span class=\"note\">split</span> However, the US administration changed in&#160;early <del>2017, and the</del> <ins>2017. The</ins> new president", html);
        // A quote of two sentences names its speaker once, after its last words.
        Assert.Contains("should be abolished or replaced.</span></span> <span class=\"sentence\" id=\"n8\"><span class=\"quote\"", html);
    }

    [Fact]
    public void AMovedSectionLinksToWhereItWasAndBack()
    {
        var html = Html(R2, R3).Output;

        Assert.Contains("<h3>START Treaty<span class=\"note section-note\">moved from section 4: <a href=\"#section-o3\">where it was</a></span></h3>", html);
        Assert.Contains("<p class=\"moved-away\" id=\"section-o3\"><span class=\"note\">section moved</span> <a href=\"#section-n2\">“START Treaty”</a> was section 4 here; it is section 3 now.</p>", html);
        Assert.Contains("<h3>Korean Peninsula<span class=\"note section-note\">section added</span></h3>", html);
        // Its sentences moved with it: no note of their own.
        Assert.DoesNotContain("sentence moved", html);
    }

    [Fact]
    public void AMovedSentenceLinksToWhereItWasAndBack()
    {
        var old = Samples.Valid("a").Replace("\"Ready.\"{@antonov} Antonov said.", "First one here. Second one there. Third one everywhere.");
        using var corpus = new TempCorpus();
        var a = corpus.Write("a.article.md", old);
        var b = corpus.Write("b.article.md", old.Replace("First one here. Second one there. Third one everywhere.", "Second one there. Third one everywhere. First one here."));

        var html = Artc.InProcess("diff", "-f", "html", a, b).Output;

        Assert.Contains("<span class=\"sentence\" id=\"n2\"><a class=\"note\" href=\"#o0\">moved here</a> First one here.</span>", html);
        Assert.Contains("<span class=\"moved-away\" id=\"o0\"><span class=\"note\">sentence moved</span> <a href=\"#n2\">“First one here.”</a> was here.</span>", html);
    }

    [Theory]
    [InlineData(R1, R2)]
    [InlineData(R2, R3)]
    [InlineData(Raw, R1)]
    [InlineData(Hostile, HostileR2)]
    public void EveryLinkOnThePageLeadsToOneAnchorOnIt(string old, string @new)
    {
        var html = Html(old, @new).Output;

        var ids = Regex.Matches(html, " id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.All(Regex.Matches(html, " href=\"#([^\"]+)\"").Select(m => m.Groups[1].Value), target => Assert.Contains(target, ids));
    }

    [Theory]
    [InlineData("ins", "underline")]
    [InlineData("del", "line-through")]
    [InlineData(".speaker", null)]
    [InlineData(".note", null)]
    public void MarkedTextPassesWcagAaContrastAndChangesAreMarkedBeyondColour(string selector, string? decoration)
    {
        var style = Html(R1, R2).Output;
        var rule = Regex.Match(style, "\n\\s*" + Regex.Escape(selector) + " \\{([^}]*)\\}").Groups[1].Value;

        var colour = Regex.Match(rule, "(?<![-a-z])color: (#[0-9a-f]{6})").Groups[1].Value;
        var background = Regex.Match(rule, "background: (#[0-9a-f]{6})").Groups[1].Value;
        Assert.InRange(Contrast(colour, background), 4.5, 21);   // WCAG 2 AA for text
        if (decoration is not null)
        {
            Assert.Contains("text-decoration: " + decoration, rule);
        }
    }

    // WCAG 2's contrast ratio of two sRGB colours written #rrggbb.
    private static double Contrast(string a, string b)
    {
        static double Luminance(string hex)
        {
            double Channel(int at)
            {
                var c = System.Convert.ToInt32(hex.Substring(at, 2), 16) / 255.0;
                return c <= 0.03928 ? c / 12.92 : System.Math.Pow((c + 0.055) / 1.055, 2.4);
            }

            return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
        }

        var (x, y) = (Luminance(a), Luminance(b));
        return (System.Math.Max(x, y) + 0.05) / (System.Math.Min(x, y) + 0.05);
    }

    [Fact]
    public void ASectionWithoutSentencesIsShownInItsPlaceSoTheSummaryCanLinkToIt()
    {
        using var corpus = new TempCorpus();
        var old = Samples.Valid("a") + "\n## Kept\n\nA sentence kept.\n";
        var a = corpus.Write("a.article.md", old);
        var b = corpus.Write("b.article.md", old.Replace("## Kept", "## Only a heading\n\n## Kept"));

        var html = Artc.InProcess("diff", "-f", "html", a, b).Output;

        Assert.Contains("<span class=\"label\">Section added</span>: <a href=\"#section-n1\">“Only a heading”</a>", html);
        Assert.Equal(new[] { "Lead", "Only a heading<span class=\"note section-note\">section added</span>", "Kept" }, Regex.Matches(html, "<h3>(.*?)</h3>").Select(m => m.Groups[1].Value));
        Assert.Contains("<section id=\"section-n1\">", html);
    }

    [Theory]
    [InlineData(R1, R2)]
    [InlineData(Hostile, HostileR2)]
    public void ThePageLoadsNothingAndRunsNothing(string old, string @new)
    {
        var html = Html(old, @new).Output;

        Assert.DoesNotMatch("<(script|link|img|iframe|object|embed|base)[\\s>]", html);
        Assert.DoesNotMatch("(?i)(https?:|//|url\\(|@import)", html);
        Assert.DoesNotMatch("<[^>]*\\son[a-z]+=", html);
    }

    [Fact]
    public void ArticleTextIsEncodedEverywhereItAppears()
    {
        var html = Html(Hostile, HostileR2).Output;

        Assert.DoesNotContain("<b>", html);
        Assert.Contains("<title>Changes: &quot;&gt;&lt;b&gt;Bold headline&lt;/b&gt;&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;</title>", html);
        Assert.Contains("title=\"direct quote of &lt;script&gt;alert(&#39;speaker&#39;)&lt;/script&gt;&quot;&gt;&lt;b&gt;Eve&lt;/b&gt;\"", html);
        Assert.Contains("<span class=\"speaker\">&lt;script&gt;alert(&#39;speaker&#39;)&lt;/script&gt;&quot;&gt;&lt;b&gt;Eve&lt;/b&gt;</span>", html);
        Assert.Contains("A sentence with &amp;lt;escaped&amp;gt; entities &amp;amp; an ampersand", html);
    }

    [Fact]
    public void PlainTextInputsMakeAPageOfTheirSentences()
    {
        using var corpus = new TempCorpus();
        var raw = File.ReadAllText(Full(Raw));
        var edited = corpus.Write("edited.txt", raw.Replace("Moscow is prepared to expand", "Moscow is ready to expand"));

        var result = Artc.InProcess("diff", "-f", "html", Full(Raw), edited);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Moscow is <del>prepared</del> <ins>ready</ins> to expand", result.Output);
        Assert.Contains("<li><span class=\"label\">Sentences</span>: 1 edited, 0 moved, 0 added, 0 removed,", result.Output);
        Assert.Single(Regex.Matches(result.Output, "<h3>"));
    }

    [Fact]
    public void TheSameRevisionTwiceIsAPageSayingNoDifferencesAndExitsZero()
    {
        var result = Html(R1, R1);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("<h2 id=\"changes\">Editorial changes</h2>\n<p>No differences.</p>", result.Output);
        Assert.DoesNotContain("<del>", result.Output.Substring(result.Output.IndexOf("<main>", System.StringComparison.Ordinal)).Replace("<del>struck through</del>", string.Empty));
    }
}
