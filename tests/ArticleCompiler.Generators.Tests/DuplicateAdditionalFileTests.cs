using System.Linq;
using Xunit;

namespace ArticleCompiler.Generators.Tests;

/// <summary>
/// An article the compiler is given twice as an AdditionalFile (a project that includes
/// <c>*.article.md</c> itself on top of the package's glob) is one article, as in artc validate.
/// Found by the real-text benchmark, which gave two files the same path.
/// </summary>
public class DuplicateAdditionalFileTests
{
    [Fact]
    public void AnArticleListedTwiceAsAnAdditionalFileIsGeneratedOnceAndCompiles()
    {
        var seed = GeneratorHarness.Seed;

        var result = GeneratorHarness.Run("", GeneratorHarness.Article("news/a.article.md", seed), GeneratorHarness.Article("news/a.article.md", seed));

        Assert.Empty(result.CompileProblems.Select(d => d.ToString()));
        Assert.Empty(result.GeneratorDiagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(d => d.ToString()));
    }
}
