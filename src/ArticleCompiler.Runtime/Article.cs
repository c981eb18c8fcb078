using System;
using System.Collections.Generic;

namespace ArticleCompiler;

/// <summary>
/// One revision of an article, as compiled from its <c>*.article.md</c> file. Generated code
/// gives each article as an <see cref="Article{TSpeakers, TSections}"/> whose <c>Speakers</c> and <c>Sections</c> have a property
/// per speaker key and section id.
/// </summary>
public record Article
{
    /// <summary>Creates an article; generated code calls this.</summary>
    public Article(
        string id,
        string title,
        string? category,
        string? source,
        string? dateline,
        DateTimeOffset? published,
        int? revision,
        string? url,
        IReadOnlyList<string> authors,
        string language,
        IReadOnlyList<string> tags,
        IReadOnlyDictionary<string, string> meta,
        SpeakerSet speakers,
        SectionSet sections,
        IReadOnlyList<Quote> quotes,
        SourceLocation location)
    {
        Id = id;
        Title = title;
        Category = category;
        Source = source;
        Dateline = dateline;
        Published = published;
        Revision = revision;
        Url = url;
        Authors = authors;
        Language = language;
        Tags = tags;
        Meta = meta;
        Speakers = speakers;
        Sections = sections;
        Quotes = quotes;
        Location = location;
    }

    /// <summary>Creates an article from its decoded parts and its typed speaker and section sets; generated code calls this.</summary>
    protected Article(ArticleParts parts, SpeakerSet speakers, SectionSet sections)
        : this(parts.Id, parts.Title, parts.Category, parts.Source, parts.Dateline, parts.Published, parts.Revision, parts.Url, parts.Authors, parts.Language, parts.Tags, parts.Meta, speakers, sections, parts.Quotes, parts.Location)
    {
    }

    /// <summary>The article id (<c>russia-us-syria</c>).</summary>
    public string Id { get; }

    /// <summary>The headline.</summary>
    public string Title { get; }

    /// <summary>The category, such as <c>World</c>.</summary>
    public string? Category { get; }

    /// <summary>The publisher, such as <c>Sputnik</c>.</summary>
    public string? Source { get; }

    /// <summary>The dateline, such as <c>WASHINGTON</c>.</summary>
    public string? Dateline { get; }

    /// <summary>When the article was published.</summary>
    public DateTimeOffset? Published { get; }

    /// <summary>The revision number of this text, if the file gives one.</summary>
    public int? Revision { get; }

    /// <summary>The article's address.</summary>
    public string? Url { get; }

    /// <summary>The authors.</summary>
    public IReadOnlyList<string> Authors { get; }

    /// <summary>The BCP 47 language tag (<c>en</c> unless the file says otherwise).</summary>
    public string Language { get; }

    /// <summary>The tags.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Free metadata from the front matter's <c>meta</c> map.</summary>
    public IReadOnlyDictionary<string, string> Meta { get; }

    /// <summary>The speakers, in the order the front matter defines them.</summary>
    public SpeakerSet Speakers { get; }

    /// <summary>The sections, in document order (the lead first when there is one).</summary>
    public SectionSet Sections { get; }

    /// <summary>Every quote, in document order.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    // Set by LinkRevisions for an article with several revisions; one alone is its only revision.
    private Article[]? _revisions;

    /// <summary>Every revision of this article, oldest first (this one among them).</summary>
    public IReadOnlyList<Article> Revisions => _revisions ?? new[] { this };

    /// <summary>Where the article's file is.</summary>
    public SourceLocation Location { get; }

    /// <summary>Sets <see cref="Revisions"/> for every article of <paramref name="revisions"/>; generated code calls this once per article with several revisions.</summary>
    public static IReadOnlyList<Article> LinkRevisions(params Article[] revisions)
    {
        foreach (var revision in revisions)
        {
            revision._revisions = revisions;
        }

        return revisions;
    }
}
