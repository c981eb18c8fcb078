using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ArticleCompiler;

/// <summary>
/// The pieces of one article as generated code stores them. Generated code keeps an article as one
/// compact text (in a UTF-8 literal where the language allows it) and decodes it on first use:
/// compiling one literal per article is far cheaper than compiling thousands of constructor calls.
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
/// </summary>
public static class ArticleData
{
    /// <summary>The version of the form this runtime reads.</summary>
    public const int FormatVersion = 1;

    /// <summary>Separates fields (U+241F, a printable stand-in for the unit separator).</summary>
    public const char FieldSeparator = '\u241F';

    /// <summary>Escapes the next character inside a field (<c>ESC 0</c> is null, <c>ESC u XXXX</c> a UTF-16 unit).</summary>
    public const char Escape = '\u241B';

    /// <summary>Decodes an article from the UTF-8 bytes of its compact form.</summary>
    public static ArticleParts Decode(byte[] utf8, string file) => Decode(Encoding.UTF8.GetString(utf8), file);

    /// <summary>Decodes an article from its compact form.</summary>
    public static ArticleParts Decode(string data, string file)
    {
        var reader = new FieldReader(data);
        var version = reader.Int();
        if (version != FormatVersion)
        {
            throw new InvalidOperationException($"Article data of format {version} needs a newer ArticleCompiler runtime (this one reads format {FormatVersion}).");
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

        var speakers = new Speaker[reader.Int()];
        for (var i = 0; i < speakers.Length; i++)
        {
            speakers[i] = new Speaker(reader.String()!, reader.String()!, reader.String(), reader.Strings(), (SpeakerKind)reader.Int(), Location(reader, file));
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

    private static SourceLocation Location(FieldReader reader, string file) => new(file, reader.Int(), reader.Int());

    private sealed class FieldReader
    {
        private readonly string _data;
        private readonly StringBuilder _field = new();
        private int _position;

        public FieldReader(string data) => _data = data;

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
    }
}
