using Xunit;

namespace ArticleCompiler.Generators.Tests;

public class SnapshotTests
{
    [Fact]
    public void TheSeedArticleGeneratesItsVerifiedClass()
    {
        var result = GeneratorHarness.Run(string.Empty, GeneratorHarness.Article("seeds/russia-us-syria.article.md", GeneratorHarness.Seed));
        Snapshot.Match("RussiaUsSyriaArticle", result.ArticlePart());
    }

    [Fact]
    public void TheEmbeddedSeedArticleGeneratesItsVerifiedClass()
    {
        var result = GeneratorHarness.Run(string.Empty, GeneratorHarness.EmbeddedArticle("seeds/russia-us-syria.article.md", GeneratorHarness.Seed));
        Snapshot.Match("RussiaUsSyriaArticle.Embedded", result.ArticlePart());
    }

    [Fact]
    public void TheSeedGeneratesItsVerifiedEntryClass()
    {
        var result = GeneratorHarness.Run(string.Empty, GeneratorHarness.Article("seeds/russia-us-syria.article.md", GeneratorHarness.Seed));
        Snapshot.Match("Articles", result.Source("Articles.g.cs"));
    }

    [Fact]
    public void TheSeedRegistryGeneratesItsVerifiedSpeakersClass()
    {
        var registry = System.IO.File.ReadAllText(ArticleCompiler.Tests.Shared.RepositoryPaths.SeedRegistry);
        var result = GeneratorHarness.Run(string.Empty, GeneratorHarness.Article("seeds/russia-us-syria.article.md", GeneratorHarness.Seed), GeneratorHarness.Article("seeds/speakers.yaml", registry));
        Snapshot.Match("Speakers", result.Source("Speakers.g.cs"));
    }
}
