using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Turns a plain-text news article into an annotated draft: front matter (id, title, category,
/// source, dateline, speakers), sections, asides, and direct, partial and indirect quotes with
/// their speakers. Deterministic and offline: rules, no model. Attributions it is unsure of are
/// listed; the draft validates with no errors (annotations that would break it are dropped).
/// </summary>
public static class ArticleAnnotator
{
    // Validation of the draft: a fixed clock keeps the result the same on every run; the registry
    // entries of the options are added per run.
    private static readonly ValidationOptions DraftValidation = new(DateTimeOffset.MaxValue);

    private const string Untitled = "Untitled";

    /// <summary>Annotates <paramref name="raw"/>, a plain-text article.</summary>
    public static AnnotationResult Annotate(string raw, AnnotatorOptions options) => Annotate(raw, options, null);

    /// <summary>
    /// Annotates <paramref name="raw"/>, a plain-text article; <paramref name="name"/> (the file
    /// name without its extension, or null) gives the id when the text has no headline.
    /// </summary>
    public static AnnotationResult Annotate(string raw, AnnotatorOptions options, string? name)
    {
        var article = RawArticleReader.Read(raw);
        var untitled = article.Title.Trim().Length == 0;
        if (untitled)
        {
            // A title is required; an empty text gets a placeholder the note points at.
            article = article with { Title = Untitled, HasHeadline = false };
        }

        // Without a headline, the name of the text says more than a stand-in title.
        var id = DraftWriter.ArticleId(article.HasHeadline || string.IsNullOrWhiteSpace(name) ? article.Title : name!);

        var (found, _) = AttributionFinder.Find(article);
        var calibrated = options.RawConfidence ? found.ToList() : found.Select(q => q with { Confidence = ConfidenceCalibration.Calibrate(q.Confidence) }).ToList();
        var spans = QuoteSpan.Find(article.Blocks);
        var withReports = MixedQuotation.ReportsAroundQuotes(article, spans, calibrated);
        var notQuotes = MixedQuotation.NotQuotesInReports(spans, withReports);
        var all = MixedQuotation.Absorb(article, withReports, options.MinimumConfidence);
        var validation = DraftValidation with { Registry = options.Registry };
        var dropped = new HashSet<QuoteAnnotation>();

        while (true)
        {
            var written = ApostropheQuotes.Writable(article, all.Where(q => q.Speaker is not null && q.Confidence >= options.MinimumConfidence && !dropped.Contains(q)).ToList());
            var speakerKeys = SpeakerKeys.Assign(written.Select(q => q.Speaker!), options.Registry, options.RegistryElsewhere);
            var keys = speakerKeys.Keys;
            var notes = Notes(article, all, written, keys, options);
            if (untitled)
            {
                notes.Insert(0, new AnnotationNote(1, 1, -1, "the raw text has no title line: the draft's title is '" + Untitled + "'", Annotated: false));
            }
            else if (article.TitleNote is { } titleNote)
            {
                notes.Insert(0, new AnnotationNote(1, 1, -1, titleNote, Annotated: false));
            }

            // The comments name draft lines; their number, not their text, decides where blocks fall.
            var header = "artc annotate: check these attributions, then delete these comment lines:";
            var placeholders = notes.Count == 0 ? new List<string>() : new[] { header }.Concat(notes.Select(n => n.Message)).ToList();
            var (draft, blockLines) = DraftWriter.Write(article, id, written, notQuotes, speakerKeys, placeholders);
            if (notes.Count > 0)
            {
                notes = notes.Select(n => n with { DraftLine = n.DraftLine < 0 ? 1 : blockLines[n.DraftLine] + n.Line - article.Blocks[n.DraftLine].FirstLine }).ToList();
                var comments = new[] { header }.Concat(notes.Select(n => FormattableString.Invariant($"line {n.DraftLine}: {n.Message}"))).ToList();
                (draft, _) = DraftWriter.Write(article, id, written, notQuotes, speakerKeys, comments);
            }

            var findings = ArticleValidator.Validate(ArticleParser.Parse(draft), validation);
            var errors = findings.Where(f => f.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count == 0 || written.Count == 0)
            {
                return new AnnotationResult(draft, notes, written.Count, keys.Values.Distinct().Count(), findings) { Id = id };
            }

            // Drop the annotations of every paragraph an error falls in, and write again.
            var before = dropped.Count;
            foreach (var error in errors)
            {
                var block = Array.FindLastIndex(blockLines, line => line <= error.Span.Line);
                foreach (var quote in written.Where(q => block < 0 || q.OpenBlock == block || q.CloseBlock == block || (q.OpenBlock < block && block < q.CloseBlock)))
                {
                    dropped.Add(quote);
                }
            }

            if (dropped.Count == before)
            {
                foreach (var quote in written)
                {
                    dropped.Add(quote);
                }
            }
        }
    }

    /// <summary>
    /// <paramref name="result"/> with the article id <paramref name="id"/> (a valid article id): what
    /// a caller writing several drafts into one folder uses to keep their ids apart.
    /// </summary>
    public static AnnotationResult WithId(AnnotationResult result, string id)
    {
        if (!SyntaxRules.IsArticleId(id))
        {
            throw new ArgumentException("not an article id: '" + id + "'", nameof(id));
        }

        if (id == result.Id)
        {
            return result;
        }

        // The id line is the first key of the front matter (after the comments), as DraftWriter.IdLine
        // renders it, quotes and all: not finding it is a bug, never a draft silently left with its old id.
        var line = "\n" + DraftWriter.IdLine(result.Id);
        var at = result.Draft.IndexOf(line, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException("the draft has no line '" + line.Trim() + "'");
        }

        return result with { Draft = result.Draft.Substring(0, at) + "\n" + DraftWriter.IdLine(id) + result.Draft.Substring(at + line.Length), Id = id };
    }

    /// <summary>
    /// The first of <paramref name="id"/>, <c>id-2</c>, <c>id-3</c> ... (cut at a hyphen to stay
    /// within 64 characters) that <paramref name="taken"/> does not hold; it is added to <paramref name="taken"/>.
    /// </summary>
    public static string UniqueId(string id, ISet<string> taken)
    {
        if (taken.Add(id))
        {
            return id;
        }

        for (var n = 2; ; n++)
        {
            var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
            var candidate = DraftWriter.CutId(id, DraftWriter.MaxIdLength - suffix.Length) + suffix;
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }
    }

    // A note per attribution to check. DraftLine holds the block index until the draft is written.
    private static List<AnnotationNote> Notes(RawArticle article, IReadOnlyList<QuoteAnnotation> all, IReadOnlyList<QuoteAnnotation> written, IReadOnlyDictionary<Entity, string> keys, AnnotatorOptions options)
    {
        var notes = new List<AnnotationNote>();
        var writtenSet = new HashSet<QuoteAnnotation>(written);
        var lineStarts = new Dictionary<int, List<int>>();
        foreach (var quote in all.OrderBy(q => q.OpenBlock).ThenBy(q => q.Start))
        {
            var isWritten = writtenSet.Contains(quote);
            if (isWritten && quote.Confidence >= AnnotatorOptions.Sure && !options.NoteEveryAttribution)
            {
                continue;
            }

            var block = article.Blocks[quote.OpenBlock];
            var (line, column) = Position(block, quote.OpenBlock, quote.Start, lineStarts);
            var kind = quote.Kind.ToString().ToLowerInvariant();
            var excerpt = Excerpt(block.Text, quote.Start);
            string message;
            if (isWritten)
            {
                message = FormattableString.Invariant($"{kind} quote {excerpt} given to @{keys[quote.Speaker!]} ({quote.Speaker!.Name}), confidence {quote.Confidence:0.00}: {quote.Reason}");
            }
            else if (quote.Speaker is not null && quote.Confidence < options.MinimumConfidence)
            {
                message = FormattableString.Invariant($"{kind} quote {excerpt} not annotated: perhaps {quote.Speaker.Name}, confidence {quote.Confidence:0.00} is below {options.MinimumConfidence:0.00}: {quote.Reason}");
            }
            else if (quote.Speaker is not null)
            {
                message = FormattableString.Invariant($"{kind} quote {excerpt} not annotated: it would not validate");
            }
            else
            {
                message = FormattableString.Invariant($"{kind} quote {excerpt} not annotated: {quote.Reason}");
            }

            notes.Add(new AnnotationNote(line, column, quote.OpenBlock, message, isWritten));
        }

        return notes;
    }

    // The line starts of each block, found once: a scan from the block's start per note made a
    // one-line text with many notes quadratic.
    private static (int Line, int Column) Position(RawBlock block, int blockIndex, int offset, Dictionary<int, List<int>> lineStarts)
    {
        if (!lineStarts.TryGetValue(blockIndex, out var starts))
        {
            lineStarts[blockIndex] = starts = new List<int> { 0 };
            for (var i = block.Text.IndexOf('\n'); i >= 0; i = block.Text.IndexOf('\n', i + 1))
            {
                starts.Add(i + 1);
            }
        }

        // The last line start at or before the offset (a newline at the offset itself does not count).
        var limit = Math.Min(offset, block.Text.Length);
        var index = starts.BinarySearch(limit);
        index = index >= 0 ? index : ~index - 1;
        return (block.FirstLine + index, offset - starts[index] + 1);
    }

    private static string Excerpt(string text, int start)
    {
        var length = Math.Min(40, text.Length - start);
        if (length > 0 && start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
        {
            length--;   // never half a character
        }

        var excerpt = text.Substring(start, length).Replace('\n', ' ');
        return "'" + excerpt + (start + length < text.Length ? "…'" : "'");
    }
}
