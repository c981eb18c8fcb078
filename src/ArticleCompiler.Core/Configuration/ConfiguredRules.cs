using System;
using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Configuration;

/// <summary>
/// Front-matter rules a corpus sets in .editorconfig, checked by the build and by artc validate
/// alike: <c>artc_required_keys = source, published</c> (ARTC112) and
/// <c>artc_allowed_categories = World, Politics</c> (ARTC113).
/// </summary>
/// <param name="RequiredKeys">Keys every article must have (beyond id and title).</param>
/// <param name="AllowedCategories">The categories allowed; null when any category is.</param>
public sealed record ConfiguredRules(EquatableArray<string> RequiredKeys, EquatableArray<string>? AllowedCategories)
{
    /// <summary>The .editorconfig key of the required front-matter keys.</summary>
    public const string RequiredKeysKey = "artc_required_keys";

    /// <summary>The .editorconfig key of the allowed categories.</summary>
    public const string AllowedCategoriesKey = "artc_allowed_categories";

    /// <summary>No rules.</summary>
    public static ConfiguredRules None { get; } = new(EquatableArray<string>.Empty, null);

    /// <summary>The findings of these rules for <paramref name="parsed"/> (none when its front matter is unreadable).</summary>
    public IReadOnlyList<Finding> Check(ParsedArticle parsed)
    {
        var findings = new List<Finding>();
        var frontMatter = parsed.FrontMatter;
        if (!frontMatter.IsReadable)
        {
            return findings;
        }

        var metadata = parsed.Article.Metadata;
        foreach (var key in RequiredKeys)
        {
            if (!HasValue(metadata, parsed.Article, key))
            {
                findings.Add(Finding.Create(DiagnosticDescriptors.ConfiguredKeyMissing, frontMatter.OpeningSpan, key));
            }
        }

        if (AllowedCategories is { } allowed && metadata.Category is { } category && !allowed.Contains(category, StringComparer.Ordinal))
        {
            var span = frontMatter.Find("category")?.ValueSpan ?? frontMatter.OpeningSpan;
            findings.Add(Finding.Create(DiagnosticDescriptors.CategoryNotAllowed, span, category, string.Join(", ", allowed.Select(c => "'" + c + "'"))));
        }

        return findings;
    }

    /// <summary>A comma-separated .editorconfig value as a list (empty items dropped).</summary>
    public static EquatableArray<string> List(string? value) =>
        new((value ?? string.Empty).Split(',').Select(item => item.Trim()).Where(item => item.Length > 0).ToArray());

    private static bool HasValue(ArticleMetadata metadata, Article article, string key) => key switch
    {
        "id" => metadata.Id.Length > 0,
        "title" => metadata.Title.Length > 0,
        "category" => !string.IsNullOrWhiteSpace(metadata.Category),
        "source" => !string.IsNullOrWhiteSpace(metadata.Source),
        "dateline" => !string.IsNullOrWhiteSpace(metadata.Dateline),
        "published" => !string.IsNullOrWhiteSpace(metadata.Published),
        "revision" => metadata.Revision is not null,
        "url" => !string.IsNullOrWhiteSpace(metadata.Url),
        "authors" => metadata.Authors.Count > 0,
        "tags" => metadata.Tags.Count > 0,
        "speakers" => article.Speakers.Count > 0,
        "meta" => metadata.Meta.Count > 0,
        _ => true,   // language has a default; an unknown key cannot be required
    };
}
