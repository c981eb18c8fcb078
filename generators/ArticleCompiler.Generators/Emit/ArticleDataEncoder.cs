using System.Globalization;
using System.Text;
using ArticleCompiler.Generators.Models;
using ArticleCompiler.Model;

namespace ArticleCompiler.Generators.Emit;

/// <summary>
/// Writes an article in the compact text form that <c>ArticleCompiler.ArticleData.Decode</c> in the
/// runtime reads back: fields separated by U+241F (a printable stand-in for the unit separator,
/// one character in the generated source), in a fixed order, with U+241B escaping a separator,
/// itself, null (<c>ESC 0</c>) and lone surrogates (<c>ESC u XXXX</c>). A quote whose words stand
/// in its paragraph is stored as a position there rather than a second copy of the words.
/// When the build embeds the article file, the form starts with the text's length and hash and
/// refers to stretches of the text (<c>ESC s START,LENGTH;</c>) rather than repeating them: a
/// thousand articles then add a few hundred kilobytes of literals to a build, not megabytes.
/// The two must change together; the form carries a version.
/// </summary>
internal static class ArticleDataEncoder
{
    private const int FormatVersion = 3;
    private const char FieldSeparator = '\u241F';
    private const char Escape = '\u241B';

    /// <summary>
    /// The compact form of <paramref name="spec"/>'s values; when the build embeds the article, the
    /// form refers to stretches of its text.
    /// </summary>
    public static string Encode(ArticleSpec spec)
    {
        var embeddedText = spec.Embedded?.Text;
        var target = BuilderCache.Acquire(4096);
        Write(new Sink(target, embeddedText is null ? null : new TextStretches(embeddedText)), spec, embeddedText);
        return BuilderCache.ToStringAndRelease(target);
    }

    /// <summary>
    /// The compact form of a corpus's registry speakers, which <c>ArticleCompiler.ArticleData.DecodeSpeakers</c>
    /// reads: the files (relative paths), then each speaker with the index of its file.
    /// </summary>
    public static string EncodeRegistry(RegistrySpec spec)
    {
        var target = BuilderCache.Acquire(1024);
        var data = new Sink(target, null);
        Int(data, FormatVersion);
        Strings(data, spec.Files);
        Int(data, spec.Speakers.Count);
        foreach (var speaker in spec.Speakers)
        {
            Int(data, speaker.FileIndex);
            Speaker(data, speaker.Key, speaker.Name, speaker.Role, speaker.Aliases, speaker.Kind, speaker.Line, speaker.Column);
        }

        return BuilderCache.ToStringAndRelease(target);
    }

    /// <summary>Appends <paramref name="data"/> as a C# literal (a UTF-8 literal with <paramref name="utf8"/>); characters beyond ASCII stay as they are.</summary>
    public static void WriteLiteral(StringBuilder target, string data, bool utf8)
    {
        target.Append('"');

        // Runs of characters that stand as they are go in whole: the data is most of the generated text.
        var run = 0;
        for (var i = 0; i < data.Length; i++)
        {
            var c = data[i];
            if (CSharpLiterals.StandsAsIs(c))
            {
                continue;
            }

            target.Append(data, run, i - run);
            CSharpLiterals.AppendEscaped(target, c, keepUnicode: true);
            run = i + 1;
        }

        target.Append(data, run, data.Length - run);
        target.Append(utf8 ? "\"u8" : "\"");
    }

    private static void Write(Sink data, ArticleSpec spec, string? embeddedText)
    {
        Int(data, FormatVersion);
        String(data, embeddedText is null ? null : Int(embeddedText.Length) + ":" + Hash(embeddedText), stretches: false);
        String(data, spec.Id);
        String(data, spec.Title);
        String(data, spec.Category);
        String(data, spec.Source);
        String(data, spec.Dateline);
        String(data, spec.PublishedTicks?.ToString(CultureInfo.InvariantCulture));
        Int(data, spec.PublishedOffsetMinutes);
        String(data, spec.Revision?.ToString(CultureInfo.InvariantCulture));
        String(data, spec.Url);
        Strings(data, spec.Authors);
        String(data, spec.Language);
        Strings(data, spec.Tags);
        Int(data, spec.Meta.Count);
        foreach (var entry in spec.Meta)
        {
            String(data, entry.Key);
            String(data, entry.Value);
        }

        Int(data, spec.Speakers.Count);
        foreach (var speaker in spec.Speakers)
        {
            // A registry speaker is named by its key: the runtime hands out the registry's own object.
            Int(data, (int)speaker.Origin);
            if (speaker.Origin == SpeakerOrigin.Registry)
            {
                String(data, speaker.Key, stretches: false);
                continue;
            }

            Speaker(data, speaker.Key, speaker.Name, speaker.Role, speaker.Aliases, speaker.Kind, speaker.Line, speaker.Column);
        }

        Int(data, spec.Sections.Count);
        foreach (var section in spec.Sections)
        {
            String(data, section.Id);
            String(data, section.Heading);
            Strings(data, section.Paragraphs);
            Int(data, section.Asides.Count);
            foreach (var aside in section.Asides)
            {
                Int(data, (int)aside.Kind);
                String(data, aside.Text);
                Int(data, aside.Line);
                Int(data, aside.Column);
            }

            Int(data, section.Line);
            Int(data, section.Column);
        }

        Int(data, spec.Quotes.Count);
        foreach (var quote in spec.Quotes)
        {
            String(data, quote.Id);
            Int(data, quote.SpeakerIndex);
            Int(data, (int)quote.Kind);
            Int(data, quote.SectionIndex);
            var paragraphs = spec.Sections[quote.SectionIndex].Paragraphs;
            var start = quote.ParagraphIndex < paragraphs.Count && quote.Text.Length > 0
                ? paragraphs[quote.ParagraphIndex].IndexOf(quote.Text, System.StringComparison.Ordinal)
                : -1;
            if (start >= 0)
            {
                String(data, null);
                Int(data, quote.ParagraphIndex);
                Int(data, start);
                Int(data, quote.Text.Length);
            }
            else
            {
                String(data, quote.Text);
            }

            Int(data, quote.Line);
            Int(data, quote.Column);
        }
    }

    /// <summary>The form being written.</summary>
    private readonly struct Sink
    {
        private readonly StringBuilder _target;

        public Sink(StringBuilder target, TextStretches? stretches)
        {
            _target = target;
            Stretches = stretches;
        }

        /// <summary>The embedded text's stretches, when values may refer to them.</summary>
        public TextStretches? Stretches { get; }

        public Sink Append(char c)
        {
            _target.Append(c);
            return this;
        }

        public Sink Append(int value)
        {
            _target.AppendInvariant(value);
            return this;
        }

        public Sink Append(string text)
        {
            _target.Append(text);
            return this;
        }

        public Sink Append(string text, int start, int count)
        {
            _target.Append(text, start, count);
            return this;
        }
    }

    // A speaker's fields, as the runtime's ArticleData reads them for an article's and a registry's speakers alike.
    private static void Speaker(Sink data, string key, string name, string? role, EquatableArray<string> aliases, SpeakerKind kind, int line, int column)
    {
        String(data, key);
        String(data, name);
        String(data, role);
        Strings(data, aliases);
        Int(data, (int)kind);
        Int(data, line);
        Int(data, column);
    }

    // Digits need no escaping: written straight into the form, as String would write them.
    private static void Int(Sink data, int value) => data.Append(value).Append(FieldSeparator);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    // As ArticleCompiler.ArticleData.Hash writes it.
    private static string Hash(string text) => Text.Fnv1a.Hash(text).ToString("x8", CultureInfo.InvariantCulture);

    private static void Strings(Sink data, EquatableArray<string> values)
    {
        Int(data, values.Count);
        foreach (var value in values)
        {
            String(data, value);
        }
    }

    private static void String(Sink data, string? value, bool stretches = true)
    {
        if (value is null)
        {
            data.Append(Escape).Append('0');
        }
        else
        {
            // Characters written as they are go in runs, appended whole when something else comes.
            var run = 0;
            var textStretches = stretches ? data.Stretches : null;
            for (var i = 0; i < value.Length; i++)
            {
                if (textStretches is not null && value.Length - i >= TextStretches.MinimumLength && textStretches.Find(value, i) is { Length: > 0 } stretch)
                {
                    data.Append(value, run, i - run);
                    data.Append(Escape).Append('s').Append(stretch.Start).Append(',').Append(stretch.Length).Append(';');
                    i += stretch.Length - 1;
                    run = i + 1;
                    continue;
                }

                var c = value[i];
                if (c == FieldSeparator || c == Escape)
                {
                    data.Append(value, run, i - run);
                    data.Append(Escape).Append(c);
                    run = i + 1;
                }
                else if (char.IsSurrogate(c) && !IsPairedSurrogate(value, i))
                {
                    data.Append(value, run, i - run);
                    data.Append(Escape).Append('u').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    run = i + 1;
                }
            }

            data.Append(value, run, value.Length - run);
        }

        data.Append(FieldSeparator);
    }

    private static bool IsPairedSurrogate(string value, int i) =>
        char.IsHighSurrogate(value[i])
            ? i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
            : i > 0 && char.IsHighSurrogate(value[i - 1]);
}
