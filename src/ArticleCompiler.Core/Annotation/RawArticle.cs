using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>What a block of a raw article is, as <see cref="RawArticleReader"/> judges it.</summary>
public enum RawBlockKind
{
    /// <summary>Body text.</summary>
    Paragraph,

    /// <summary>A subheading: a short line without final punctuation between paragraphs.</summary>
    Heading,

    /// <summary>A "READ MORE:" line or an embedded related headline.</summary>
    Related,

    /// <summary>A photo credit or caption line.</summary>
    Caption,

    /// <summary>A trailer such as "Discuss" or a copyright line at the end.</summary>
    Footer,

    /// <summary>Feed furniture: "Advertisement", "Story continues below", newsletter and social prompts.</summary>
    Aside,
}

/// <summary>A block of a raw article: one or more lines, kept exactly as written.</summary>
/// <param name="Kind">What the block is.</param>
/// <param name="Lines">The lines, unchanged (no line break characters).</param>
/// <param name="FirstLine">The 1-based line of the raw text the block starts on.</param>
public sealed record RawBlock(RawBlockKind Kind, IReadOnlyList<string> Lines, int FirstLine)
{
    /// <summary>The lines joined with '\n': the text quotes are looked for in.</summary>
    public string Text { get; } = string.Join("\n", Lines);
}

/// <summary>A plain-text news article split into its header and blocks.</summary>
/// <param name="Category">A lone first line such as "World", if there is one.</param>
/// <param name="Title">The headline.</param>
/// <param name="Dateline">The place of a lead such as "WASHINGTON (Sputnik) - ".</param>
/// <param name="Source">The agency of that lead.</param>
/// <param name="Blocks">The body blocks in order.</param>
public sealed record RawArticle(string? Category, string Title, string? Dateline, string? Source, IReadOnlyList<RawBlock> Blocks)
{
    /// <summary>Whether <see cref="Title"/> is the text's headline (false: a stand-in made from its first sentence).</summary>
    public bool HasHeadline { get; init; } = true;

    /// <summary>What the draft should say about its title (a stand-in, a cut headline), or null.</summary>
    public string? TitleNote { get; init; }

    /// <summary>The names of the bylines ("By Jane Doe and John Roe"), in order; the byline lines are not blocks.</summary>
    public IReadOnlyList<string> Authors { get; init; } = System.Array.Empty<string>();
}
