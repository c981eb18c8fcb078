using System;
using System.Collections.Generic;
using System.Globalization;
using ArticleCompiler.Model;
using ArticleCompiler.Text;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Parsing;

/// <summary>
/// Reads the YAML between the front-matter lines and turns it into metadata and speakers, reporting
/// type errors at the exact node. The YAML is read by <see cref="FrontMatterScanner"/> when it has
/// only the shapes format v1 uses, else by YamlDotNet (FrontMatterReader.Yaml.cs), into the same
/// nodes: what they mean is decided here, once.
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

    // The article text (or the registry's); the YAML is _text[_start, _end).
    private readonly string _text;
    private readonly int _start;
    private readonly int _end;
    private readonly LineMap _lines;
    private readonly List<Finding> _findings;
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

    private FrontMatterReader(string text, int start, int end, LineMap lines, List<Finding> findings)
    {
        _text = text;
        _start = start;
        _end = end;
        _lines = lines;
        _findings = findings;
    }

    /// <summary>The result of reading the front matter.</summary>
    public sealed record Result(
        ArticleMetadata Metadata,
        EquatableArray<Speaker> Speakers,
        EquatableArray<KeyOccurrence> Keys,
        EquatableArray<UnknownKeyOccurrence> UnknownKeys,
        EquatableArray<string> SpeakersWithUnreadableName);

    /// <summary>
    /// Reads the YAML at <c>text[start, end)</c> of the article text. With <paramref name="allowScanner"/>
    /// false it is always read by YamlDotNet (the tests compare the two).
    /// </summary>
    public static Result Read(string text, int start, int end, LineMap lines, List<Finding> findings, bool allowScanner = true)
    {
        var reader = new FrontMatterReader(text, start, end, lines, findings);
        reader.ReadDocument(allowScanner);
        FrontMatterNode.ReleaseAll();
        return reader.ToResult();
    }

    /// <summary>
    /// Reads a speaker registry (<c>speakers.yaml</c>): a map from speaker keys to speakers, each
    /// read as under the front matter's <c>speakers</c>. Only the speakers and unknown keys of the
    /// result are filled.
    /// </summary>
    public static Result ReadRegistry(string yaml, LineMap lines, List<Finding> findings, bool allowScanner = true)
    {
        var reader = new FrontMatterReader(yaml, 0, yaml.Length, lines, findings) { _documentName = "the speaker registry" };
        if (reader.LoadRoot("a map from speaker keys to speakers", allowScanner) is { } root)
        {
            reader.ReadSpeakers(root);
        }

        FrontMatterNode.ReleaseAll();
        return reader.ToResult();
    }

    /// <summary>A result for an article without readable front matter.</summary>
    public static Result Empty() => new FrontMatterReader(string.Empty, 0, 0, new LineMap(string.Empty), new List<Finding>()).ToResult();

    private Result ToResult() => new(
        new ArticleMetadata(_id, _title, _category, _source, _dateline, _published, _publishedDate, _revision, _url, _authors, _language, _tags, _meta),
        _speakers.ToEquatableArray(),
        _keys.ToEquatableArray(),
        _unknownKeys.ToEquatableArray(),
        _speakersWithUnreadableName.ToEquatableArray());

    private void ReadDocument(bool allowScanner)
    {
        if (LoadRoot("a map of keys to values", allowScanner) is not { } root)
        {
            return;
        }

        foreach (var entry in root.Entries)
        {
            if (entry.Key is not { Kind: FrontMatterNodeKind.Scalar, Value: { } key })
            {
                Report(DiagnosticDescriptors.WrongYamlType, entry.Key, "a front-matter key", "a plain string");
                continue;
            }

            _keys.Add(new KeyOccurrence(key, SpanOf(entry.Key), SpanOf(entry.Value)));
            ReadTopLevel(key, entry.Key, entry.Value);
        }
    }

    private void ReadTopLevel(string key, FrontMatterNode keyNode, FrontMatterNode value)
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
                    if (!SyntaxRules.IsLanguageTag(language))
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

    private void ReadPublished(FrontMatterNode value)
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

    private void ReadRevision(FrontMatterNode value)
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

    private void ReadSpeakers(FrontMatterNode value)
    {
        if (value.IsNull)
        {
            return;
        }

        if (value.Kind != FrontMatterNodeKind.Mapping)
        {
            Report(DiagnosticDescriptors.WrongYamlType, value, "speakers", "a map from speaker keys to speakers");
            return;
        }

        foreach (var entry in value.Entries)
        {
            if (entry.Key is not { Kind: FrontMatterNodeKind.Scalar, Value: { } key })
            {
                Report(DiagnosticDescriptors.WrongYamlType, entry.Key, "a speaker key", "a plain string");
                continue;
            }

            var keySpan = SpanOf(entry.Key);
            if (!SyntaxRules.IsKey(key))
            {
                _findings.Add(Finding.Create(DiagnosticDescriptors.MalformedKey, keySpan, "speaker key", key, Suggestions.KeyShapeHint(key)));
            }

            _speakers.Add(ReadSpeaker(key, keySpan, entry.Value));
        }
    }

    private Speaker ReadSpeaker(string key, SourceSpan keySpan, FrontMatterNode value)
    {
        string name = string.Empty;
        string? role = null;
        var aliases = EquatableArray<string>.Empty;
        var kind = SpeakerKind.Person;
        var given = SpeakerFields.None;
        if (value.Kind == FrontMatterNodeKind.Mapping)
        {
            foreach (var field in value.Entries)
            {
                var fieldKey = (field.Key.Kind == FrontMatterNodeKind.Scalar ? field.Key.Value : null) ?? string.Empty;
                switch (fieldKey)
                {
                    case "name":
                        given |= SpeakerFields.Name;
                        name = ReadString("name", field.Value) ?? string.Empty;
                        if (field.Value.Kind != FrontMatterNodeKind.Scalar)
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
        else if (!value.IsNull)
        {
            Report(DiagnosticDescriptors.WrongYamlType, value, "speakers." + key, "a map with 'name' and optionally 'role', 'aliases' and 'kind'");
        }

        return new Speaker(key, name, role, aliases, kind, keySpan) { Given = given };
    }

    private void ReadMeta(FrontMatterNode value)
    {
        if (value.IsNull)
        {
            return;
        }

        if (value.Kind != FrontMatterNodeKind.Mapping)
        {
            Report(DiagnosticDescriptors.WrongYamlType, value, "meta", "a map from strings to scalar values");
            return;
        }

        var entries = new List<MetaEntry>();
        foreach (var entry in value.Entries)
        {
            if (entry.Key is { Kind: FrontMatterNodeKind.Scalar, Value: { } key } && entry.Value.Kind == FrontMatterNodeKind.Scalar)
            {
                entries.Add(new MetaEntry(key, entry.Value.Value ?? string.Empty));
            }
            else
            {
                Report(DiagnosticDescriptors.WrongYamlType, entry.Value, "meta", "a map from strings to scalar values");
            }
        }

        _meta = entries.ToEquatableArray();
    }

    private string? ReadString(string key, FrontMatterNode value, string expected = "a string")
    {
        if (value.Kind == FrontMatterNodeKind.Scalar)
        {
            return value.IsNull ? null : value.Value;
        }

        Report(DiagnosticDescriptors.WrongYamlType, value, key, expected);
        return null;
    }

    private EquatableArray<string> ReadStringList(string key, FrontMatterNode value)
    {
        if (value.IsNull)
        {
            return EquatableArray<string>.Empty;
        }

        if (value.Kind == FrontMatterNodeKind.Sequence)
        {
            var items = new List<string>(value.Items.Count);
            foreach (var item in value.Items)
            {
                if (item is { Kind: FrontMatterNodeKind.Scalar, Value: { } text } && !item.IsNull)
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

    private void Report(DiagnosticDescriptor descriptor, FrontMatterNode node, params object?[] arguments) =>
        _findings.Add(Finding.Create(descriptor, SpanOf(node), arguments));

    private SourceSpan SpanOf(FrontMatterNode node)
    {
        var end = Math.Max(node.Start, EndOf(node));
        return _lines.SpanBetween(node.Start, end);
    }

    // A collection ends where its last child ends, plus the closing bracket of a flow collection
    // ([a, b] or {a: b}), searched for in the YAML only.
    private int EndOf(FrontMatterNode node, int depth = 0)
    {
        if (node.Kind == FrontMatterNodeKind.Scalar)
        {
            return node.ScalarEnd;
        }

        var last = node.Kind == FrontMatterNodeKind.Sequence
            ? (node.Items.Count > 0 ? node.Items[node.Items.Count - 1] : null)
            : (node.Entries.Count > 0 ? node.Entries[node.Entries.Count - 1].Value : null);

        // An alias can make a node its own descendant (&m [*m]): stop at the nesting limit.
        var start = node.Start;
        var end = last is null || depth > MaximumNesting ? start : EndOf(last, depth + 1);
        if (start < _end && _text[start] == (node.Kind == FrontMatterNodeKind.Sequence ? '[' : '{'))
        {
            var from = Math.Max(end, start + 1);
            var close = from < _end ? _text.IndexOf(node.Kind == FrontMatterNodeKind.Sequence ? ']' : '}', from, _end - from) : -1;
            end = close < 0 ? end : close + 1;
        }

        return end;
    }
}
