using System.Linq;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;
using Xunit;

namespace ArticleCompiler.Core.Tests;

public class CorpusValidatorTests
{
    private static FileFinding[] Check(params (string Path, string Id, string? Revision)[] files)
    {
        var corpus = new CorpusValidator();
        foreach (var (path, id, revision) in files)
        {
            var revisionLine = revision is null ? string.Empty : $"revision: {revision}\n";
            corpus.Add(path, ArticleParser.Parse($"---\nid: {id}\ntitle: T\n{revisionLine}---\n"));
        }

        return corpus.Finish().ToArray();
    }

    [Fact]
    public void DistinctIdsAreFine()
    {
        Assert.Empty(Check(("a.article.md", "one", null), ("b.article.md", "two", null)));
    }

    [Fact]
    public void TheSameIdInTwoFilesIsAnErrorAtTheSecondFilesId()
    {
        var finding = Assert.Single(Check(("a.article.md", "one", null), ("b.article.md", "one", null)));
        Assert.Equal("b.article.md", finding.Path);
        Assert.Equal("ARTC108", finding.Finding.Code);
        Assert.Equal("2:5-2:8", finding.Finding.Span.ToString());
        Assert.Equal("article id 'one' is also used by a.article.md (files that share an id need distinct 'revision' numbers to be revisions of one article)", finding.Finding.Message);
    }

    [Fact]
    public void DistinctRevisionsMakeOneArticle()
    {
        Assert.Empty(Check(("a.article.md", "one", "1"), ("b.article.md", "one", "2"), ("c.article.md", "one", "3")));
    }

    [Fact]
    public void TheSameRevisionTwiceIsAnError()
    {
        var finding = Assert.Single(Check(("a.article.md", "one", "1"), ("b.article.md", "one", "2"), ("c.article.md", "one", "2")));
        Assert.Equal("c.article.md", finding.Path);
        Assert.Equal("article id 'one' is also used by b.article.md with the same revision 2", finding.Finding.Message);
    }

    [Fact]
    public void ARevisionBesideAFileWithoutOneIsAnError()
    {
        var findings = Check(("a.article.md", "one", null), ("b.article.md", "one", "2"));
        Assert.Equal("b.article.md", Assert.Single(findings).Path);
    }

    [Fact]
    public void FilesWithoutAnIdAreLeftToTheirOwnFindings()
    {
        Assert.Empty(Check(("a.article.md", "\"\"", null), ("b.article.md", "\"\"", null)));
    }

    [Fact]
    public void TheLaterPathGetsTheFindingWhicheverFileWasAddedFirst()
    {
        var finding = Assert.Single(Check(("b.article.md", "one", null), ("a.article.md", "one", null)));
        Assert.Equal("b.article.md", finding.Path);
        Assert.Contains("also used by a.article.md", finding.Finding.Message);
    }
}
