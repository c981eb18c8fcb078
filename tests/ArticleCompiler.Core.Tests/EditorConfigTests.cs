using ArticleCompiler.Configuration;
using Xunit;

namespace ArticleCompiler.Core.Tests;

public class EditorConfigTests
{
    [Theory]
    [InlineData("*.article.md", "/repo/a.article.md", true)]
    [InlineData("*.article.md", "/repo/deep/er/a.article.md", true)]
    [InlineData("*.article.md", "/other/a.article.md", false)]
    [InlineData("*.md", "/repo/a.article.md", true)]
    [InlineData("*.cs", "/repo/a.article.md", false)]
    [InlineData("*", "/repo/x/a.article.md", true)]
    [InlineData("news/*.md", "/repo/news/a.md", true)]
    [InlineData("news/*.md", "/repo/news/deep/a.md", false)]
    [InlineData("/news/**.md", "/repo/news/deep/a.md", true)]
    [InlineData("*.{cs,md}", "/repo/a.md", true)]
    [InlineData("*.{cs,vb}", "/repo/a.md", false)]
    [InlineData("a?.md", "/repo/ab.md", true)]
    [InlineData("[ab].md", "/repo/b.md", true)]
    [InlineData("[!ab].md", "/repo/b.md", false)]
    [InlineData("file{1..3}.md", "/repo/file2.md", true)]
    [InlineData("file{1..3}.md", "/repo/file4.md", false)]
    public void SectionGlobsMatchAsTheSpecSays(string glob, string path, bool matches)
    {
        Assert.Equal(matches, EditorConfigGlob.Create("/repo", glob).IsMatch(path));
    }

    [Fact]
    public void KeysAreCaseInsensitiveAndRootIsRead()
    {
        var file = EditorConfigFile.Parse("/repo/.editorconfig", "root = TRUE\r\n# comment\n[*.md]\nDotnet_Diagnostic.ARTC201.Severity = None\n; also a comment\n");
        Assert.True(file.IsRoot);
        var entry = Assert.Single(Assert.Single(file.Sections).Entries);
        Assert.Equal(("dotnet_diagnostic.artc201.severity", "None"), (entry.Key, entry.Value));
    }

    [Fact]
    public void NearerFilesAndLaterSectionsWinAndRootStopsTheSearch()
    {
        var configuration = new SeverityConfiguration(new Model.EquatableArray<EditorConfigFile>(new[]
        {
            EditorConfigFile.Parse("/.editorconfig", "[*]\ndotnet_diagnostic.ARTC202.severity = error\n"),
            EditorConfigFile.Parse("/repo/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.ARTC201.severity = error\n[*.md]\ndotnet_diagnostic.ARTC201.severity = none\n"),
            EditorConfigFile.Parse("/repo/news/.editorconfig", "[*.article.md]\ndotnet_diagnostic.ARTC203.severity = suggestion\ndotnet_diagnostic.ARTC201.severity = default\n"),
        }));

        var news = configuration.For("/repo/news/a.article.md");
        Assert.False(news.ContainsKey("ARTC201"));
        Assert.Equal(ConfiguredSeverity.Info, news["ARTC203"]);
        Assert.False(news.ContainsKey("ARTC202"));

        var top = configuration.For("/repo/a.article.md");
        Assert.Equal(ConfiguredSeverity.Suppressed, top["ARTC201"]);
    }
}
