using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using ArticleCompiler.Model;
using ArticleCompiler.Text;
using ArticleCompiler.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ArticleCompiler.Parsing;

/// <summary>
/// Reads the YAML between the front-matter lines with YamlDotNet and turns it into metadata and
/// speakers, reporting type errors at the exact node.
/// </summary>
internal sealed partial class FrontMatterReader
{
    /// <summary>The top-level keys of format v1.</summary>
    public static readonly string[] KnownKeys =
    {
        "id", "title", "category", "source", "dateline", "published", "revision", "url",
        "authors", "language", "tags", "speakers", "meta",
    };

    /// <summary>The keys of a speaker entry.</summary>
    public static readonly string[] KnownSpeakerKeys = { "name", "role", "aliases", "kind" };

    private static readonly string[] DateFormats =
    {
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ssK",
    };

    private static readonly Regex LanguageTag = new("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*\\z", RegexOptions.CultureInvariant);

    private readonly string _text;
    private readonly int _offset;
    private readonly LineMap _lines;
    private readonly List<ArticleDiagnostic> _diagnostics;
    private readonly List<KeyOccurrence> _keys = new();
    private readonly List<UnknownKeyOccurrence> _unknownKeys = new();
    private readonly List<Speaker> _speakers = new();
    private readonly List<string> _speakersWithUnreadableName = new();
    private string _documentName = "the front matter";

    private string _id = string.Empty;
    private string _title = string.Empty;
    private string? _category;
    private string? _source;
    private string? _dateline;
    private string? _published;
    private DateTimeOffset? _publishedDate;
    private int? _revision;
    private string? _url;
    private string _language = "en";
    private EquatableArray<string> _authors = EquatableArray<string>.Empty;
    private EquatableArray<string> _tags = EquatableArray<string>.Empty;
    private EquatableArray<MetaEntry> _meta = EquatableArray<MetaEntry>.Empty;

    private FrontMatterReader(string text, int offset, LineMap lines, List<ArticleDiagnostic> diagnostics)
    {
        _text = text;
        _offset = offset;
        _lines = lines;
        _diagnostics = diagnostics;
    }

    /// <summary>The result of reading the front matter.</summary>
    public sealed record Result(
        ArticleMetadata Metadata,
        EquatableArray<Speaker> Speakers,
        EquatableArray<KeyOccurrence> Keys,
        EquatableArray<UnknownKeyOccurrence> UnknownKeys,
        EquatableArray<string> SpeakersWithUnreadableName);

    /// <summary>
    /// Reads <paramref name="yaml"/>, which stands at <paramref name="offset"/> of the article text.
    /// </summary>
    public static Result Read(string yaml, int offset, LineMap lines, List<ArticleDiagnostic> diagnostics)
    {
        var reader = new FrontMatterReader(yaml, offset, lines, diagnostics);
        reader.ReadDocument();
        return reader.ToResult();
    }

    /// <summary>
    /// Reads a speaker registry (<c>speakers.yaml</c>): a map from speaker keys to speakers, each
    /// read as under the front matter's <c>speakers</c>. Only the speakers and unknown keys of the
    /// result are filled.
    /// </summary>
    public static Result ReadRegistry(string yaml, LineMap lines, List<ArticleDiagnostic> diagnostics)
    {
        var reader = new FrontMatterReader(yaml, 0, lines, diagnostics) { _documentName = "the speaker registry" };
        if (reader.LoadRoot("a map from speaker keys to speakers") is { } root)
        {
            reader.ReadSpeakers(root);
        }

        return reader.ToResult();
    }

    /// <summary>A result for an article without readable front matter.</summary>
    public static Result Empty() => new FrontMatterReader(string.Empty, 0, new LineMap(string.Empty), new List<ArticleDiagnostic>()).ToResult();

    private Result ToResult() => new(
        new ArticleMetadata(_id, _title, _category, _source, _dateline, _published, _publishedDate, _revision, _url, _authors, _language, _tags, _meta),
        _speakers.ToEquatableArray(),
        _keys.ToEquatableArray(),
        _unknownKeys.ToEquatableArray(),
        _speakersWithUnreadableName.ToEquatableArray());

    // Loads the YAML and returns its root map; null (reported) when it is not YAML or not a map,
    // or when it is empty.
    private YamlMappingNode? LoadRoot(string expected)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new YamlNestingGuard(new Parser(new StringReader(_text)), MaximumNesting));
        }
        catch (YamlNestingGuard.TooDeepException tooDeep)
        {
            var offset = (int)Math.Min(tooDeep.Start.Index, _text.Length);
            _diagnostics.Add(ArticleDiagnostic.Create(DiagnosticDescriptors.InvalidYaml, WidenToOneCharacter(_offset + offset), _documentName, $"{_documentName} nests lists or maps more than {MaximumNesting} levels deep"));
            return null;
        }
        catch (YamlException exception)
        {
            var start = ToOffset(exception.Start);
            var end = Math.Max(start, ToOffset(exception.End));
            _diagnostics.Add(ArticleDiagnostic.Create(DiagnosticDescriptors.InvalidYaml, end > start ? _lines.SpanBetween(start, end) : WidenToOneCharacter(start), _documentName, CleanYamlMessage(exception)));
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException or NotSupportedException)
        {
            // YamlDotNet throws these (not YamlException) for some malformed input, such as an
            // unclosed flow sequence before the end of the front matter; it gives no position.
            _diagnostics.Add(ArticleDiagnostic.Create(DiagnosticDescriptors.InvalidYaml, WidenToOneCharacter(_offset), _documentName, exception.Message));
            return null;
        }

        // "---" or "..." can start another document, which nothing reads: say so where the first
        // one with content starts (an empty one loses nothing).
        for (var i = 1; i < stream.Documents.Count; i++)
        {
            if (stream.Documents[i].RootNode is not YamlScalarNode { Value: null or "" })
            {
                _diagnostics.Add(ArticleDiagnostic.Create(DiagnosticDescriptors.InvalidYaml, WidenToOneCharacter(ToOffset(stream.Documents[i].RootNode.Start)), _documentName, "it holds more than one YAML document; only the first is read"));
                break;
            }
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Report(DiagnosticDescriptors.WrongYamlType, stream.Documents[0].RootNode, _documentName, expected);
            return null;
        }

        return root;
    }

    private void ReadDocument()
    {
        if (LoadRoot("a map of keys to values") is not { } root)
        {
            return;
        }

        foreach (var entry in root.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { } key })
            {
                Report(DiagnosticDescriptors.WrongYamlType, entry.Key, "a front-matter key", "a plain string");
                continue;
            }

            _keys.Add(new KeyOccurrence(key, SpanOf(entry.Key), SpanOf(entry.Value)));
            ReadTopLevel(key, entry.Key, entry.Value);
        }
    }

    private void ReadTopLevel(string key, YamlNode keyNode, YamlNode value)
    {
        switch (key)
        {
            case "id":
                _id = ReadString(key, value) ?? string.Empty;
                break;
            case "title":
                _title = ReadString(key, value) ?? string.Empty;
                break;
            case "category":
                _category = ReadString(key, value);
                break;
            case "source":
                _source = ReadString(key, value);
                break;
            case "dateline":
                _dateline = ReadString(key, value);
                break;
            case "published":
                ReadPublished(value);
                break;
            case "revision":
                ReadRevision(value);
                break;
            case "url":
                _url = ReadString(key, value);
                if (_url is not null)
                {
                    CheckUrl(key, _url, value);
                }

                break;
            case "language":
                var language = ReadString(key, value);
                if (language is not null)
                {
                    if (!LanguageTag.IsMatch(language))
                    {
                        Report(DiagnosticDescriptors.InvalidValue, value, key, "must be a BCP 47 language tag such as 'en' or 'pt-BR'");
                    }

                    _language = language;
                }

                break;
            case "authors":
                _authors = ReadStringList(key, value);
                break;
            case "tags":
                _tags = ReadStringList(key, value);
                break;
            case "speakers":
                ReadSpeakers(value);
                break;
            case "meta":
                ReadMeta(value);
                break;
            default:
                _unknownKeys.Add(new UnknownKeyOccurrence(KeyScope.FrontMatter, key, SpanOf(keyNode)));
                break;
        }
    }

    private const string IsoDate = "an ISO 8601 date or date-time such as 2018-01-12 or 2018-01-12T09:30:00Z";

    private void ReadPublished(YamlNode value)
    {
        var text = ReadString("published", value, IsoDate);
        if (text is null)
        {
            return;
        }

        if (DateTimeOffset.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            _published = text;
            _publishedDate = date;
        }
        else
        {
            Report(DiagnosticDescriptors.WrongYamlType, value, "published", IsoDate);
        }
    }

    private void ReadRevision(YamlNode value)
    {
        var text = ReadString("revision", value, "a positive integer");
        if (text is null)
        {
            return;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var revision))
        {
            Report(DiagnosticDescriptors.WrongYamlType, value, "revision", "a positive integer");
        }
        else if (revision <= 0)
        {
            Report(DiagnosticDescriptors.InvalidValue, value, "revision", "must be a positive integer (1 or more)");
        }
        else
        {
            _revision = revision;
        }
    }

    private void ReadSpeakers(YamlNode value)
    {
        if (IsNull(value))
        {
            return;
        }

        if (value is not YamlMappingNode speakers)
        {
            Report(DiagnosticDescriptors.WrongYamlType, value, "speakers", "a map from speaker keys to speakers");
            return;
        }

        foreach (var entry in speakers.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { } key })
            {
                Report(DiagnosticDescriptors.WrongYamlType, entry.Key, "a speaker key", "a plain string");
                continue;
            }

            var keySpan = SpanOf(entry.Key);
            if (!SyntaxRules.IsKey(key))
            {
                _diagnostics.Add(ArticleDiagnostic.Create(DiagnosticDescriptors.MalformedKey, keySpan, "speaker key", key, Suggestions.KeyShapeHint(key)));
            }

            _speakers.Add(ReadSpeaker(key, keySpan, entry.Value));
        }
    }

    private Speaker ReadSpeaker(string key, SourceSpan keySpan, YamlNode value)
    {
        string name = string.Empty;
        string? role = null;
        var aliases = EquatableArray<string>.Empty;
        var kind = SpeakerKind.Person;
        var given = SpeakerFields.None;
        if (value is YamlMappingNode fields)
        {
            foreach (var field in fields.Children)
            {
                var fieldKey = (field.Key as YamlScalarNode)?.Value ?? string.Empty;
                switch (fieldKey)
                {
                    case "name":
                        given |= SpeakerFields.Name;
                        name = ReadString("name", field.Value) ?? string.Empty;
                        if (field.Value is not YamlScalarNode)
                        {
                            _speakersWithUnreadableName.Add(key);
                        }

                        break;
                    case "role":
                        given |= SpeakerFields.Role;
                        role = ReadString("role", field.Value);
                        break;
                    case "aliases":
                        given |= SpeakerFields.Aliases;
                        aliases = ReadStringList("aliases", field.Value);
                        break;
                    case "kind":
                        given |= SpeakerFields.Kind;
                        var kindText = ReadString("kind", field.Value);
                        if (kindText == "organization")
                        {
                            kind = SpeakerKind.Organization;
                        }
                        else if (kindText is not null and not "person")
                        {
                            Report(DiagnosticDescriptors.InvalidValue, field.Value, "kind", "must be 'person' or 'organization'" + Suggestions.DidYouMean(kindText, new[] { "person", "organization" }));
                        }

                        break;
                    default:
                        _unknownKeys.Add(new UnknownKeyOccurrence(KeyScope.Speaker, fieldKey, SpanOf(field.Key)));
                        break;
                }
            }
        }
        else if (!IsNull(value))
        {
            Report(DiagnosticDescriptors.WrongYamlType, value, "speakers." + key, "a map with 'name' and optionally 'role', 'aliases' and 'kind'");
        }

        return new Speaker(key, name, role, aliases, kind, keySpan) { Given = given };
    }

    private void ReadMeta(YamlNode value)
    {
        if (IsNull(value))
        {
            return;
        }

        if (value is not YamlMappingNode map)
        {
            Report(DiagnosticDescriptors.WrongYamlType, value, "meta", "a map from strings to scalar values");
            return;
        }

        var entries = new List<MetaEntry>();
        foreach (var entry in map.Children)
        {
            if (entry.Key is YamlScalarNode { Value: { } key } && entry.Value is YamlScalarNode scalar)
            {
                entries.Add(new MetaEntry(key, scalar.Value ?? string.Empty));
            }
            else
            {
                Report(DiagnosticDescriptors.WrongYamlType, entry.Value, "meta", "a map from strings to scalar values");
            }
        }

        _meta = entries.ToEquatableArray();
    }

    private string? ReadString(string key, YamlNode value, string expected = "a string")
    {
        if (value is YamlScalarNode scalar)
        {
            return IsNull(scalar) ? null : scalar.Value;
        }

        Report(DiagnosticDescriptors.WrongYamlType, value, key, expected);
        return null;
    }

    private EquatableArray<string> ReadStringList(string key, YamlNode value)
    {
        if (IsNull(value))
        {
            return EquatableArray<string>.Empty;
        }

        if (value is YamlSequenceNode sequence)
        {
            var items = new List<string>(sequence.Children.Count);
            foreach (var item in sequence.Children)
            {
                if (item is YamlScalarNode { Value: { } text } && !IsNull(item))
                {
                    items.Add(text);
                }
                else
                {
                    Report(DiagnosticDescriptors.WrongYamlType, item, key, "a list of strings");
                }
            }

            return items.ToEquatableArray();
        }

        Report(DiagnosticDescriptors.WrongYamlType, value, key, "a list of strings, such as [a, b]");
        return EquatableArray<string>.Empty;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private void Report(DiagnosticDescriptor descriptor, YamlNode node, params object?[] arguments) =>
        _diagnostics.Add(ArticleDiagnostic.Create(descriptor, SpanOf(node), arguments));

    private SourceSpan WidenToOneCharacter(int offset)
    {
        var local = offset - _offset;
        var widen = local >= 0 && local < _text.Length && _text[local] != '\n' && _text[local] != '\r';
        return _lines.Span(offset, widen ? 1 : 0);
    }

    // YamlDotNet's loader recurses once per level of nesting: very deep nesting would overflow the
    // stack, which no catch can stop, so the level past this one is refused as the loader reaches
    // it (YamlNestingGuard counts the parser's events the loader takes, in one pass with the load).
    // What is a quoted string, a comment or a plain scalar is decided by the loader's own parser:
    // a bracket in "a \"[\" b" opens nothing, and one after [it's, or [a#b, does.
    private const int MaximumNesting = 64;

    private SourceSpan SpanOf(YamlNode node)
    {
        var start = ToOffset(node.Start);
        var end = Math.Max(start, _offset + EndOf(node));
        return _lines.SpanBetween(start, end);
    }

    // YamlDotNet gives collection nodes no end position: a collection ends where its last child
    // ends, plus the closing bracket of a flow collection ([a, b] or {a: b}).
    private int EndOf(YamlNode node, int depth = 0)
    {
        var start = (int)Math.Min(node.Start.Index, _text.Length);
        YamlNode? last = node switch
        {
            YamlSequenceNode sequence => sequence.Children.Count > 0 ? sequence.Children[sequence.Children.Count - 1] : null,
            YamlMappingNode mapping => mapping.Children.Count > 0 ? LastValue(mapping) : null,
            _ => null,
        };
        if (node is YamlScalarNode)
        {
            return (int)Math.Min(node.End.Index, _text.Length);
        }

        // An alias can make a node its own descendant (&m [*m]): stop at the nesting limit.
        var end = last is null || depth > MaximumNesting ? start : EndOf(last, depth + 1);
        var flowClose = node is YamlSequenceNode ? ']' : '}';
        if (start < _text.Length && _text[start] == (node is YamlSequenceNode ? '[' : '{'))
        {
            var close = _text.IndexOf(flowClose, Math.Max(end, start + 1));
            end = close < 0 ? end : close + 1;
        }

        return end;
    }

    private static YamlNode LastValue(YamlMappingNode mapping)
    {
        YamlNode last = mapping;
        foreach (var entry in mapping.Children)
        {
            last = entry.Value;
        }

        return last;
    }

    private int ToOffset(Mark mark) => _offset + (int)Math.Min(mark.Index, _text.Length);

    private static string CleanYamlMessage(YamlException exception)
    {
        // YamlDotNet prefixes messages with "(Line: 2, Col: 3, Idx: 4) - (...): "; the location is ours to print.
        var message = exception.Message;
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 ? message.Substring(marker + 3) : message;
    }
}
