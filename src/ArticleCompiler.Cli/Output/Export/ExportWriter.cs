using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArticleCompiler.Model;

namespace ArticleCompiler.Cli.Output.Export;

/// <summary>
/// Writes exported articles in one format to one stream. Rendering an article is separate from
/// appending it, so that articles render in parallel (as they are read) and are appended in order.
/// </summary>
internal abstract class ExportWriter : IDisposable
{
    protected static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    protected ExportWriter(Stream stream) => Stream = stream;

    /// <summary>The stream written to.</summary>
    protected Stream Stream { get; }

    /// <summary>The bytes one article read from <paramref name="file"/> adds to the output. Safe to call from several threads.</summary>
    public abstract byte[] Render(Article article, string file);

    /// <summary>Appends what <see cref="Render"/> gave, in order.</summary>
    public virtual void Append(byte[] rendered) => Stream.Write(rendered, 0, rendered.Length);

    /// <summary>Ends the output (closing brackets) and flushes it.</summary>
    public virtual void Complete() => Stream.Flush();

    public virtual void Dispose()
    {
    }

    /// <summary>The whole corpus as one JSON document: <c>{"articles": [ ... ]}</c>.</summary>
    public static ExportWriter Json(Stream stream) => new JsonDocumentWriter(stream);

    /// <summary>One JSON object a line: whole articles, or the rows of <paramref name="records"/>.</summary>
    public static ExportWriter JsonLines(Stream stream, RecordKind? records) => new JsonLinesWriter(stream, records);

    /// <summary>RFC 4180 CSV of <paramref name="records"/>, with a header row.</summary>
    public static ExportWriter Csv(Stream stream, RecordKind records) => new CsvWriter(stream, records);

    /// <summary>An article as a JSON object: its fields, then its speakers, sections and quotes.</summary>
    protected static void WriteArticle(Utf8JsonWriter json, Article article, string file)
    {
        json.WriteStartObject();
        WriteFields(json, ExportRecords.Article(article, file).Where(f => f.Name is not ("speakers" or "sections" or "quotes")));
        foreach (var kind in new[] { RecordKind.Speakers, RecordKind.Sections, RecordKind.Quotes })
        {
            json.WritePropertyName(kind.ToString().ToLowerInvariant());
            json.WriteStartArray();
            foreach (var row in ExportRecords.Rows(kind, article, file))
            {
                json.WriteStartObject();
                WriteFields(json, row.Where(f => f.Name is not ("article_id" or "article_revision" or "file")));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    protected static void WriteFields(Utf8JsonWriter json, IEnumerable<Field> fields)
    {
        foreach (var field in fields)
        {
            switch (field.Value)
            {
                case null: json.WriteNull(field.Name); break;
                case int number: json.WriteNumber(field.Name, number); break;
                case string[] list:
                    json.WriteStartArray(field.Name);
                    foreach (var item in list)
                    {
                        json.WriteStringValue(item);
                    }

                    json.WriteEndArray();
                    break;
                default: json.WriteString(field.Name, (string)field.Value); break;
            }
        }
    }

    // JSON written to a buffer of its own: one per rendered article, so that threads share nothing.
    protected static byte[] RenderJson(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 14);
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            write(json);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private sealed class JsonDocumentWriter : ExportWriter
    {
        // An article object stands two levels deep in the document: {"articles": [ {...} ]}.
        private const string Indent = "    ";
        // Line breaks are '\n' on every system: Render indents after each one.
        private static readonly JsonWriterOptions ArticleOptions = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        private readonly Utf8JsonWriter _json;

        public JsonDocumentWriter(Stream stream)
            : base(stream)
        {
            _json = new Utf8JsonWriter(stream, ArticleOptions);
            _json.WriteStartObject();
            _json.WriteStartArray("articles");
        }

        public override byte[] Render(Article article, string file)
        {
            // Indented on its own, then moved two levels in: JSON strings hold no raw line break,
            // so every '\n' in the rendered object ends a line of it. The writer puts the commas
            // between raw values, not the line breaks: each article starts on a line of its own.
            var rendered = RenderJson(ArticleOptions, json => WriteArticle(json, article, file));
            var breaks = 0;
            foreach (var b in rendered)
            {
                breaks += b == (byte)'\n' ? 1 : 0;
            }

            // A line break and an indent before the object, and an indent after each of its line breaks.
            var indented = new byte[1 + rendered.Length + ((breaks + 1) * Indent.Length)];
            var at = 0;
            for (var i = -1; i < rendered.Length; i++)
            {
                if (i < 0 || rendered[i] == (byte)'\n')
                {
                    indented[at++] = (byte)'\n';
                    at += Utf8.GetBytes(Indent, 0, Indent.Length, indented, at);
                }
                else
                {
                    indented[at++] = rendered[i];
                }
            }

            return indented;
        }

        public override void Append(byte[] rendered)
        {
            _json.WriteRawValue(rendered, skipInputValidation: true);
            if (_json.BytesPending > 1 << 16)
            {
                _json.Flush();
            }
        }

        public override void Complete()
        {
            _json.WriteEndArray();
            _json.WriteEndObject();
            _json.Flush();
        }

        public override void Dispose() => _json.Dispose();
    }

    private sealed class JsonLinesWriter : ExportWriter
    {
        private readonly RecordKind? _records;

        public JsonLinesWriter(Stream stream, RecordKind? records)
            : base(stream) => _records = records;

        public override byte[] Render(Article article, string file)
        {
            var lines = new ArrayBufferWriter<byte>(1 << 14);
            if (_records is not { } kind)
            {
                Line(lines, json => WriteArticle(json, article, file));
                return lines.WrittenSpan.ToArray();
            }

            foreach (var row in ExportRecords.Rows(kind, article, file))
            {
                Line(lines, json =>
                {
                    json.WriteStartObject();
                    WriteFields(json, row);
                    json.WriteEndObject();
                });
            }

            return lines.WrittenSpan.ToArray();
        }

        private static void Line(ArrayBufferWriter<byte> lines, Action<Utf8JsonWriter> write)
        {
            using (var json = new Utf8JsonWriter(lines, LineOptions))
            {
                write(json);
            }

            lines.GetSpan(1)[0] = (byte)'\n';
            lines.Advance(1);
        }
    }

    private sealed class CsvWriter : ExportWriter
    {
        private static readonly char[] Special = { ',', '"', '\r', '\n' };
        private readonly RecordKind _records;

        public CsvWriter(Stream stream, RecordKind records)
            : base(stream)
        {
            _records = records;
            var header = Utf8.GetBytes(string.Join(",", ExportRecords.Columns(records)) + "\r\n");
            stream.Write(header, 0, header.Length);
        }

        public override byte[] Render(Article article, string file)
        {
            var text = new StringBuilder();
            foreach (var row in ExportRecords.Rows(_records, article, file))
            {
                for (var i = 0; i < row.Length; i++)
                {
                    if (i > 0)
                    {
                        text.Append(',');
                    }

                    text.Append(Cell(row[i].Value));
                }

                text.Append("\r\n");
            }

            return Utf8.GetBytes(text.ToString());
        }

        // RFC 4180: a field with a comma, a quote mark or a line break is quoted, quote marks doubled.
        private static string Cell(object? value)
        {
            var text = value switch
            {
                null => string.Empty,
                int number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                string[] list => string.Join("; ", list),
                _ => (string)value,
            };
            return text.IndexOfAny(Special) < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";
        }
    }
}
