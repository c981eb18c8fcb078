using System;
using ArticleCompiler.Model;
using ArticleCompiler.Text;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Parsing;

/// <summary>Attribute blocks: <c>{@speaker-key #quote-id .kind}</c> and <c>{-}</c> after a quote or indirect span.</summary>
internal sealed partial class InlineReader
{
    private bool LooksLikeBlock(int i)
    {
        if (_text[i] != '{' || i + 1 >= _end)
        {
            return false;
        }

        var next = _text[i + 1];
        return next is '@' or '#' or '.' || (next == '-' && i + 2 < _end && _text[i + 2] == '}');
    }

    // Whether text[start, end) is a '-' with only white space around it.
    private static bool IsOnlyDash(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end - start == 1 && text[start] == '-';
    }

    /// <summary>Reads the attribute block whose <c>{</c> is at <paramref name="open"/>.</summary>
    private AttributeBlock ReadBlock(int open, bool report)
    {
        var text = _text;
        var close = IndexOf('}', open + 1);
        if (close < 0)
        {
            if (report)
            {
                Report(DiagnosticDescriptors.MalformedAttributeBlock, open, _end, "missing '}'");
            }

            return new AttributeBlock(AttributeBlockKind.Unterminated, open, string.Empty, default, null, default, null);
        }

        var end = close + 1;
        if (IsOnlyDash(text, open + 1, close))
        {
            return new AttributeBlock(AttributeBlockKind.NotAQuote, end, string.Empty, default, null, default, null);
        }

        string? speaker = null;
        SourceSpan speakerSpan = default;
        string? quoteId = null;
        SourceSpan quoteIdSpan = default;
        QuoteKind? kind = null;
        var errors = 0;

        var position = open + 1;
        while (position < close)
        {
            if (char.IsWhiteSpace(text[position]))
            {
                position++;
                continue;
            }

            var tokenStart = position;
            while (position < close && !char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            var tokenSpan = Span(tokenStart, position);
            string? problem = null;
            var first = text[tokenStart];
            if (first == '@' || first == '#')
            {
                var isSpeaker = first == '@';
                var value = KeyText(tokenStart + 1, position);
                problem = CheckKeyToken(first, isSpeaker ? "speaker key" : "quote id", value, isSpeaker ? speaker : quoteId, tokenSpan, report, ref errors);
                if (problem is null && SyntaxRules.IsKey(value))
                {
                    if (isSpeaker)
                    {
                        (speaker, speakerSpan) = (value, tokenSpan);
                    }
                    else
                    {
                        (quoteId, quoteIdSpan) = (value, tokenSpan);
                    }
                }
            }
            else if (first == '.')
            {
                var token = text.Substring(tokenStart, position - tokenStart);
                QuoteKind? tokenKind = token switch
                {
                    ".direct" => QuoteKind.Direct,
                    ".partial" => QuoteKind.Partial,
                    ".indirect" => QuoteKind.Indirect,
                    _ => null,
                };
                if (tokenKind is null)
                {
                    problem = $"unknown class '{token}'{Suggestions.DidYouMean(token, new[] { ".direct", ".partial", ".indirect" })}";
                }
                else if (kind is not null)
                {
                    problem = $"more than one class ('{token}')";
                }
                else
                {
                    kind = tokenKind;
                }
            }
            else
            {
                var token = text.Substring(tokenStart, position - tokenStart);
                problem = token == "-"
                    ? "'-' stands alone: '{-}' marks a span as not a quote"
                    : $"unexpected '{token}' (a block holds '@speaker-key', '#quote-id' and .direct, .partial or .indirect)";
            }

            if (problem is not null)
            {
                errors++;
                if (report)
                {
                    _findings.Add(Finding.Create(DiagnosticDescriptors.MalformedAttributeBlock, tokenSpan, problem));
                }
            }
        }

        if (speaker is null && errors == 0)
        {
            errors++;
            if (report)
            {
                Report(DiagnosticDescriptors.MalformedAttributeBlock, open, end, "no speaker: add '@speaker-key'");
            }
        }

        return errors > 0
            ? new AttributeBlock(AttributeBlockKind.Malformed, end, string.Empty, default, null, default, null)
            : new AttributeBlock(AttributeBlockKind.Attribution, end, speaker!, speakerSpan, quoteId, quoteIdSpan, kind);
    }

    /// <summary>
    /// The text of a speaker key or quote id at <c>_text[start, end)</c>: a string an earlier block of
    /// the article spelled alike, or a new one (an article names a few speakers in many blocks).
    /// </summary>
    private string KeyText(int start, int end)
    {
        var keys = _buffers.Keys;
        foreach (var key in keys)
        {
            if (key.Length == end - start && string.CompareOrdinal(_text, start, key, 0, key.Length) == 0)
            {
                return key;
            }
        }

        var text = _text.Substring(start, end - start);
        if (keys.Count < Buffers.KeysKept)
        {
            keys.Add(text);
        }

        return text;
    }

    /// <summary>
    /// The problem with a <c>@key</c> or <c>#id</c> token, or null; a malformed key is reported
    /// here as ARTC103 (counted in <paramref name="errors"/>) rather than returned.
    /// </summary>
    private string? CheckKeyToken(char prefix, string what, string value, string? existing, SourceSpan span, bool report, ref int errors)
    {
        if (existing is not null)
        {
            return $"more than one {what} ('{existing}' and '{value}')";
        }

        if (value.Length == 0)
        {
            return $"'{prefix}' must be followed by a {what}";
        }

        if (!SyntaxRules.IsKey(value))
        {
            errors++;
            if (report)
            {
                _findings.Add(Finding.Create(DiagnosticDescriptors.MalformedKey, span, what, value, Suggestions.KeyShapeHint(value)));
            }
        }

        return null;
    }
}
