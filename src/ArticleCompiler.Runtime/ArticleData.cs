using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text;

namespace ArticleCompiler;

/// <summary>
/// The pieces of one article as generated code stores them. Generated code keeps an article as one
/// compact text (a string literal, or a UTF-8 literal for large corpora) and decodes it on first
/// use: compiling one literal per article is far cheaper than compiling thousands of constructor calls.
/// </summary>
public sealed class ArticleParts
{
    internal ArticleParts()
    {
    }

    /// <summary>The article id.</summary>
    public string Id { get; internal set; } = string.Empty;

    /// <summary>The headline.</summary>
    public string Title { get; internal set; } = string.Empty;

    /// <summary>The category.</summary>
    public string? Category { get; internal set; }

    /// <summary>The publisher.</summary>
    public string? Source { get; internal set; }

    /// <summary>The dateline.</summary>
    public string? Dateline { get; internal set; }

    /// <summary>The publication date.</summary>
    public DateTimeOffset? Published { get; internal set; }

    /// <summary>The revision number.</summary>
    public int? Revision { get; internal set; }

    /// <summary>The address.</summary>
    public string? Url { get; internal set; }

    /// <summary>The authors.</summary>
    public IReadOnlyList<string> Authors { get; internal set; } = Array.Empty<string>();

    /// <summary>The language tag.</summary>
    public string Language { get; internal set; } = "en";

    /// <summary>The tags.</summary>
    public IReadOnlyList<string> Tags { get; internal set; } = Array.Empty<string>();

    /// <summary>Free metadata.</summary>
    public IReadOnlyDictionary<string, string> Meta { get; internal set; } = new Dictionary<string, string>();

    /// <summary>The speakers in document order.</summary>
    public Speaker[] Speakers { get; internal set; } = Array.Empty<Speaker>();

    /// <summary>The sections in document order.</summary>
    public Section[] Sections { get; internal set; } = Array.Empty<Section>();

    /// <summary>Every quote in document order.</summary>
    public Quote[] Quotes { get; internal set; } = Array.Empty<Quote>();

    /// <summary>The article file.</summary>
    public SourceLocation Location { get; internal set; } = new(string.Empty, 1, 1);
}

/// <summary>
/// Decodes the compact form generated code stores an article in. The form is private to
/// ArticleCompiler (the generator writes it, this reads it) and carries a version number.
/// When the build embeds the article file in the assembly (build/ArticleCompiler.targets does),
/// the form refers to stretches of that text instead of repeating them: a field may hold
/// <c>ESC s START,LENGTH;</c>, which stands for those characters of the article's text. The
/// form then names the text's length and FNV-1a hash, checked before any stretch is taken.
/// </summary>
public static class ArticleData
{
    /// <summary>The version of the form this runtime reads.</summary>
    public const int FormatVersion = 3;

    /// <summary>Separates fields (U+241F, a printable stand-in for the unit separator).</summary>
    public const char FieldSeparator = '\u241F';

    /// <summary>Escapes the next character inside a field (<c>ESC 0</c> is null, <c>ESC u XXXX</c> a UTF-16 unit).</summary>
    public const char Escape = '\u241B';

    // Invalid bytes read as U+FFFD, as the compiler reads them; the hash check then tells a mismatch.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Decodes an article from the UTF-8 bytes of its compact form; registry speakers are taken from <paramref name="registry"/>.</summary>
    public static ArticleParts Decode(byte[] utf8, string file, IReadOnlyList<Speaker>? registry = null) => Decode(Encoding.UTF8.GetString(utf8), file, registry);

    /// <summary>
    /// Decodes an article from its compact form. Its registry speakers are taken from
    /// <paramref name="registry"/> (the generated <c>Speakers.All</c>), so that they are the same objects in every article.
    /// </summary>
    public static ArticleParts Decode(string data, string file, IReadOnlyList<Speaker>? registry = null) => Decode(data, file, source: null, registry);

    /// <summary>
    /// Decodes an article from the UTF-8 bytes of its compact form, taking stretches of text from
    /// the article file embedded in <paramref name="assembly"/> as the resource <paramref name="resourceName"/>.
    /// </summary>
    public static ArticleParts Decode(byte[] utf8, string file, Assembly assembly, string resourceName, IReadOnlyList<Speaker>? registry = null) =>
        Decode(Encoding.UTF8.GetString(utf8), file, assembly, resourceName, registry);

    /// <summary>Decodes an article from its compact form and the article file embedded in <paramref name="assembly"/>.</summary>
    public static ArticleParts Decode(string data, string file, Assembly assembly, string resourceName, IReadOnlyList<Speaker>? registry = null) =>
        Decode(data, file, ReadResource(assembly, resourceName, file), registry);

    /// <summary>
    /// Decodes an article into its generated typed sets, whose fields <paramref name="speakerFields"/>
    /// and <paramref name="sectionFields"/> name (comma-separated, in document order); generated code
    /// calls this. With <paramref name="assembly"/> and <paramref name="resourceName"/>, stretches of
    /// text are taken from the embedded article file.
    /// </summary>
    public static Article<TSpeakers, TSections> Decode<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TSpeakers,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TSections>(
        string data, string file, string speakerFields, string sectionFields, Assembly? assembly = null, string? resourceName = null, IReadOnlyList<Speaker>? registry = null)
        where TSpeakers : SpeakerSet, new()
        where TSections : SectionSet, new()
    {
        var source = assembly is null || resourceName is null ? null : ReadResource(assembly, resourceName, file);
        var parts = Decode(data, file, source, registry);
        var speakers = new TSpeakers();
        speakers.Fill(parts.Speakers, speakerFields, typeof(TSpeakers));
        var sections = new TSections();
        sections.Fill(parts.Sections, sectionFields, typeof(TSections));
        return new Article<TSpeakers, TSections>(parts, speakers, sections);
    }

    /// <summary>As <see cref="Decode{TSpeakers, TSections}(string, string, string, string, Assembly?, string?, IReadOnlyList{Speaker}?)"/>, from the UTF-8 bytes of the compact form.</summary>
    public static Article<TSpeakers, TSections> Decode<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TSpeakers,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TSections>(
        byte[] utf8, string file, string speakerFields, string sectionFields, Assembly? assembly = null, string? resourceName = null, IReadOnlyList<Speaker>? registry = null)
        where TSpeakers : SpeakerSet, new()
        where TSections : SectionSet, new() =>
        Decode<TSpeakers, TSections>(Encoding.UTF8.GetString(utf8), file, speakerFields, sectionFields, assembly, resourceName, registry);

    /// <summary>Decodes the speakers of a corpus's registries (<c>speakers.yaml</c>) from their compact form.</summary>
    public static Speaker[] DecodeSpeakers(string data)
    {
        var reader = new FieldReader(data);
        CheckVersion(reader.Int());
        var files = reader.Strings();
        var speakers = new Speaker[reader.Int()];
        for (var i = 0; i < speakers.Length; i++)
        {
            var file = files[reader.Int()];
            speakers[i] = ReadSpeaker(reader, file);
        }

        return speakers;
    }

    private static void CheckVersion(int version)
    {
        if (version != FormatVersion)
        {
            throw new InvalidOperationException($"Article data of format {version} needs a matching ArticleCompiler runtime (this one reads format {FormatVersion}).");
        }
    }

    private static string ReadResource(Assembly assembly, string resourceName, string file)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The text of '{file}' is not embedded in {assembly.GetName().Name} as the resource '{resourceName}'; ArticleCompiler's build targets embed it. Rebuild the project.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Utf8.GetString(bytes, bom, bytes.Length - bom);
    }

    /// <summary>The FNV-1a hash of <paramref name="text"/>'s UTF-16 units, as the form records it.</summary>
    public static string Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }

    private static ArticleParts Decode(string data, string file, string? source, IReadOnlyList<Speaker>? registry)
    {
        var reader = new FieldReader(data);
        CheckVersion(reader.Int());

        var sourceStamp = reader.String();
        if (sourceStamp is not null)
        {
            if (source is null)
            {
                throw new InvalidOperationException($"The data of '{file}' refers to the article's text; decode it with the assembly that embeds that text.");
            }

            if (sourceStamp != source.Length.ToString(CultureInfo.InvariantCulture) + ":" + Hash(source))
            {
                throw new InvalidOperationException($"The embedded text of '{file}' is not the text that was compiled (was the file changed during the build?). Rebuild the project.");
            }

            reader.Source = source;
        }

        var parts = new ArticleParts
        {
            Id = reader.String()!,
            Title = reader.String()!,
            Category = reader.String(),
            Source = reader.String(),
            Dateline = reader.String(),
        };
        var ticks = reader.String();
        var offsetMinutes = reader.Int();
        parts.Published = ticks is null ? null : new DateTimeOffset(long.Parse(ticks, CultureInfo.InvariantCulture), TimeSpan.FromMinutes(offsetMinutes));
        var revision = reader.String();
        parts.Revision = revision is null ? null : int.Parse(revision, CultureInfo.InvariantCulture);
        parts.Url = reader.String();
        parts.Authors = reader.Strings();
        parts.Language = reader.String()!;
        parts.Tags = reader.Strings();
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var count = reader.Int(); count > 0; count--)
        {
            meta[reader.String()!] = reader.String()!;
        }

        parts.Meta = meta;
        parts.Location = new SourceLocation(file, 1, 1);

        // Each speaker is the article's own (0), a registry speaker by key (1), or the article's
        // entry overriding fields of a registry speaker (2).
        var speakers = new Speaker[reader.Int()];
        for (var i = 0; i < speakers.Length; i++)
        {
            var origin = reader.Int();
            if (origin == 1)
            {
                speakers[i] = RegistrySpeaker(registry, reader.String()!, file);
                continue;
            }

            speakers[i] = ReadSpeaker(reader, file);
            if (origin == 2)
            {
                speakers[i] = speakers[i] with { Overrides = RegistrySpeaker(registry, speakers[i].Key, file) };
            }
        }

        var sections = new Section[reader.Int()];
        var sectionQuotes = new List<Quote>[sections.Length];
        for (var i = 0; i < sections.Length; i++)
        {
            var id = reader.String()!;
            var heading = reader.String();
            var paragraphs = reader.Strings();
            var asides = new Aside[reader.Int()];
            for (var a = 0; a < asides.Length; a++)
            {
                asides[a] = new Aside((AsideKind)reader.Int(), reader.String()!, Location(reader, file));
            }

            sectionQuotes[i] = new List<Quote>();
            sections[i] = new Section(id, heading, paragraphs, sectionQuotes[i], asides, Location(reader, file));
        }

        var quotes = new Quote[reader.Int()];
        for (var i = 0; i < quotes.Length; i++)
        {
            var id = reader.String();
            var speaker = speakers[reader.Int()];
            var kind = (QuoteKind)reader.Int();
            var sectionIndex = reader.Int();

            // A quote's words are stored once: as a position in its paragraph where they stand there.
            var text = reader.String();
            if (text is null)
            {
                var paragraph = sections[sectionIndex].Paragraphs[reader.Int()];
                var start = reader.Int();
                text = paragraph.Substring(start, reader.Int());
            }

            quotes[i] = new Quote(id, text, speaker, kind, sections[sectionIndex], Location(reader, file));
            sectionQuotes[sectionIndex].Add(quotes[i]);
        }

        parts.Speakers = speakers;
        parts.Sections = sections;
        parts.Quotes = quotes;
        return parts;
    }

    private static Speaker ReadSpeaker(FieldReader reader, string file) =>
        new(reader.String()!, reader.String()!, reader.String(), reader.Strings(), (SpeakerKind)reader.Int(), Location(reader, file));

    private static Speaker RegistrySpeaker(IReadOnlyList<Speaker>? registry, string key, string file)
    {
        if (registry is not null)
        {
            foreach (var speaker in registry)
            {
                if (speaker.Key == key)
                {
                    return speaker;
                }
            }
        }

        throw new InvalidOperationException($"'{file}' quotes the registry speaker '{key}', which the registry given does not hold. Rebuild the project.");
    }

    private static SourceLocation Location(FieldReader reader, string file) => new(file, reader.Int(), reader.Int());

    private sealed class FieldReader
    {
        private readonly string _data;
        private readonly StringBuilder _field = new();
        private int _position;

        public FieldReader(string data) => _data = data;

        /// <summary>The article's text, which <c>ESC s</c> stretches refer to.</summary>
        public string? Source { get; set; }

        public int Int() => int.Parse(String() ?? "0", CultureInfo.InvariantCulture);

        public string[] Strings()
        {
            var items = new string[Int()];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = String()!;
            }

            return items;
        }

        public string? String()
        {
            _field.Clear();
            var isNull = false;
            while (_position < _data.Length)
            {
                var c = _data[_position++];
                if (c == FieldSeparator)
                {
                    break;
                }

                if (c == Escape && _position < _data.Length)
                {
                    var next = _data[_position++];
                    if (next == '0')
                    {
                        isNull = true;
                    }
                    else if (next == 's' && Source is not null)
                    {
                        var start = Number(',');
                        var length = Number(';');
                        _field.Append(Source, start, length);
                    }
                    else if (next == 'u' && _position + 4 <= _data.Length)
                    {
                        _field.Append((char)int.Parse(_data.Substring(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        _position += 4;
                    }
                    else
                    {
                        _field.Append(next);
                    }

                    continue;
                }

                _field.Append(c);
            }

            return isNull ? null : _field.ToString();
        }

        private int Number(char terminator)
        {
            var value = 0;
            while (_position < _data.Length && _data[_position] != terminator)
            {
                value = (value * 10) + (_data[_position++] - '0');
            }

            _position++;
            return value;
        }
    }
}
