using System;
using ArticleCompiler.Model;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Parsing;

/// <summary>Quotes and indirect spans: opening, closing with or without an attribute block, and their words.</summary>
internal sealed partial class InlineReader
{
    private void OpenQuote(int cleanStart, int sourceStart, int paragraphIndex, string prefix)
    {
        _quoteOpen = true;
        _quoteCleanStart = cleanStart;
        _quoteSourceStart = sourceStart;
        _quoteParagraphIndex = paragraphIndex;
        _quotePrefix = prefix;
        _quoteInsideIndirect = _indirectClose != NoPair;
    }

    private int CloseQuote(int i)
    {
        var text = _text;
        if (!_quoteOpen)
        {
            _clean.Append(text[i]);
            if (i + 1 < _end && LooksLikeBlock(i + 1))
            {
                var stray = ReadBlock(i + 1, report: false);
                if (stray.Kind != AttributeBlockKind.Unterminated && _abandonedQuote is { } abandoned)
                {
                    // A quote opened in an earlier paragraph closes here, but this paragraph does not open with a quote mark.
                    _findings.Add(Finding.Create(DiagnosticDescriptors.UnclosedQuote, SourceSpan(abandoned.SourceStart, SourceOffset(stray.End - 1) + 1)));
                    _abandonedQuote = null;
                    return stray.End;
                }

                if (stray.Kind != AttributeBlockKind.Unterminated)
                {
                    _findings.Add(Finding.Create(
                        DiagnosticDescriptors.MalformedAttributeBlock,
                        Span(i + 1, stray.End),
                        "no quote is open before this block (a straight opening quote needs white space or one of ( [ \u2014 - before it)"));
                    return stray.End;
                }
            }

            return i + 1;
        }

        var words = WordsSince(_quoteCleanStart, _quotePrefix);
        _clean.Append(text[i]);
        _quoteOpen = false;

        if (i + 1 < _end && text[i + 1] == '{')
        {
            var block = ReadBlock(i + 1, report: true);
            switch (block.Kind)
            {
                case AttributeBlockKind.Attribution:
                    AddQuote(words, block, _quoteSourceStart, _quoteParagraphIndex, KindFromText(words));
                    return block.End;
                case AttributeBlockKind.NotAQuote:
                case AttributeBlockKind.Malformed:
                    return block.End;
            }
        }

        if (_indirectClose == NoPair)
        {
            UnattributedQuotations.Add(new UnattributedQuotation(words, SyntaxRules.CountWords(words), SourceSpan(_quoteSourceStart, SourceOffset(i) + 1)));
        }

        return i + 1;
    }

    private int CloseIndirect(int i)
    {
        var cleanStart = _indirectCleanStart;
        _indirectClose = NoPair;
        var block = ReadBlock(i + 1, report: true);
        switch (block.Kind)
        {
            case AttributeBlockKind.Attribution:
                AddQuote(WordsSince(cleanStart, string.Empty), block, _indirectSourceStart, _paragraphIndex, QuoteKind.Indirect);
                return block.End;
            case AttributeBlockKind.Malformed:
                return block.End;
            default:
                // The brackets turn out to be text: put the '[' back (and move an open quote's start with it).
                _clean.Insert(cleanStart, '[').Append(']');
                if (_quoteOpen && _quoteCleanStart > cleanStart)
                {
                    _quoteCleanStart++;
                }

                return block.Kind == AttributeBlockKind.NotAQuote ? block.End : i + 1;
        }
    }

    private int SkipBlockAfterBracket(int i)
    {
        _clean.Append(']');
        var block = ReadBlock(i + 1, report: false);
        return block.Kind == AttributeBlockKind.Unterminated ? i + 1 : block.End;
    }

    private void AddQuote(string text, AttributeBlock block, int sourceStart, int paragraphIndex, QuoteKind defaultKind)
    {
        var span = SourceSpan(sourceStart, SourceOffset(block.End - 1) + 1);
        _quotes.Add(new Quote(block.QuoteId, text, block.SpeakerKey, block.KindOverride ?? defaultKind, _sectionId, paragraphIndex, span, block.SpeakerSpan));
        if (block.QuoteId is not null)
        {
            QuoteIdSpans.Add(block.QuoteIdSpan);
        }
    }

    /// <summary>
    /// <see cref="QuoteText"/> of <paramref name="prefix"/> and the clean text from <paramref name="cleanStart"/>
    /// on, copied once (not once for the raw text, once trimmed, once without its comma).
    /// </summary>
    private string WordsSince(int cleanStart, string prefix)
    {
        if (prefix.Length > 0)
        {
            return QuoteText(prefix + _clean.ToString(cleanStart, _clean.Length - cleanStart));
        }

        var start = cleanStart;
        var end = _clean.Length;
        while (start < end && char.IsWhiteSpace(_clean[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(_clean[end - 1]))
        {
            end--;
        }

        if (end > start && _clean[end - 1] == ',')
        {
            end--;
        }

        return _clean.ToString(start, end - start);
    }

    /// <summary>The words between the marks: trimmed, then one trailing comma dropped.</summary>
    internal static string QuoteText(string raw)
    {
        var text = raw.Trim();
        return text.EndsWith(",", StringComparison.Ordinal) ? text.Substring(0, text.Length - 1) : text;
    }

    /// <summary>Direct when the first letter is upper case, else partial.</summary>
    internal static QuoteKind KindFromText(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return char.IsUpper(c) ? QuoteKind.Direct : QuoteKind.Partial;
            }
        }

        return QuoteKind.Partial;
    }
}
