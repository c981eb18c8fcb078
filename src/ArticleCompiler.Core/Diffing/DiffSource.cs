using System.Collections.Generic;
using ArticleCompiler.Model;

namespace ArticleCompiler.Diffing;

/// <summary>
/// One side of a diff: an annotated article, or a plain-text article (such as the raw seed) of
/// which only the text can be compared.
/// </summary>
public sealed class DiffSource
{
    private DiffSource(Article? article, IReadOnlyList<string> paragraphs)
    {
        Article = article;
        Paragraphs = paragraphs;
    }

    /// <summary>The annotated article; null for plain text.</summary>
    public Article? Article { get; }

    /// <summary>The body paragraphs in document order (asides and headings left out).</summary>
    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>An annotated article.</summary>
    public static DiffSource FromArticle(Article article)
    {
        var paragraphs = new List<string>();
        foreach (var section in article.Sections)
        {
            foreach (var paragraph in section.Paragraphs)
            {
                paragraphs.Add(paragraph.Text);
            }
        }

        return new DiffSource(article, paragraphs);
    }

    /// <summary>A plain-text article: every non-blank line is a paragraph.</summary>
    public static DiffSource FromPlainText(string text)
    {
        var paragraphs = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var paragraph = line.Trim();
            if (paragraph.Length > 0)
            {
                paragraphs.Add(paragraph);
            }
        }

        return new DiffSource(null, paragraphs);
    }

    /// <summary>The body's sentences in document order, cut as the differ cuts them (<see cref="BodyLayout"/>).</summary>
    public List<string> Sentences() => BodyLayout.Of(this).Sentences;
}
