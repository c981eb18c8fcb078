using System.IO;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace ArticleCompiler.Cli.Tests;

/// <summary>
/// The HTML diff page as a browser shows it: headless Chromium parses the page and prints the DOM it
/// built (<c>--dump-dom</c>); the tests read that DOM, not the file artc wrote, so they see what a
/// reader sees (markup the browser would drop or repair, an injected element, would show here).
/// </summary>
public class HtmlDiffBrowserTests
{
    private static readonly string R1 = Path.Combine(Artc.RepositoryRoot, "seeds/russia-us-syria.article.md");
    private static readonly string R2 = Path.Combine(Artc.RepositoryRoot, "seeds/revisions/russia-us-syria.r2.article.md");
    private static readonly string Hostile = Path.Combine(Artc.RepositoryRoot, "tests/ArticleCompiler.Cli.Tests/HtmlDiff/hostile.article.md");
    private static readonly string HostileR2 = Path.Combine(Artc.RepositoryRoot, "tests/ArticleCompiler.Cli.Tests/HtmlDiff/hostile.r2.article.md");

    private static string RenderedDom(TempCorpus corpus, string old, string @new)
    {
        var page = Path.Combine(corpus.Root, "page.html");
        var result = Artc.InProcess("diff", old, @new, "--format", "html", "-o", page);
        Assert.Equal((1, string.Empty), (result.ExitCode, result.Error));
        return Chromium.DumpDom(page);
    }

    // The text a reader sees in an element's markup: tags dropped, entities decoded, no-break spaces as spaces.
    private static string Text(string html) =>
        Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", string.Empty)).Replace('\u00A0', ' '), @"\s+", " ").Trim();

    // The article as one side reads: the other side's words (in <ins> or <del>) left out.
    private static string Reading(string html, string leftOut) =>
        Text(Regex.Replace(html, $"<{leftOut}>.*?</{leftOut}>", string.Empty, RegexOptions.Singleline));

    private static string[] Elements(string html, string name) =>
        Regex.Matches(html, $"<{name}>(.*?)</{name}>", RegexOptions.Singleline).Select(m => Text(m.Groups[1].Value)).ToArray();

    private static string Part(string dom, string pattern) => Assert.Single(Regex.Matches(dom, pattern, RegexOptions.Singleline)).Groups[1].Value;

    [Fact]
    public void ChromiumShowsRevision2sChangedWordsReattributionAndTitle()
    {
        using var corpus = new TempCorpus();
        var dom = RenderedDom(corpus, R1, R2);

        // The changed words of the quote, in the article: deleted and inserted, each side reading whole.
        var article = Part(dom, "<h2 id=\"article\">.*?</h2>(.*)</main>");
        Assert.Contains("not contribute to strengthening", Elements(article, "del"));
        Assert.Contains("nothing to strengthen", Elements(article, "ins"));
        Assert.Contains("used by Washington is counterproductive and does not contribute to strengthening the INF", Reading(article, "ins"));
        Assert.Contains("used by Washington is counterproductive and does nothing to strengthen the INF", Reading(article, "del"));

        // The re-attribution: at the top, and at the quote, whose speaker is now Putin.
        var summary = Part(dom, "<ol class=\"summary\">(.*?)</ol>");
        var items = Regex.Matches(summary, "<li.*?</li>", RegexOptions.Singleline).Select(m => m.Value).ToList();
        var reattributed = Assert.Single(items, i => Text(i).StartsWith("Quote re-attributed", System.StringComparison.Ordinal));
        Assert.Equal(("Anatoly Antonov", "Vladimir Putin"), (Elements(reattributed, "del").Single(), Elements(reattributed, "ins").Single()));
        Assert.Contains("The two countries should focus on enhancing partnership", Text(reattributed));
        var speaker = Assert.Single(Regex.Matches(article, "<span class=\"speaker\">(<del>.*?)</span>"));
        Assert.Equal("Anatoly Antonov Vladimir Putin", Text(speaker.Groups[1].Value));
        Assert.Contains("intelligence services, Vladimir Putin Putin said.", Reading(article, "del"));

        // The serious changes first, then the title.
        Assert.Equal(new[] { "Quoted words changed", "Quote re-attributed", "Title changed" }, items.Take(3).Select(i => Text(i).Split(':')[0]));
        var title = items[2];
        Assert.Equal("“Russia Ready to Increase Cooperation With US on Syria - Ambassador to Washington”", Elements(title, "del").Single());
        Assert.Equal("“Russia Ready to Expand Cooperation with US on Syria - Ambassador to Washington”", Elements(title, "ins").Single());
        Assert.Equal("Russia Ready to Expand Cooperation with US on Syria - Ambassador to Washington", Text(Part(dom, "<h1>(.*?)</h1>")));
        Assert.DoesNotContain("<script", dom);
    }

    [Fact]
    public void AHostileArticleShowsAsTextInChromium()
    {
        using var corpus = new TempCorpus();
        var dom = RenderedDom(corpus, Hostile, HostileR2);

        // Not one element or attribute from the articles: the page's own markup has no b, img or script.
        Assert.DoesNotMatch("<(script|img|b)[\\s>]", dom);
        Assert.DoesNotMatch("<[^>]*\\son[a-z]+=", dom);
        Assert.Equal("Changes: \"><b>Bold headline</b><script>document.title='pwned'</script>", Text(Part(dom, "<title>(.*?)</title>")));

        // What the articles say is there as text, where a reader looks for it.
        var body = Text(Part(dom, "<body>(.*)</body>"));
        Assert.Contains("\"><b>Bold headline</b><script>document.title='pwned'</script>", body);
        Assert.Contains("The mayor wrote <script>alert('body')</script> on the board wall and <img src=x onerror=alert('img')> below it.", body);
        Assert.Contains("\"We will not never <b>bold</b> anything or run <script>alert('quote')</script> here,\" <script>alert('speaker')</script>\"><b>Eve</b> she said.", body);
        Assert.Contains("Heading <img src=x onerror=alert('heading')> \"><b>bold</b>", body);
        Assert.Contains("role “<img src=x onerror=alert('role')>” → “<img src=x onerror=alert('role2')>”", body);
        Assert.Contains("A sentence with &lt;escaped&gt; entities &amp; an ampersand stays as it was.", body);
    }
}
