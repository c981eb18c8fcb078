using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using ArticleCompiler.Registry;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Checking;

/// <summary>
/// The check of one article file, in the two steps the build caches apart (a registry edit checks
/// the articles again without parsing them again): parse, then validate against the registry
/// entries that apply. Pure functions; exceptions are the caller's (the build turns them into ARTC300).
/// </summary>
public static class ArticleCheck
{
    /// <summary>Parses <paramref name="file"/>: its problem when it has no text, or when the text holds a NUL.</summary>
    public static ParsedFile Parse(InputFile file)
    {
        if (file.Text is null)
        {
            var problem = file.Problem is null ? EquatableArray<Finding>.Empty : new EquatableArray<Finding>(new[] { file.Problem });
            return new ParsedFile(file.Path, null, problem);
        }

        if (ArticleTextDecoder.FindNotText(file.Text) is { } notText)
        {
            return new ParsedFile(file.Path, null, new EquatableArray<Finding>(new[] { notText }));
        }

        return new ParsedFile(file.Path, ArticleParser.Parse(file.Text), EquatableArray<Finding>.Empty);
    }

    /// <summary>
    /// Validates <paramref name="file"/> with the registry entries of <paramref name="registry"/>
    /// (those that apply to its folder): the article with its speakers resolved, and every finding.
    /// </summary>
    public static CheckedArticle Check(ParsedFile file, RegistryScope registry, ValidationOptions options)
    {
        if (file.Parsed is null)
        {
            return new CheckedArticle(file.Path, null, null, file.Findings);
        }

        var (article, findings) = ArticleValidator.Check(file.Parsed, options with { Registry = registry });
        return new CheckedArticle(file.Path, file.Parsed, article, findings);
    }
}
