using System.Collections.Generic;
using System.Text;

namespace ArticleCompiler.Parsing;

/// <summary>
/// Reads front matter written in the shapes format v1 uses, in one pass over the article text and
/// without YamlDotNet: block maps indented by spaces, keys of letters, digits, <c>_</c>, <c>-</c>
/// and <c>.</c>, one-line plain, single- and double-quoted scalars, one-line flow lists and block
/// lists of such scalars, blank lines and comments. Anything else, and anything it is not sure of,
/// gives null, and the front matter is read by YamlDotNet instead: anchors, aliases, tags, block
/// scalars, flow maps, multi-line scalars and lists, empty values, tabs, duplicate keys, directives,
/// more than one document, escapes other than <c>\" \\ \/ \n \t</c>, characters YAML treats
/// specially (controls, line separators, surrogates). So every error is YamlDotNet's, with its
/// message and position, by construction.
/// </summary>
internal sealed class FrontMatterScanner
{
    // YamlDotNet refuses simple keys longer than 1024 characters; far below that, nothing is in doubt.
    private const int LongestKey = 128;

    private readonly string _text;
    private readonly int _end;

    // The content line being looked at: where it starts, its indentation, where its content starts and ends.
    private int _lineStart;
    private int _indent;
    private int _content;
    private int _lineEnd;
    private bool _atEnd;

    private FrontMatterScanner(string text, int start, int end)
    {
        _text = text;
        _end = end;
        _lineStart = start;
    }

    /// <summary>The root map of the YAML at <c>text[start, end)</c>, or null when YamlDotNet must read it.</summary>
    public static FrontMatterNode? TryScan(string text, int start, int end)
    {
        if (!HasOnlyOrdinaryCharacters(text, start, end))
        {
            return null;
        }

        var scanner = new FrontMatterScanner(text, start, end);
        scanner.FindContentLine();
        if (scanner._atEnd || scanner._indent != 0)
        {
            return null;
        }

        var root = scanner.ReadMap(0);
        return root is not null && scanner._atEnd ? root : null;
    }

    private static bool HasOnlyOrdinaryCharacters(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c < ' ')
            {
                if (c == '\n' || (c == '\r' && i + 1 < end && text[i + 1] == '\n'))
                {
                    continue;
                }

                return false;
            }

            if (c >= '\u007F' && (c <= '\u009F' || (c >= '\uD800' && c <= '\uDFFF') || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF'))
            {
                return false;
            }
        }

        return true;
    }

    // Moves to the next line with content from _lineStart on, past blank and comment-only lines.
    private void FindContentLine()
    {
        while (_lineStart < _end)
        {
            var i = _lineStart;
            while (i < _end && _text[i] == ' ')
            {
                i++;
            }

            var lineEnd = i;
            while (lineEnd < _end && _text[lineEnd] != '\n' && _text[lineEnd] != '\r')
            {
                lineEnd++;
            }

            if (i < lineEnd && _text[i] != '#')
            {
                _indent = i - _lineStart;
                _content = i;
                _lineEnd = lineEnd;
                return;
            }

            _lineStart = NextLine(lineEnd);
        }

        _atEnd = true;
    }

    private void NextContentLine()
    {
        _lineStart = NextLine(_lineEnd);
        FindContentLine();
    }

    private int NextLine(int lineEnd) =>
        lineEnd >= _end ? _end : _text[lineEnd] == '\r' ? lineEnd + 2 : lineEnd + 1;

    // A block map whose keys stand at column `indent`, from the current line on.
    private FrontMatterNode? ReadMap(int indent)
    {
        var map = FrontMatterNode.Mapping(_content);
        while (!_atEnd && _indent == indent)
        {
            var keyStart = _content;
            var i = keyStart;
            if (!IsKeyStart(_text[i]))
            {
                return null;
            }

            while (i < _lineEnd && IsKeyCharacter(_text[i]))
            {
                i++;
            }

            if (i - keyStart > LongestKey || i == _lineEnd || _text[i] != ':' || (i + 1 < _lineEnd && _text[i + 1] != ' '))
            {
                return null;
            }

            var keyText = KnownKeyText(keyStart, i) ?? _text.Substring(keyStart, i - keyStart);
            foreach (var entry in map.Entries)
            {
                if (entry.Key.Value == keyText)
                {
                    return null;
                }
            }

            var key = FrontMatterNode.Scalar(keyStart, i, keyText, isPlain: true);
            var valueStart = SkipSpaces(i + 1);
            FrontMatterNode? value;
            if (valueStart == _lineEnd || _text[valueStart] == '#')
            {
                value = ReadNestedValue(indent);
            }
            else
            {
                value = ReadInlineValue(valueStart);
                if (value is not null)
                {
                    NextContentLine();
                    if (!_atEnd && _indent > indent)
                    {
                        // A continuation line, or a value YAML reads some other way.
                        return null;
                    }
                }
            }

            if (value is null)
            {
                return null;
            }

            map.Entries.Add(new KeyValuePair<FrontMatterNode, FrontMatterNode>(key, value));
        }

        return !_atEnd && _indent > indent ? null : map;
    }

    // The value of a key with nothing after its colon: a map or a list on the following lines.
    private FrontMatterNode? ReadNestedValue(int indent)
    {
        NextContentLine();
        if (_atEnd || _indent < indent)
        {
            return null;
        }

        var isDash = _text[_content] == '-' && (_content + 1 == _lineEnd || _text[_content + 1] == ' ');
        if (isDash)
        {
            return ReadBlockList(_indent);
        }

        return _indent > indent ? ReadMap(_indent) : null;
    }

    private FrontMatterNode? ReadBlockList(int indent)
    {
        var list = FrontMatterNode.Sequence(_content);
        while (!_atEnd && _indent == indent && _text[_content] == '-')
        {
            if (_content + 1 == _lineEnd || _text[_content + 1] != ' ')
            {
                return null;
            }

            var itemStart = SkipSpaces(_content + 1);
            if (itemStart == _lineEnd || _text[itemStart] is '#' or '[')
            {
                return null;
            }

            var item = ReadInlineValue(itemStart);
            if (item is null)
            {
                return null;
            }

            list.Items.Add(item);
            NextContentLine();
        }

        return !_atEnd && _indent > indent ? null : list;
    }

    // The format's own key spelled at _text[start, end), so that its keys are not copied out of
    // every article (speaker keys and unknown keys are).
    private string? KnownKeyText(int start, int end)
    {
        foreach (var known in FrontMatterReader.KnownKeys)
        {
            if (known.Length == end - start && string.CompareOrdinal(_text, start, known, 0, known.Length) == 0)
            {
                return known;
            }
        }

        foreach (var known in FrontMatterReader.KnownSpeakerKeys)
        {
            if (known.Length == end - start && string.CompareOrdinal(_text, start, known, 0, known.Length) == 0)
            {
                return known;
            }
        }

        return null;
    }

    // A value on the rest of the current line: a scalar or a flow list, then at most a comment.
    private FrontMatterNode? ReadInlineValue(int start)
    {
        FrontMatterNode? value;
        int after;
        switch (_text[start])
        {
            case '"':
            case '\'':
                value = ReadQuoted(start, out after);
                break;
            case '[':
                value = ReadFlowList(start, out after);
                break;
            default:
                value = ReadPlain(start, flow: false, out after);
                break;
        }

        return value is not null && IsRestOfLineEmpty(after) ? value : null;
    }

    private FrontMatterNode? ReadPlain(int start, bool flow, out int after)
    {
        after = start;
        if (IsIndicator(_text[start]))
        {
            return null;
        }

        var last = start;
        var i = start;
        for (; i < _lineEnd; i++)
        {
            var c = _text[i];
            if (c == ' ')
            {
                continue;
            }

            if (c == '#' && _text[i - 1] == ' ')
            {
                break;
            }

            if (c == ':' && (i + 1 == _lineEnd || _text[i + 1] == ' '))
            {
                return null;
            }

            if (flow)
            {
                if (c is ',' or ']')
                {
                    break;
                }

                if (c is '[' or '{' or '}' or '#' or ':' or '?')
                {
                    return null;
                }
            }

            last = i;
        }

        after = i;
        return FrontMatterNode.Scalar(start, last + 1, _text.Substring(start, last + 1 - start), isPlain: true);
    }

    private FrontMatterNode? ReadQuoted(int start, out int after)
    {
        after = start;
        var quote = _text[start];
        StringBuilder? value = null;
        var runStart = start + 1;
        for (var i = start + 1; i < _lineEnd; i++)
        {
            var c = _text[i];
            if (c == quote && quote == '\'' && i + 1 < _lineEnd && _text[i + 1] == '\'')
            {
                value ??= new StringBuilder();
                value.Append(_text, runStart, i + 1 - runStart);
                runStart = i + 2;
                i++;
            }
            else if (c == quote)
            {
                after = i + 1;
                var text = value is null ? _text.Substring(runStart, i - runStart) : value.Append(_text, runStart, i - runStart).ToString();
                return FrontMatterNode.Scalar(start, i + 1, text, isPlain: false);
            }
            else if (c == '\\' && quote == '"')
            {
                var escaped = i + 1 < _lineEnd ? Unescape(_text[i + 1]) : '\0';
                if (escaped == '\0')
                {
                    return null;
                }

                value ??= new StringBuilder();
                value.Append(_text, runStart, i - runStart).Append(escaped);
                runStart = i + 2;
                i++;
            }
        }

        // Not closed on this line: a multi-line scalar, or an error, for YamlDotNet.
        return null;
    }

    private static char Unescape(char c) => c switch
    {
        '"' => '"',
        '\\' => '\\',
        '/' => '/',
        'n' => '\n',
        't' => '\t',
        _ => '\0',
    };

    // [a, "b", 'c'] on one line.
    private FrontMatterNode? ReadFlowList(int start, out int after)
    {
        after = start;
        var list = FrontMatterNode.Sequence(start);
        var i = SkipSpaces(start + 1);
        if (i < _lineEnd && _text[i] == ']')
        {
            after = i + 1;
            return list;
        }

        while (i < _lineEnd)
        {
            var item = _text[i] is '"' or '\'' ? ReadQuoted(i, out i) : ReadPlain(i, flow: true, out i);
            if (item is null)
            {
                return null;
            }

            list.Items.Add(item);
            i = SkipSpaces(i);
            if (i == _lineEnd)
            {
                return null;
            }

            if (_text[i] == ']')
            {
                after = i + 1;
                return list;
            }

            if (_text[i] != ',')
            {
                return null;
            }

            i = SkipSpaces(i + 1);
            if (i < _lineEnd && _text[i] is ']' or ',')
            {
                return null;
            }
        }

        return null;
    }

    private bool IsRestOfLineEmpty(int i)
    {
        i = SkipSpaces(i);
        return i == _lineEnd || (_text[i] == '#' && _text[i - 1] == ' ');
    }

    private int SkipSpaces(int i)
    {
        while (i < _lineEnd && _text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static bool IsKeyStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

    private static bool IsKeyCharacter(char c) => IsKeyStart(c) || c is '-' or '.';

    // Characters that mean something other than a plain scalar where one would start.
    private static bool IsIndicator(char c) => c is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`';
}
