using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ArticleCompiler.Checking;
using ArticleCompiler.Tests.Shared;
using Xunit;

namespace ArticleCompiler.Core.Tests.Checking;

/// <summary>The corpus check the commands share, on <see cref="CorpusCase"/> in memory.</summary>
public class CorpusCheckTests
{
    private static readonly string[] Articles = CorpusCase.Files.Keys.Where(path => path.EndsWith(".article.md")).OrderBy(path => path, System.StringComparer.Ordinal).ToArray();

    private static List<string> Rows(IEnumerable<ReportedFinding> findings) =>
        findings.Select(f => $"{f.Path} {f.Finding.Code} {f.Finding.Span.Line}:{f.Finding.Span.Column} {f.Finding.Severity.ToString().ToLowerInvariant()}").ToList();

    private static (CorpusCheck Check, List<ReportedFinding> Findings) Run(MemoryCorpusFiles files, IReadOnlyList<string> articles)
    {
        var check = new CorpusCheck(files, articles, TestArticles.Options);
        var findings = new List<ReportedFinding>();
        foreach (var path in articles)
        {
            var report = check.CheckArticle(path);
            check.Add(report);
            findings.AddRange(report.Findings);
        }

        findings.AddRange(check.Finish());
        return (check, findings);
    }

    [Fact]
    public void TheCorpusGetsTheFindingsEveryConsumerReports()
    {
        var (_, findings) = Run(new MemoryCorpusFiles(CorpusCase.Files), Articles);

        Assert.Equal(CorpusCase.Expected, Rows(findings).OrderBy(row => row, System.StringComparer.Ordinal));
    }

    [Fact]
    public void EachRegistryAndEachEditorconfigIsReadOnceHoweverManyArticlesThereAre()
    {
        var files = new MemoryCorpusFiles(CorpusCase.Files.Concat(Enumerable.Range(0, 20).Select(i => KeyValuePair.Create($"news/more{i}.article.md", CorpusCase.Files["news/d.article.md"].Replace("id: d", $"id: d{i}")))));
        var articles = Articles.Concat(Enumerable.Range(0, 20).Select(i => $"news/more{i}.article.md")).ToList();
        var check = new CorpusCheck(files, articles, TestArticles.Options);

        Parallel.ForEach(articles, path => check.Add(check.CheckArticle(path)));
        check.Finish();

        Assert.Equal(1, files.Reads["/c/speakers.yaml"]);
        Assert.Equal(1, files.Reads["/c/other/speakers.yaml"]);
        Assert.All(files.Reads.Where(read => read.Key.EndsWith("/.editorconfig")), read => Assert.Equal(1, read.Value));
        Assert.Contains("/c/news/.editorconfig", files.Reads.Keys);
    }

    [Fact]
    public void AFoldersContextHoldsTheEditorconfigsThatApplyNearestFirstUpToTheRoot()
    {
        var files = new MemoryCorpusFiles(new Dictionary<string, string>
        {
            ["/.editorconfig"] = "root = true\n",
            ["/c/.editorconfig"] = "root = true\n[*.article.md]\ndotnet_diagnostic.ARTC201.severity = none\n",
            ["/c/news/.editorconfig"] = "[*.article.md]\ndotnet_diagnostic.ARTC201.severity = error\n",
            ["/c/speakers.yaml"] = CorpusCase.Files["speakers.yaml"],
            ["/c/news/d.article.md"] = CorpusCase.Files["news/d.article.md"],
        });
        var check = new CorpusCheck(files, new[] { "news/d.article.md" }, TestArticles.Options);

        var context = check.ContextOf("news/d.article.md");

        Assert.Equal(new[] { "/c/news/.editorconfig", "/c/.editorconfig" }, context.EditorConfigs.Select(file => file.Path));
        Assert.Equal("/c/news", context.Folder);
        Assert.Equal(context, check.ContextOf("/c/news/other.article.md"));
        Assert.Equal(new[] { "news/d.article.md ARTC201 5:1 error" }, Rows(check.CheckArticle("news/d.article.md").Findings));
    }

    [Fact]
    public void AFindingCarriesTheExcerptOfItsLineAndAnIdItsLineForALaterDuplicate()
    {
        var check = new CorpusCheck(new MemoryCorpusFiles(CorpusCase.Files), new[] { "news/d.article.md" }, TestArticles.Options);

        var report = check.CheckArticle("news/d.article.md");

        Assert.Equal("mood: calm", Assert.Single(report.Findings).Excerpt.Shown);
        Assert.Equal(("d", "id: d"), (report.Identity!.Id, report.IdExcerpt.Shown));
    }

    [Fact]
    public void ADuplicateIdIsReportedAtTheLaterPathWhateverOrderTheFilesComeIn()
    {
        var files = new MemoryCorpusFiles(CorpusCase.Files);

        var (_, findings) = Run(files, new[] { "news/b.article.md", "news/a.article.md" });

        var duplicate = Assert.Single(findings, f => f.Finding.Code == "ARTC108");
        Assert.Equal(("news/b.article.md", "id: a"), (duplicate.Path, duplicate.Excerpt.Shown));
    }

    [Fact]
    public void RegistryFindingsForAnArticleAreThoseOfTheRegistriesAboveIt()
    {
        var check = new CorpusCheck(new MemoryCorpusFiles(CorpusCase.Files), Articles, TestArticles.Options);

        Assert.Empty(check.RegistryFindings("news/d.article.md"));
        Assert.Equal(new[] { "other/speakers.yaml ARTC109 1:1 error" }, Rows(check.RegistryFindings("other/e.article.md")));
        Assert.Equal(2, check.Registries.Count);
    }

    [Fact]
    public void AnUnreadableRegistryIsAReadFailureNotAnException()
    {
        var files = new MemoryCorpusFiles(CorpusCase.Files);

        var check = new CorpusCheck(files, new[] { "news/d.article.md", "gone/speakers.yaml" }, TestArticles.Options);

        Assert.Equal(new[] { "'gone/speakers.yaml': Could not find file '/c/gone/speakers.yaml'." }, check.ReadFailures);
    }
}
