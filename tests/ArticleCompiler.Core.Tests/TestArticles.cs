using System;
using System.IO;
using ArticleCompiler.Tests.Shared;
using System.Linq;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Core.Tests;

/// <summary>Builds articles for tests and finds the repository's files.</summary>
internal static class TestArticles
{
    /// <summary>The moment validation runs at in tests, so the future-date rule is stable.</summary>
    public static readonly ValidationOptions Options = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    /// <summary>A minimal valid front matter with speakers <c>antonov</c> and <c>putin</c>; the body follows.</summary>
    public const string FrontMatter =
        "---\n" +
        "id: test-article\n" +
        "title: Test\n" +
        "speakers:\n" +
        "  antonov:\n" +
        "    name: Anatoly Antonov\n" +
        "  putin:\n" +
        "    name: Vladimir Putin\n" +
        "---\n";

    /// <summary>The line the body starts on after <see cref="FrontMatter"/>.</summary>
    public const int BodyLine = 10;

    /// <summary>Parses <see cref="FrontMatter"/> followed by <paramref name="body"/>.</summary>
    public static ParsedArticle ParseBody(string body) => ArticleParser.Parse(FrontMatter + body);

    /// <summary>Validates <see cref="FrontMatter"/> followed by <paramref name="body"/>.</summary>
    public static Finding[] ValidateBody(string body) =>
        ArticleValidator.Validate(FrontMatter + body, Options).ToArray();

    /// <summary>The repository root.</summary>
    public static string RepositoryRoot => RepositoryPaths.Root;

    /// <summary>The annotated seed article.</summary>
    public static string SeedPath => Path.Combine(RepositoryRoot, "seeds", "russia-us-syria.article.md");

    /// <summary>The raw seed text the project was created from, kept byte for byte under seeds/raw.</summary>
    public static string RawSeedPath => Path.Combine(RepositoryRoot, "seeds", "raw", "000_325cd8fcc397f6ab.txt");

    /// <summary>Codes with their spans, <c>CODE line:col-endLine:endCol</c>, for compact assertions.</summary>
    public static string[] Describe(this System.Collections.Generic.IEnumerable<Finding> diagnostics) =>
        diagnostics.Select(d => $"{d.Code} {d.Span}").ToArray();
}
