using ArticleCompiler.Annotation;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>Drafts of a short article under one headline, and the article a valid draft parses to: what the quotation-mark tests read.</summary>
internal static class BudgetDrafts
{
    /// <summary>Annotates <paramref name="paragraphs"/> under the headline "Council Approves the Budget".</summary>
    public static AnnotationResult Annotate(params string[] paragraphs) =>
        ArticleAnnotator.Annotate("Council Approves the Budget\n\n" + string.Join("\n\n", paragraphs) + "\n", new AnnotatorOptions());

    /// <summary>The draft's article, after asserting that the draft validates with no error.</summary>
    public static Article Parsed(AnnotationResult result)
    {
        var parsed = ArticleParser.Parse(result.Draft);
        Assert.DoesNotContain(ArticleValidator.Validate(parsed, TestArticles.Options), f => f.Severity == DiagnosticSeverity.Error);
        return parsed.Article;
    }
}
