using System;
using System.Collections.Generic;
using ArticleCompiler.Model;
using ArticleCompiler.Text;

namespace ArticleCompiler.Diffing;

/// <summary>
/// Where a quote stands in a sentence side: the words that hold it, counted as <see cref="WordDiff"/>
/// cuts the side's text (runs of non-space), so that a format can mark them among the word changes.
/// </summary>
/// <param name="FirstWord">The first word of the side's text that holds some of the quote, from 0.</param>
/// <param name="WordCount">How many words, from <paramref name="FirstWord"/>, hold some of the quote.</param>
/// <param name="SpeakerKey">The quote's speaker key.</param>
/// <param name="SpeakerName">The speaker's name as the article resolves the key; null when it does not.</param>
/// <param name="Kind">Direct, partial or indirect.</param>
/// <param name="Ends">Whether the quote ends in this sentence (false: it goes on in the next).</param>
public sealed record QuoteMark(int FirstWord, int WordCount, string SpeakerKey, string? SpeakerName, QuoteKind Kind, bool Ends);

/// <summary>
/// A section of one side, in document order, and the section of the other side it was paired with
/// (its index there; null when it was added or removed, or the other side is plain text).
/// A plain-text side is one section, the lead.
/// </summary>
public sealed record SectionOutline(string Id, string? Heading, int? Counterpart);

/// <summary>
/// The body of one side cut into sentences, with each sentence's section, paragraph and quotes: what
/// a format needs to show the article section by section rather than as a list of changes.
/// </summary>
internal sealed class BodyLayout
{
    private BodyLayout(List<string> sentences, List<int> sections, List<int> paragraphs, List<IReadOnlyList<QuoteMark>> quotes)
    {
        Sentences = sentences;
        Sections = sections;
        Paragraphs = paragraphs;
        Quotes = quotes;
    }

    /// <summary>The sentences in document order.</summary>
    public List<string> Sentences { get; }

    /// <summary>Per sentence, the index of its section.</summary>
    public List<int> Sections { get; }

    /// <summary>Per sentence, the index of its paragraph among the body's paragraphs.</summary>
    public List<int> Paragraphs { get; }

    /// <summary>Per sentence, the quotes in it (words counted from the sentence's first).</summary>
    public List<IReadOnlyList<QuoteMark>> Quotes { get; }

    /// <summary>The layout of <paramref name="source"/>.</summary>
    public static BodyLayout Of(DiffSource source)
    {
        var layout = new BodyLayout(new List<string>(), new List<int>(), new List<int>(), new List<IReadOnlyList<QuoteMark>>());
        if (source.Article is not { } article)
        {
            for (var p = 0; p < source.Paragraphs.Count; p++)
            {
                layout.AddParagraph(source.Paragraphs[p], 0, p, Array.Empty<(int, int, Quote)>(), article: null);
            }

            return layout;
        }

        // A quote is found in its paragraph's text (annotations removed, so its words stand there
        // as written), after the start of the quote before it in the source (a quote inside another
        // starts after it); one whose words are not found is left unmarked.
        var quotesOf = new Dictionary<(string Section, int Paragraph), List<Quote>>();
        foreach (var quote in article.Quotes)
        {
            if (!quotesOf.TryGetValue((quote.SectionId, quote.ParagraphIndex), out var list))
            {
                quotesOf[(quote.SectionId, quote.ParagraphIndex)] = list = new List<Quote>();
            }

            list.Add(quote);
        }

        var paragraph = 0;
        var seenSections = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < article.Sections.Count; s++)
        {
            var section = article.Sections[s];
            var first = seenSections.Add(section.Id);
            for (var p = 0; p < section.Paragraphs.Count; p++, paragraph++)
            {
                var text = section.Paragraphs[p].Text;
                var found = new List<(int Start, int End, Quote Quote)>();
                if (first && quotesOf.TryGetValue((section.Id, p), out var quotes))
                {
                    var from = 0;
                    quotes.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
                    foreach (var quote in quotes)
                    {
                        var at = quote.Text.Length == 0 ? -1 : text.IndexOf(quote.Text, from, StringComparison.Ordinal);
                        if (at >= 0)
                        {
                            found.Add((at, at + quote.Text.Length, quote));
                            from = at + 1;
                        }
                    }
                }

                layout.AddParagraph(text, s, paragraph, found, article);
            }
        }

        return layout;
    }

    /// <summary>
    /// The quotes of sentences <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/>
    /// - 1 joined into one side (a split or merge), their words counted from the first sentence's first word.
    /// </summary>
    public IReadOnlyList<QuoteMark> QuotesOf(int start, int count)
    {
        if (count == 1)
        {
            return Quotes[start];
        }

        var marks = new List<QuoteMark>();
        var offset = 0;
        for (var i = start; i < start + count; i++)
        {
            foreach (var mark in Quotes[i])
            {
                marks.Add(mark with { FirstWord = mark.FirstWord + offset });
            }

            offset += WordSpans(Sentences[i], 0, Sentences[i].Length).Count;
        }

        return marks;
    }

    private void AddParagraph(string text, int section, int paragraph, IReadOnlyList<(int Start, int End, Quote Quote)> quotes, Article? article)
    {
        var spans = SentenceSplitter.Spans(text);
        var marks = new List<QuoteMark>?[spans.Count];

        // Each quote finds its first sentence by binary search, and each sentence the quote's words
        // the same way: a paragraph of thousands of quotes and sentences stays O(n log n). Only a
        // sentence with a quote is cut into words (most sentences of a long diff have none).
        var words = new List<(int Start, int End)>?[spans.Count];
        foreach (var (start, end, quote) in quotes)
        {
            for (var k = FirstEndingAfter(spans, s => s.End, start); k < spans.Count && spans[k].Start < end; k++)
            {
                var cut = words[k] ??= WordSpans(text, spans[k].Start, spans[k].End);
                var firstWord = FirstEndingAfter(cut, w => w.End, start);
                var lastWord = FirstEndingAfter(cut, w => w.End, end) is var after && after < cut.Count && cut[after].Start < end ? after : after - 1;
                if (firstWord < cut.Count && lastWord >= firstWord)
                {
                    (marks[k] ??= new List<QuoteMark>()).Add(new QuoteMark(firstWord, lastWord - firstWord + 1, quote.SpeakerKey, article?.FindSpeaker(quote.SpeakerKey)?.Name, quote.Kind, end <= spans[k].End));
                }
            }
        }

        for (var k = 0; k < spans.Count; k++)
        {
            Sentences.Add(text.Substring(spans[k].Start, spans[k].Length));
            Sections.Add(section);
            Paragraphs.Add(paragraph);
            Quotes.Add((IReadOnlyList<QuoteMark>?)marks[k] ?? Array.Empty<QuoteMark>());
        }
    }

    // The first of the spans (in order, none inside another) that ends after offset; the count if none.
    private static int FirstEndingAfter<T>(List<T> spans, Func<T, int> endOf, int offset)
    {
        int low = 0, high = spans.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = endOf(spans[middle]) > offset ? (low, middle) : (middle + 1, high);
        }

        return low;
    }

    // The words of text[start..end) as WordDiff cuts them: a no-break space belongs to its word.
    private static List<(int Start, int End)> WordSpans(string text, int start, int end)
    {
        var words = new List<(int Start, int End)>();
        var wordStart = -1;
        for (var i = start; i < end; i++)
        {
            var space = char.IsWhiteSpace(text[i]) && !TextKey.IsTypographicSpace(text[i]);
            if (space && wordStart >= 0)
            {
                words.Add((wordStart, i));
                wordStart = -1;
            }
            else if (!space && wordStart < 0)
            {
                wordStart = i;
            }
        }

        if (wordStart >= 0)
        {
            words.Add((wordStart, end));
        }

        return words;
    }
}
