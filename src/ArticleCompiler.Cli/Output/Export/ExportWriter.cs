using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArticleCompiler.Model;

namespace ArticleCompiler.Cli.Output.Export;

/// <summary>Writes exported articles as they come, in one format, to one stream.</summary>
internal abstract class ExportWriter : IDisposable
{
    protected static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one article read from <paramref name="file"/>.</summary>
    public abstract void Write(Article article, string file);

    /// <summary>Ends the output (closing brackets) and flushes it.</summary>
    public abstract void Complete();

    public abstract void Dispose();

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

    private sealed class JsonDocumentWriter : ExportWriter
    {
        private readonly Utf8JsonWriter _json;

        public JsonDocumentWriter(Stream stream)
        {
            _json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            _json.WriteStartObject();
            _json.WriteStartArray("articles");
        }

        public override void Write(Article article, string file)
        {
            WriteArticle(_json, article, file);
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
        private static readonly byte[] NewLine = { (byte)'\n' };
        private readonly Stream _stream;
        private readonly RecordKind? _records;
        private readonly Utf8JsonWriter _json;

        public JsonLinesWriter(Stream stream, RecordKind? records)
        {
            _stream = stream;
            _records = records;
            _json = new Utf8JsonWriter(stream, LineOptions);
        }

        public override void Write(Article article, string file)
        {
            if (_records is not { } kind)
            {
                Line(() => WriteArticle(_json, article, file));
                return;
            }

            foreach (var row in ExportRecords.Rows(kind, article, file))
            {
                Line(() =>
                {
                    _json.WriteStartObject();
                    WriteFields(_json, row);
                    _json.WriteEndObject();
                });
            }
        }

        public override void Complete() => _stream.Flush();

        public override void Dispose() => _json.Dispose();

        private void Line(Action write)
        {
            write();
            _json.Flush();
            _json.Reset();
            _stream.Write(NewLine, 0, 1);
        }
    }

    private sealed class CsvWriter : ExportWriter
    {
        private readonly StreamWriter _writer;
        private readonly RecordKind _records;

        public CsvWriter(Stream stream, RecordKind records)
        {
            _writer = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
            _records = records;
            _writer.WriteLine(string.Join(",", ExportRecords.Columns(records)));
        }

        public override void Write(Article article, string file)
        {
            foreach (var row in ExportRecords.Rows(_records, article, file))
            {
                for (var i = 0; i < row.Length; i++)
                {
                    if (i > 0)
                    {
                        _writer.Write(',');
                    }

                    _writer.Write(Cell(row[i].Value));
                }

                _writer.WriteLine();
            }
        }

        public override void Complete() => _writer.Flush();

        public override void Dispose() => _writer.Dispose();

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
            return text.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";
        }
    }
}
