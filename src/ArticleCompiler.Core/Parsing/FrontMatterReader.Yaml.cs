using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using ArticleCompiler.Text;
using ArticleCompiler.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ArticleCompiler.Parsing;

/// <summary>
/// Front matter that <see cref="FrontMatterScanner"/> does not take is read by YamlDotNet's
/// representation model, whose errors (codes, messages, positions) are the ones users see.
/// </summary>
internal sealed partial class FrontMatterReader
{
    // YamlDotNet's loader recurses once per level of nesting: very deep nesting would overflow the
    // stack, which no catch can stop, so the level past this one is refused as the loader reaches
    // it (YamlNestingGuard counts the parser's events the loader takes, in one pass with the load).
    // What is a quoted string, a comment or a plain scalar is decided by the loader's own parser:
    // a bracket in "a \"[\" b" opens nothing, and one after [it's, or [a#b, does.
    private const int MaximumNesting = 64;

    // The root map; null (reported) when it is not YAML or not a map, or when it is empty.
    private FrontMatterNode? LoadRoot(string expected, bool allowScanner)
    {
        if (allowScanner && FrontMatterScanner.TryScan(_text, _start, _end) is { } scanned)
        {
            return scanned;
        }

        var yaml = _text.Substring(_start, _end - _start);
        var stream = new YamlStream();
        try
        {
            stream.Load(new YamlNestingGuard(new Parser(new StringReader(yaml)), MaximumNesting));
        }
        catch (YamlNestingGuard.TooDeepException tooDeep)
        {
            var offset = (int)Math.Min(tooDeep.Start.Index, yaml.Length);
            _findings.Add(Finding.Create(DiagnosticDescriptors.InvalidYaml, WidenToOneCharacter(_start + offset), _documentName, $"{_documentName} nests lists or maps more than {MaximumNesting} levels deep"));
            return null;
        }
        catch (YamlException exception)
        {
            var start = ToOffset(exception.Start);
            var end = Math.Max(start, ToOffset(exception.End));
            _findings.Add(Finding.Create(DiagnosticDescriptors.InvalidYaml, end > start ? _lines.SpanBetween(start, end) : WidenToOneCharacter(start), _documentName, CleanYamlMessage(exception)));
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException or NotSupportedException)
        {
            // YamlDotNet throws these (not YamlException) for some malformed input, such as an
            // unclosed flow sequence before the end of the front matter; it gives no position.
            _findings.Add(Finding.Create(DiagnosticDescriptors.InvalidYaml, WidenToOneCharacter(_start), _documentName, exception.Message));
            return null;
        }

        // "---" or "..." can start another document, which nothing reads: say so where the first
        // one with content starts (an empty one loses nothing).
        for (var i = 1; i < stream.Documents.Count; i++)
        {
            if (stream.Documents[i].RootNode is not YamlScalarNode { Value: null or "" })
            {
                _findings.Add(Finding.Create(DiagnosticDescriptors.InvalidYaml, WidenToOneCharacter(ToOffset(stream.Documents[i].RootNode.Start)), _documentName, "it holds more than one YAML document; only the first is read"));
                break;
            }
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return null;
        }

        var root = new NodeConverter(this).Convert(stream.Documents[0].RootNode);
        if (root.Kind != FrontMatterNodeKind.Mapping)
        {
            Report(DiagnosticDescriptors.WrongYamlType, root, _documentName, expected);
            return null;
        }

        return root;
    }

    private SourceSpan WidenToOneCharacter(int offset)
    {
        var widen = offset >= _start && offset < _end && _text[offset] != '\n' && _text[offset] != '\r';
        return _lines.Span(offset, widen ? 1 : 0);
    }

    private int ToOffset(Mark mark) => _start + (int)Math.Min(mark.Index, _end - _start);

    private static string CleanYamlMessage(YamlException exception)
    {
        // YamlDotNet prefixes messages with "(Line: 2, Col: 3, Idx: 4) - (...): "; the location is ours to print.
        var message = exception.Message;
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 ? message.Substring(marker + 3) : message;
    }

    // Turns YamlDotNet's nodes into ours. An alias is the node it names (the same object), so a
    // node met again is converted once: aliases can neither multiply the work nor loop it.
    private sealed class NodeConverter
    {
        private readonly FrontMatterReader _reader;
        private readonly Dictionary<YamlNode, FrontMatterNode> _converted = new(ReferenceComparer.Instance);

        public NodeConverter(FrontMatterReader reader) => _reader = reader;

        public FrontMatterNode Convert(YamlNode node)
        {
            if (_converted.TryGetValue(node, out var done))
            {
                return done;
            }

            var start = _reader.ToOffset(node.Start);
            switch (node)
            {
                case YamlSequenceNode sequence:
                    var list = FrontMatterNode.Sequence(start);
                    _converted.Add(node, list);
                    foreach (var item in sequence.Children)
                    {
                        list.Items.Add(Convert(item));
                    }

                    return list;
                case YamlMappingNode mapping:
                    var map = FrontMatterNode.Mapping(start);
                    _converted.Add(node, map);
                    foreach (var entry in mapping.Children)
                    {
                        map.Entries.Add(new KeyValuePair<FrontMatterNode, FrontMatterNode>(Convert(entry.Key), Convert(entry.Value)));
                    }

                    return map;
                default:
                    var scalar = node as YamlScalarNode;
                    var converted = FrontMatterNode.Scalar(
                        start,
                        _reader.ToOffset(node.End),
                        scalar?.Value,
                        scalar is { Style: ScalarStyle.Plain or ScalarStyle.Any });
                    _converted.Add(node, converted);
                    return converted;
            }
        }
    }

    private sealed class ReferenceComparer : IEqualityComparer<YamlNode>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(YamlNode? x, YamlNode? y) => ReferenceEquals(x, y);

        public int GetHashCode(YamlNode obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
