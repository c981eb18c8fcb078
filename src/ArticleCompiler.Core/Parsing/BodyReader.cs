using System;
using System.Collections.Generic;
using ArticleCompiler.Model;
using ArticleCompiler.Text;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Parsing;

/// <summary>
/// Reads the body line by line into blocks (headings, fenced asides, paragraphs) and hands each
/// paragraph to the <see cref="InlineReader"/>. Written by hand for the v1 grammar.
/// </summary>
internal sealed partial class BodyReader
{
    private static readonly string[] AsideKindNames = { "related", "caption", "aside", "footer" };

    private readonly string _text;
    private readonly LineMap _lines;
    private readonly List<Finding> _findings;
    private readonly InlineReader _inline;

    private readonly Scratch _scratch;
    private readonly List<Section> _sections;
    private readonly List<Quote> _quotes;
    private readonly List<SourceSpan> _sectionIdSpans;
    private readonly List<HeadingOfOtherLevel> _otherHeadings;

    private readonly List<(int Start, int End)> _paragraphLines;
    private readonly List<Paragraph> _paragraphs;
    private readonly List<Aside> _asides;
    private string _sectionId = Section.LeadId;
    private string? _heading;
    private SourceSpan? _sectionSpan;
    private SourceSpan? _sectionIdSpan;
    private PendingQuote? _pendingQuote;

    private BodyReader(string text, LineMap lines, List<Finding> findings)
    {
        _text = text;
        _lines = lines;
        _findings = findings;
        _inline = new InlineReader(text, lines, findings);
        _scratch = Scratch.Take();
        _sections = _scratch.Sections;
        _quotes = _scratch.Quotes;
        _sectionIdSpans = _scratch.SectionIdSpans;
        _otherHeadings = _scratch.OtherHeadings;
        _paragraphLines = _scratch.ParagraphLines;
        _paragraphs = _scratch.Paragraphs;
        _asides = _scratch.Asides;
    }

    /// <summary>The sections, quotes and syntax observations of a body.</summary>
    public sealed record Result(EquatableArray<Section> Sections, EquatableArray<Quote> Quotes, BodySyntax Syntax);

    /// <summary>Reads the body that starts at <paramref name="start"/>.</summary>
    public static Result Read(string text, int start, LineMap lines, List<Finding> findings)
    {
        var reader = new BodyReader(text, lines, findings);
        reader.ReadBlocks(start);
        var result = new Result(
            reader._sections.ToEquatableArray(),
            reader._quotes.ToEquatableArray(),
            new BodySyntax(
                reader._inline.UnattributedQuotations.ToEquatableArray(),
                reader._otherHeadings.ToEquatableArray(),
                reader._sectionIdSpans.ToEquatableArray(),
                reader._inline.QuoteIdSpans.ToEquatableArray()));
        reader._inline.Release();
        Scratch.Return(reader._scratch);
        return result;
    }

    private void ReadBlocks(int start)
    {
        var fenceOpen = false;
        var fenceKind = AsideKind.Aside;
        var fenceStart = 0;
        SourceSpan fenceOpenSpan = default;
        var fenceLines = _scratch.FenceLines;

        // The line map has found every line break already. The body starts at a line's start, or at
        // the text's end when the front matter is never closed.
        var position = start;
        var line = _lines.Locate(start).Line;
        while (position <= _text.Length)
        {
            var lineEnd = _lines.LineEnd(line);
            var contentStart = position;
            while (contentStart < lineEnd && (_text[contentStart] == ' ' || _text[contentStart] == '\t'))
            {
                contentStart++;
            }

            var contentEnd = lineEnd;
            while (contentEnd > contentStart && (_text[contentEnd - 1] == ' ' || _text[contentEnd - 1] == '\t'))
            {
                contentEnd--;
            }

            if (fenceOpen)
            {
                if (IsClosingFence(contentStart, contentEnd))
                {
                    AddAside(fenceKind, fenceLines, _lines.SpanBetween(fenceStart, contentEnd));
                    fenceLines.Clear();
                    fenceOpen = false;
                }
                else
                {
                    fenceLines.Add((contentStart, contentEnd));
                }
            }
            else if (IsBlank(contentStart, contentEnd))
            {
                FlushParagraph();
            }
            else if (StartsWith(contentStart, contentEnd, ":::"))
            {
                FlushParagraph();
                var lineSpan = _lines.SpanBetween(contentStart, contentEnd);
                var kindText = _text.Substring(contentStart + 3, contentEnd - contentStart - 3).Trim();
                if (kindText.Length == 0)
                {
                    _findings.Add(Finding.Create(DiagnosticDescriptors.StrayFence, lineSpan));
                }
                else
                {
                    fenceOpen = true;
                    fenceKind = ParseAsideKind(kindText, contentStart, contentEnd);
                    fenceStart = contentStart;
                    fenceOpenSpan = lineSpan;
                }
            }
            else if (HeadingLevel(contentStart, contentEnd) is var level && level > 0)
            {
                FlushParagraph();
                if (level == 2)
                {
                    StartSection(contentStart, contentEnd);
                }
                else
                {
                    _otherHeadings.Add(new HeadingOfOtherLevel(level, _lines.SpanBetween(contentStart, contentEnd)));
                    _paragraphLines.Add((contentStart, contentEnd));
                    FlushParagraph();
                }
            }
            else if (contentEnd - contentStart == 3 && StartsWith(contentStart, contentEnd, "---"))
            {
                // A thematic break: it separates paragraphs, is not text, and ends any open quote.
                FlushParagraph();
                _pendingQuote = null;
            }
            else
            {
                _paragraphLines.Add((contentStart, contentEnd));
            }

            if (lineEnd >= _text.Length)
            {
                break;
            }

            line++;
            position = _lines.LineStart(line);
        }

        if (fenceOpen)
        {
            _findings.Add(Finding.Create(DiagnosticDescriptors.UnclosedFence, fenceOpenSpan));
            AddAside(fenceKind, fenceLines, _lines.SpanBetween(fenceStart, _text.Length));
        }

        FlushParagraph();
        FinishSection();
    }

    private AsideKind ParseAsideKind(string kindText, int contentStart, int contentEnd)
    {
        switch (kindText)
        {
            case "related":
                return AsideKind.Related;
            case "caption":
                return AsideKind.Caption;
            case "aside":
                return AsideKind.Aside;
            case "footer":
                return AsideKind.Footer;
            default:
                var kindStart = _text.IndexOf(kindText, contentStart + 3, StringComparison.Ordinal);
                _findings.Add(Finding.Create(
                    DiagnosticDescriptors.UnknownAsideKind,
                    _lines.SpanBetween(kindStart, Math.Min(contentEnd, kindStart + kindText.Length)),
                    kindText,
                    Suggestions.DidYouMean(kindText, AsideKindNames) is { Length: > 0 } hint ? hint : " (use related, caption, aside or footer)"));
                return AsideKind.Aside;
        }
    }

    private void StartSection(int contentStart, int contentEnd)
    {
        FinishSection();
        _pendingQuote = null;

        var textStart = contentStart + 2;
        while (textStart < contentEnd && char.IsWhiteSpace(_text[textStart]))
        {
            textStart++;
        }

        var textEnd = contentEnd;
        string? explicitId = null;
        SourceSpan idSpan = default;
        if (textEnd > textStart && _text[textEnd - 1] == '}')
        {
            var brace = _text.LastIndexOf('{', textEnd - 1, textEnd - textStart);
            if (brace >= textStart && brace + 1 < textEnd && _text[brace + 1] == '#' && (brace == textStart || _text[brace - 1] != '\\'))
            {
                explicitId = _text.Substring(brace + 2, textEnd - brace - 3);
                idSpan = _lines.SpanBetween(brace + 1, textEnd - 1);
                textEnd = brace;
                while (textEnd > textStart && char.IsWhiteSpace(_text[textEnd - 1]))
                {
                    textEnd--;
                }
            }
        }

        var heading = SyntaxRules.Unescape(_text.Substring(textStart, textEnd - textStart));
        string id;
        if (explicitId is not null && SyntaxRules.IsKey(explicitId))
        {
            id = explicitId;
        }
        else
        {
            if (explicitId is not null)
            {
                _findings.Add(Finding.Create(DiagnosticDescriptors.MalformedKey, idSpan, "section id", explicitId, Suggestions.KeyShapeHint(explicitId)));
            }

            id = Slug.FromHeading(heading);
            idSpan = _lines.SpanBetween(textStart, Math.Max(textStart, textEnd));
        }

        _sectionId = id;
        _heading = heading;
        _sectionSpan = _lines.SpanBetween(contentStart, contentEnd);
        _sectionIdSpan = idSpan;
    }

    private void FinishSection()
    {
        if (_heading is null && _paragraphs.Count == 0 && _asides.Count == 0)
        {
            // The implicit lead exists only when something stands before the first heading.
            return;
        }

        var span = _sectionSpan ?? (_paragraphs.Count > 0 ? _paragraphs[0].Span : _asides[0].Span);
        _sections.Add(new Section(_sectionId, _heading, span, _paragraphs.ToEquatableArray(), _asides.ToEquatableArray()));
        _sectionIdSpans.Add(_sectionIdSpan ?? span);
        _paragraphs.Clear();
        _asides.Clear();
    }

    private void FlushParagraph()
    {
        if (_paragraphLines.Count == 0)
        {
            return;
        }

        var paragraph = _inline.ReadParagraph(_paragraphLines, _sectionId, _paragraphs.Count, ref _pendingQuote, _quotes);
        _paragraphs.Add(paragraph);
        _paragraphLines.Clear();
    }

    private void AddAside(AsideKind kind, List<(int Start, int End)> lines, SourceSpan span)
    {
        var builder = _scratch.AsideText.Clear();
        var blankRun = false;
        foreach (var (start, end) in lines)
        {
            if (IsBlank(start, end))
            {
                blankRun = builder.Length > 0;
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(blankRun ? "\n\n" : " ");
            }

            blankRun = false;
            builder.Append(_text, start, end - start);
        }

        _asides.Add(new Aside(kind, SyntaxRules.Unescape(builder.ToString()), _sectionId, span));
    }

    private bool IsClosingFence(int start, int end) => end - start == 3 && StartsWith(start, end, ":::");

    private bool IsBlank(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(_text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool StartsWith(int start, int end, string prefix) =>
        end - start >= prefix.Length && string.CompareOrdinal(_text, start, prefix, 0, prefix.Length) == 0;

    private int HeadingLevel(int start, int end)
    {
        var i = start;
        while (i < end && _text[i] == '#')
        {
            i++;
        }

        var level = i - start;
        return level > 0 && (i == end || _text[i] == ' ' || _text[i] == '\t') ? level : 0;
    }
}
