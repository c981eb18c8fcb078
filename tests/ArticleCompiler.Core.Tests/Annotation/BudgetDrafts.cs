using System.Linq;
using ArticleCompiler.Annotation;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>Drafts of a short article under one headline, the article a draft parses to and its direct quotes: what the quotation-mark and direct-quote tests read.</summary>
internal static class BudgetDrafts
{
    /// <summary>Annotates <paramref name="paragraphs"/> under the headline "Council Approves the Budget".</summary>
    public static AnnotationResult Annotate(params string[] paragraphs) =>
        ArticleAnnotator.Annotate("Council Approves the Budget\n\n" + string.Join("\n\n", paragraphs) + "\n", new AnnotatorOptions());

    /// <summary>The article of the draft of <paramref name="paragraphs"/> (annotated under the same headline).</summary>
    public static Article Draft(params string[] paragraphs) => ArticleParser.Parse(Annotate(paragraphs).Draft).Article;

    /// <summary>The direct and partial quotes of <paramref name="article"/>, with their speakers' keys.</summary>
    public static (string Text, string Key)[] DirectQuotes(Article article) =>
        article.Quotes.Where(q => q.Kind != QuoteKind.Indirect).Select(q => (q.Text, q.SpeakerKey)).ToArray();

    /// <summary>The draft's article, after asserting that the draft validates with no error.</summary>
    public static Article Parsed(AnnotationResult result)
    {
        var parsed = ArticleParser.Parse(result.Draft);
        Assert.DoesNotContain(ArticleValidator.Validate(parsed, TestArticles.Options), f => f.Severity == DiagnosticSeverity.Error);
        return parsed.Article;
    }
}
