using System.Linq;
using ArticleCompiler.Configuration;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using Xunit;

namespace ArticleCompiler.Core.Tests;

public class ConfiguredRulesTests
{
    private static SeverityConfiguration Config(string text) =>
        new(new EquatableArray<EditorConfigFile>(new[] { EditorConfigFile.Parse("/corpus/.editorconfig", text) }));

    [Fact]
    public void TheNearestSectionSetsTheLists()
    {
        var config = Config("root = true\n[*.article.md]\nartc_required_keys = source\n[news/**.article.md]\nartc_required_keys = source, published ,, \nartc_allowed_categories = World\n");

        Assert.Equal(new[] { "source", "published" }, config.Rules("/corpus/news/a.article.md").RequiredKeys);
        Assert.Equal(new[] { "World" }, config.Rules("/corpus/news/a.article.md").AllowedCategories!.Value);
        Assert.Equal(new[] { "source" }, config.Rules("/corpus/other/a.article.md").RequiredKeys);
        Assert.Null(config.Rules("/corpus/other/a.article.md").AllowedCategories);
        Assert.Equal(ConfiguredRules.None, Config("[*.md]\nindent_size = 2\n").Rules("/corpus/a.article.md"));
    }

    [Theory]
    [InlineData("id: a\ntitle: T\nsource: S\ncategory: World\n", "")]
    [InlineData("id: a\ntitle: T\ncategory: World\n", "ARTC112 1:1")]
    [InlineData("id: a\ntitle: T\nsource:\ncategory: world\n", "ARTC112 1:1, ARTC113 5:11")]
    [InlineData("id: a\ntitle: T\nsource: S\n", "")]
    public void CheckReportsMissingKeysAndCategoriesNotAllowed(string frontMatter, string expected)
    {
        var rules = new ConfiguredRules(new EquatableArray<string>(new[] { "source", "language", "categroy" }), new EquatableArray<string>(new[] { "World", "Politics" }));

        var findings = rules.Check(ArticleParser.Parse("---\n" + frontMatter + "---\n\nText.\n"));

        Assert.Equal(expected, string.Join(", ", findings.Select(f => $"{f.Code} {f.Span.Line}:{f.Span.Column}")));
    }

    [Fact]
    public void AnUnreadableFrontMatterGetsNoRuleFindings()
    {
        var rules = new ConfiguredRules(new EquatableArray<string>(new[] { "source" }), null);

        Assert.Empty(rules.Check(ArticleParser.Parse("---\nid: [\n---\n")));
    }

    [Fact]
    public void CommentsAfterSectionsAndValuesAndAColonSeparatorAreReadAsTheCompilerReadsThem()
    {
        var config = Config("root = true\n[*.cs]\nindent_size = 4\n[*.article.md] # articles\ndotnet_diagnostic.ARTC201.severity = error   # house rule\nartc_required_keys : source ; and only that\n");

        Assert.Equal(ConfiguredSeverity.Error, config.For("/corpus/a.article.md")["ARTC201"]);
        Assert.Equal(new[] { "source" }, config.Rules("/corpus/a.article.md").RequiredKeys);
    }

    [Fact]
    public void PathsWithDotSegmentsAreTheFilesTheyName()
    {
        var config = Config("[news/**.article.md]\nartc_required_keys = source\n");

        Assert.Equal(new[] { "source" }, config.Rules("/corpus/project/../news/a.article.md").RequiredKeys);
        Assert.Empty(config.Rules("/corpus/news/../other/a.article.md").RequiredKeys);
    }

    [Fact]
    public void AnEmptyListOfCategoriesAllowsAny()
    {
        Assert.Null(Config("[*]\nartc_allowed_categories =\n").Rules("/corpus/a.article.md").AllowedCategories);
        Assert.Equal("ARTC112 1:1", string.Join(", ", new ConfiguredRules(new EquatableArray<string>(new[] { "category" }), null)
            .Check(ArticleParser.Parse("---\nid: a\ntitle: T\ncategory: \"\"\n---\n")).Select(f => $"{f.Code} {f.Span.Line}:{f.Span.Column}")));
    }
}
