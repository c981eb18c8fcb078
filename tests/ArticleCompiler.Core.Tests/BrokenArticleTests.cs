using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleCompiler.Validation;
using Xunit;

namespace ArticleCompiler.Core.Tests;

/// <summary>
/// The broken-file collection: each <c>Broken/NAME.article.md</c> is an article with one mistake,
/// and <c>NAME.expected</c> lists every finding it must produce (<c>CODE line:col-endLine:endCol</c>).
/// </summary>
public class BrokenArticleTests
{
    private static string Folder => Path.Combine(TestArticles.RepositoryRoot, "tests", "ArticleCompiler.Core.Tests", "Broken");

    public static IEnumerable<object[]> Files() =>
        Directory.EnumerateFiles(Folder, "*.article.md").OrderBy(path => path).Select(path => new object[] { Path.GetFileName(path) });

    [Theory]
    [MemberData(nameof(Files))]
    public void EachBrokenArticleProducesExactlyItsExpectedFindings(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(Folder, fileName));
        var expectedPath = Path.Combine(Folder, fileName.Replace(".article.md", ".expected"));
        var expected = File.ReadAllLines(expectedPath).Where(line => line.Trim().Length > 0).ToArray();

        // As reported with nothing configured: the limit on findings per file (ARTC115) applies.
        var findings = ArticleValidator.Validate(text, TestArticles.Options);
        var actual = FindingLimit.Configure(findings, new Dictionary<string, Configuration.ConfiguredSeverity>()).Describe();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void TheCollectionCoversEveryCodeThatOneFileCanProduce()
    {
        var covered = Directory.EnumerateFiles(Folder, "*.article.md").Select(path => Path.GetFileName(path).Substring(0, 7)).ToHashSet();
        var needsMoreThanText = new[] { "ARTC010", "ARTC011", "ARTC108", "ARTC109", "ARTC112", "ARTC113", "ARTC114", "ARTC300", "ARTC301" };
        var missing = DiagnosticDescriptors.All.Select(d => d.Code).Except(needsMoreThanText).Where(code => !covered.Contains(code));
        Assert.Empty(missing);
    }
}
