using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using ArticleCompiler.Registry;

namespace ArticleCompiler.Validation;

/// <summary>
/// The one validation engine: runs every rule of the format on a parsed article and returns the
/// parse errors and the findings, ordered by position. The generator and the CLI both call it.
/// </summary>
public static class ArticleValidator
{
    /// <summary>Parses and validates <paramref name="text"/>.</summary>
    public static IReadOnlyList<Finding> Validate(string text, ValidationOptions options) =>
        Validate(ArticleParser.Parse(text), options);

    /// <summary>Validates a parsed article; the result includes its parse errors.</summary>
    public static IReadOnlyList<Finding> Validate(ParsedArticle parsed, ValidationOptions options) =>
        Check(parsed, options).Findings;

    /// <summary>
    /// Validates a parsed article and resolves its speakers against the registry entries of
    /// <paramref name="options"/>: the article as consumers see it, and every finding, parse errors
    /// included, ordered by position. A file's whole check is <see cref="Checking.ArticleCheck"/>.
    /// </summary>
    public static (Article Article, EquatableArray<Finding> Findings) Check(ParsedArticle parsed, ValidationOptions options)
    {
        var findings = new List<Finding>(parsed.Findings.Count + 4);
        for (var i = 0; i < parsed.Findings.Count; i++)
        {
            findings.Add(parsed.Findings[i]);
        }

        if (parsed.FrontMatter.IsReadable)
        {
            CheckRequiredKeys(parsed, findings);
            CheckArticleId(parsed, findings);
            CheckUnknownKeys(parsed, findings);
            CheckPublished(parsed, options, findings);
        }

        var (article, speakerFindings) = SpeakerResolver.Resolve(parsed, options.Registry);
        if (parsed.FrontMatter.IsReadable)
        {
            findings.AddRange(speakerFindings);
        }

        CheckQuotes(parsed, findings);
        CheckSections(parsed, findings);
        CheckUnattributedQuotations(parsed, findings);
        CheckHeadingLevels(parsed, findings);

        findings.Sort(DiagnosticOrder.Instance);
        return (article, findings.ToEquatableArray());
    }

    private static void CheckRequiredKeys(ParsedArticle parsed, List<Finding> findings)
    {
        var metadata = parsed.Article.Metadata;
        if (metadata.Id.Length == 0 && !HasReportedKey(parsed, "id", findings))
        {
            findings.Add(Finding.Create(DiagnosticDescriptors.MissingRequiredKey, parsed.FrontMatter.OpeningSpan, "id"));
        }

        if (metadata.Title.Length == 0 && !HasReportedKey(parsed, "title", findings))
        {
            findings.Add(Finding.Create(DiagnosticDescriptors.MissingRequiredKey, parsed.FrontMatter.OpeningSpan, "title"));
        }
    }

    // A key whose value was already reported as of the wrong type is not also "missing".
    private static bool HasReportedKey(ParsedArticle parsed, string key, List<Finding> findings)
    {
        var occurrence = parsed.FrontMatter.Find(key);
        if (occurrence is null)
        {
            return false;
        }

        foreach (var finding in findings)
        {
            if (finding.Span.Start == occurrence.ValueSpan.Start)
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckArticleId(ParsedArticle parsed, List<Finding> findings)
    {
        var id = parsed.Article.Metadata.Id;
        if (id.Length > 0 && !SyntaxRules.IsArticleId(id) && parsed.FrontMatter.Find("id") is { } occurrence)
        {
            findings.Add(Finding.Create(DiagnosticDescriptors.MalformedArticleId, occurrence.ValueSpan, id, Suggestions.KeyShapeHint(id)));
        }
    }

    private static void CheckUnknownKeys(ParsedArticle parsed, List<Finding> findings)
    {
        foreach (var unknown in parsed.FrontMatter.UnknownKeys)
        {
            var (scope, known) = unknown.Scope == KeyScope.FrontMatter
                ? ("front-matter", FrontMatterReader.KnownKeys)
                : ("speaker", FrontMatterReader.KnownSpeakerKeys);
            findings.Add(Finding.Create(DiagnosticDescriptors.UnknownKey, unknown.Span, scope, unknown.Key, Suggestions.DidYouMean(unknown.Key, known)));
        }
    }

    private static void CheckPublished(ParsedArticle parsed, ValidationOptions options, List<Finding> findings)
    {
        var metadata = parsed.Article.Metadata;
        if (metadata.PublishedDate is { } published && published > options.Now && parsed.FrontMatter.Find("published") is { } occurrence)
        {
            findings.Add(Finding.Create(DiagnosticDescriptors.PublishedInFuture, occurrence.ValueSpan, metadata.Published));
        }
    }

    private static void CheckQuotes(ParsedArticle parsed, List<Finding> findings)
    {
        var article = parsed.Article;
        Dictionary<string, int>? quoteIdLines = null;
        var idSpanIndex = 0;
        foreach (var quote in article.Quotes)
        {
            if (quote.Text.Length == 0)
            {
                findings.Add(Finding.Create(DiagnosticDescriptors.EmptyQuote, quote.Span, quote.SpeakerKey));
            }

            if (quote.Id is { } id)
            {
                var idSpan = parsed.Body.QuoteIdSpans[idSpanIndex++];
                quoteIdLines ??= new Dictionary<string, int>(System.StringComparer.Ordinal);
                if (quoteIdLines.TryGetValue(id, out var firstLine))
                {
                    findings.Add(Finding.Create(DiagnosticDescriptors.DuplicateQuoteId, idSpan, id, firstLine));
                }
                else
                {
                    quoteIdLines.Add(id, idSpan.Line);
                }
            }
        }
    }

    private static void CheckSections(ParsedArticle parsed, List<Finding> findings)
    {
        var sections = parsed.Article.Sections;

        // An article has a few sections: earlier ones are searched one by one, unless there are many.
        var firstLines = sections.Count > 16 ? new Dictionary<string, int>(System.StringComparer.Ordinal) : null;
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            var idSpan = parsed.Body.SectionIdSpans[i];
            if (FirstLineOf(sections, i, firstLines) is { } firstLine)
            {
                findings.Add(Finding.Create(DiagnosticDescriptors.DuplicateSectionId, idSpan, section.Id, firstLine));
            }
            else
            {
                firstLines?.Add(section.Id, section.Span.Line);
            }

            if (!section.IsLead && section.Paragraphs.IsEmpty && section.Asides.IsEmpty)
            {
                findings.Add(Finding.Create(DiagnosticDescriptors.EmptySection, section.Span, section.Id));
            }
        }
    }

    // The line of the first section before `index` with the id of sections[index], or null.
    private static int? FirstLineOf(EquatableArray<Section> sections, int index, Dictionary<string, int>? firstLines)
    {
        var id = sections[index].Id;
        if (firstLines is not null)
        {
            return firstLines.TryGetValue(id, out var line) ? line : null;
        }

        for (var j = 0; j < index; j++)
        {
            if (string.Equals(sections[j].Id, id, System.StringComparison.Ordinal))
            {
                return sections[j].Span.Line;
            }
        }

        return null;
    }

    private static void CheckUnattributedQuotations(ParsedArticle parsed, List<Finding> findings)
    {
        foreach (var quotation in parsed.Body.UnattributedQuotations)
        {
            if (quotation.WordCount >= ValidationOptions.UnattributedQuoteMinimumWords)
            {
                findings.Add(Finding.Create(DiagnosticDescriptors.UnattributedQuote, quotation.Span, quotation.WordCount.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    private static void CheckHeadingLevels(ParsedArticle parsed, List<Finding> findings)
    {
        foreach (var heading in parsed.Body.OtherLevelHeadings)
        {
            findings.Add(Finding.Create(DiagnosticDescriptors.HeadingLevel, heading.Span, heading.Level));
        }
    }
}
