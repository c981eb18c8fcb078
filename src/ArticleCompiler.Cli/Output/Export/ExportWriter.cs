using System;
using System.Buffers;
using System.Buffers.Text;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArticleCompiler.Model;

namespace ArticleCompiler.Cli.Output.Export;

/// <summary>One article rendered in one format: bytes rented from <see cref="ArrayPool{T}.Shared"/>, returned when appended.</summary>
internal readonly record struct ExportChunk(byte[] Bytes, int Length);

/// <summary>
/// Writes exported articles in one format to one stream. The expensive half, <see cref="Render"/>,
/// is safe to call from the parallel workers that parse the articles; the writing half,
/// <see cref="Append"/>, takes the rendered bytes in corpus order on one thread. So the articles
/// themselves never wait in the ordered queue between them, only their bytes.
/// </summary>
internal abstract class ExportWriter : IDisposable
{
    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions DocumentOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // One scratch buffer and one JSON writer per worker thread, reused for every article it renders.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _scratch;

    [ThreadStatic]
    private static Utf8JsonWriter? _lineJson;

    [ThreadStatic]
    private static Utf8JsonWriter? _documentJson;

    private readonly Stream _stream;

    protected ExportWriter(Stream stream) => _stream = stream;

    /// <summary>How the registry column shows registry files, worked out once per file.</summary>
    protected RegistryPaths Registries { get; } = new();

    /// <summary>The whole corpus as one JSON document: <c>{"articles": [ ... ]}</c>.</summary>
    public static ExportWriter Json(Stream stream) => new JsonDocumentWriter(stream);

    /// <summary>One JSON object a line: whole articles, or the rows of <paramref name="records"/>.</summary>
    public static ExportWriter JsonLines(Stream stream, RecordKind? records) => new JsonLinesWriter(stream, records);

    /// <summary>RFC 4180 CSV of <paramref name="records"/>, with a header row.</summary>
    public static ExportWriter Csv(Stream stream, RecordKind records) => new CsvWriter(stream, records);

    /// <summary>Parquet of <paramref name="records"/>: typed columns, a row group closed after the article that brings it to <paramref name="rowGroupRows"/> rows.</summary>
    public static ExportWriter Parquet(Stream stream, RecordKind records, int rowGroupRows = ParquetExportWriter.RowGroupRows) => new ParquetExportWriter(stream, records, rowGroupRows);

    /// <summary>Renders one article read from <paramref name="file"/>; any thread may call it, for any writer.</summary>
    public ExportChunk Render(Article article, string file)
    {
        var scratch = _scratch ??= new ArrayBufferWriter<byte>(1 << 16);
        scratch.ResetWrittenCount();
        var start = RenderInto(scratch, article, file);
        var rendered = scratch.WrittenSpan[start..];
        var bytes = ArrayPool<byte>.Shared.Rent(Math.Max(1, rendered.Length));
        rendered.CopyTo(bytes);
        return new ExportChunk(bytes, rendered.Length);
    }

    /// <summary>Writes a rendered article after the ones before it (one thread, in corpus order).</summary>
    public virtual void Append(ExportChunk chunk)
    {
        _stream.Write(chunk.Bytes, 0, chunk.Length);
        ArrayPool<byte>.Shared.Return(chunk.Bytes);
    }

    /// <summary>Renders and writes one article read from <paramref name="file"/>.</summary>
    public void Write(Article article, string file) => Append(Render(article, file));

    /// <summary>Ends the output (closing brackets) and flushes it.</summary>
    public virtual void Complete() => _stream.Flush();

    /// <summary>Nothing to release: the stream belongs to the caller, and the buffers to the threads.</summary>
    public void Dispose()
    {
    }

    /// <summary>Renders the article into <paramref name="scratch"/>; returns where its bytes start.</summary>
    protected abstract int RenderInto(ArrayBufferWriter<byte> scratch, Article article, string file);

    protected void WriteRaw(ReadOnlySpan<byte> bytes) => _stream.Write(bytes);

    protected static Utf8JsonWriter LineJson(ArrayBufferWriter<byte> scratch) => Reset(ref _lineJson, scratch, LineOptions);

    protected static Utf8JsonWriter DocumentJson(ArrayBufferWriter<byte> scratch) => Reset(ref _documentJson, scratch, DocumentOptions);

    /// <summary>An article as a JSON object: its fields, then its speakers, sections and quotes.</summary>
    protected void WriteArticle(Utf8JsonWriter json, Article article, string file)
    {
        var nested = new JsonRowSink(json, nested: true);
        json.WriteStartObject();
        ExportRecords.Article(article, file, nested);
        foreach (var (name, kind) in ExportRecords.Lists)
        {
            json.WriteStartArray(name);
            ExportRecords.Rows(kind, article, file, Registries, nested);
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static Utf8JsonWriter Reset(ref Utf8JsonWriter? json, ArrayBufferWriter<byte> scratch, JsonWriterOptions options)
    {
        if (json is null)
        {
            json = new Utf8JsonWriter(scratch, options);
        }
        else
        {
            json.Reset(scratch);
        }

        return json;
    }

    /// <summary>A row as a JSON object; nested in an article written whole, it leaves out the columns that name the article.</summary>
    private sealed class JsonRowSink(Utf8JsonWriter json, bool nested) : IRowSink
    {
        public void Text(Column column, string? value)
        {
            if (nested && !column.Nested)
            {
                return;
            }

            if (value is null)
            {
                json.WriteNull(column.Json);
            }
            else
            {
                json.WriteString(column.Json, value);
            }
        }

        public void Number(Column column, int? value)
        {
            if (nested && !column.Nested)
            {
                return;
            }

            if (value is { } number)
            {
                json.WriteNumber(column.Json, number);
            }
            else
            {
                json.WriteNull(column.Json);
            }
        }

        public void Date(Column column, string? text, DateTimeOffset? value) => Text(column, text);

        public void List(Column column, EquatableArray<string> values)
        {
            json.WriteStartArray(column.Json);
            for (var i = 0; i < values.Count; i++)
            {
                json.WriteStringValue(values[i]);
            }

            json.WriteEndArray();
        }

        public void StartRow() => json.WriteStartObject();

        public void EndRow() => json.WriteEndObject();
    }

    private sealed class JsonDocumentWriter : ExportWriter
    {
        private static readonly JsonEncodedText ArticlesName = JsonEncodedText.Encode("articles");
        private static readonly byte[] Opening = Frame(items: 0)[0];
        private static readonly byte[] ClosingAfterArticles = Frame(items: 1)[1];
        private static readonly byte[] ClosingOfEmpty = Frame(items: 0)[1];

        private bool _any;

        public JsonDocumentWriter(Stream stream)
            : base(stream) => WriteRaw(Opening);

        // An article rendered on its own as the first item of the articles array, then cut out of
        // that frame: the bytes are the ones one writer would have written for it there, indented
        // to its depth, less the comma it writes before every item but the first.
        protected override int RenderInto(ArrayBufferWriter<byte> scratch, Article article, string file)
        {
            var json = DocumentJson(scratch);
            json.WriteStartObject();
            json.WriteStartArray(ArticlesName);
            json.Flush();
            var start = scratch.WrittenCount;
            WriteArticle(json, article, file);
            json.Flush();
            return start;
        }

        public override void Append(ExportChunk chunk)
        {
            if (_any)
            {
                WriteRaw(","u8);
            }

            _any = true;
            base.Append(chunk);
        }

        public override void Complete()
        {
            WriteRaw(_any ? ClosingAfterArticles : ClosingOfEmpty);
            base.Complete();
        }

        // The document with ITEMS numbers for articles, as Utf8JsonWriter itself writes it: the
        // bytes up to the first item, and the closing brackets after the last.
        private static byte[][] Frame(int items)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using var json = new Utf8JsonWriter(buffer, DocumentOptions);
            json.WriteStartObject();
            json.WriteStartArray(ArticlesName);
            json.Flush();
            var opening = buffer.WrittenSpan.ToArray();
            for (var i = 0; i < items; i++)
            {
                json.WriteNumberValue(i);
            }

            json.Flush();
            var end = buffer.WrittenCount;
            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            return new[] { opening, buffer.WrittenSpan[end..].ToArray() };
        }
    }

    private sealed class JsonLinesWriter(Stream stream, RecordKind? records) : ExportWriter(stream)
    {
        protected override int RenderInto(ArrayBufferWriter<byte> scratch, Article article, string file)
        {
            if (records is not { } kind)
            {
                var json = LineJson(scratch);
                WriteArticle(json, article, file);
                json.Flush();
                scratch.Write("\n"u8);
                return 0;
            }

            ExportRecords.Rows(kind, article, file, Registries, new LineSink(scratch));
            return 0;
        }

        /// <summary>Each row a JSON object on a line of its own.</summary>
        private sealed class LineSink : IRowSink
        {
            private readonly ArrayBufferWriter<byte> _scratch;
            private readonly Utf8JsonWriter _json;
            private readonly JsonRowSink _fields;

            public LineSink(ArrayBufferWriter<byte> scratch)
            {
                _scratch = scratch;
                _json = LineJson(scratch);
                _fields = new JsonRowSink(_json, nested: false);
            }

            public void Text(Column column, string? value) => _fields.Text(column, value);

            public void Number(Column column, int? value) => _fields.Number(column, value);

            public void List(Column column, EquatableArray<string> values) => _fields.List(column, values);

            public void Date(Column column, string? text, DateTimeOffset? value) => _fields.Date(column, text, value);

            public void StartRow()
            {
                _json.Reset(_scratch);
                _json.WriteStartObject();
            }

            public void EndRow()
            {
                _json.WriteEndObject();
                _json.Flush();
                _scratch.Write("\n"u8);
            }
        }
    }

    private sealed class CsvWriter : ExportWriter
    {
        private readonly RecordKind _records;

        public CsvWriter(Stream stream, RecordKind records)
            : base(stream)
        {
            _records = records;
            WriteRaw(Encoding.UTF8.GetBytes(string.Join(",", ExportRecords.Columns(records)) + "\r\n"));
        }

        protected override int RenderInto(ArrayBufferWriter<byte> scratch, Article article, string file)
        {
            ExportRecords.Rows(_records, article, file, Registries, new CsvSink(scratch));
            return 0;
        }

        /// <summary>Each row a line of RFC 4180 cells, UTF-8 without a byte order mark.</summary>
        private sealed class CsvSink(ArrayBufferWriter<byte> scratch) : IRowSink
        {
            private static readonly SearchValues<char> NeedQuoting = SearchValues.Create(",\"\r\n");
            private bool _first;

            public void Text(Column column, string? value) => Cell(value ?? string.Empty);

            public void Date(Column column, string? text, DateTimeOffset? value) => Cell(text ?? string.Empty);

            public void Number(Column column, int? value)
            {
                Separate();
                if (value is { } number)
                {
                    Utf8Formatter.TryFormat(number, scratch.GetSpan(11), out var written);
                    scratch.Advance(written);
                }
            }

            public void List(Column column, EquatableArray<string> values)
            {
                var items = new string[values.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = values[i];
                }

                Cell(string.Join("; ", items));
            }

            public void StartRow() => _first = true;

            public void EndRow() => scratch.Write("\r\n"u8);

            private void Separate()
            {
                if (!_first)
                {
                    scratch.Write(","u8);
                }

                _first = false;
            }

            // RFC 4180: a field with a comma, a quote mark or a line break is quoted, quote marks doubled.
            private void Cell(string text)
            {
                Separate();
                if (text.AsSpan().IndexOfAny(NeedQuoting) >= 0)
                {
                    text = "\"" + text.Replace("\"", "\"\"") + "\"";
                }

                var written = Encoding.UTF8.GetBytes(text, scratch.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length)));
                scratch.Advance(written);
            }
        }
    }
}

/// <summary>
/// An article as the export keeps it once its worker is done with it: its bytes for each writer
/// (the parsed article itself is garbage by then), rendered now or kept by <c>--cache</c>.
/// </summary>
internal sealed record ExportedArticle(ExportChunk[] Chunks)
{
    /// <summary>Renders <paramref name="article"/> read from <paramref name="file"/> for each of <paramref name="writers"/>.</summary>
    public static ExportedArticle Render(Article article, string file, System.Collections.Generic.IReadOnlyList<ExportWriter> writers)
    {
        var chunks = new ExportChunk[writers.Count];
        for (var i = 0; i < chunks.Length; i++)
        {
            chunks[i] = writers[i].Render(article, file);
        }

        return new ExportedArticle(chunks);
    }

    /// <summary>Writes the article's bytes to each writer, in the order the writers were given.</summary>
    public void AppendTo(System.Collections.Generic.IReadOnlyList<ExportWriter> writers)
    {
        for (var i = 0; i < Chunks.Length; i++)
        {
            writers[i].Append(Chunks[i]);
        }
    }
}
