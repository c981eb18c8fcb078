using System;
using System.Buffers;
using System.IO;
using System.Linq;
using ArticleCompiler.Model;
using Parquet;
using Parquet.Schema;

namespace ArticleCompiler.Cli.Output.Export;

/// <summary>
/// Writes one record kind as a Parquet file with Parquet.Net's column API (no reflection, so the
/// native artc writes it too). Workers render an article's rows into bytes (<see cref="ParquetRowSink"/>);
/// the writing thread reads them into one buffer per column, in corpus order, and writes a row
/// group every <see cref="RowGroupArticles"/> articles (by default), so memory holds one row group, not the corpus.
/// Columns are Snappy-compressed, the format's usual default.
/// </summary>
internal sealed class ParquetExportWriter : ExportWriter
{
    /// <summary>Articles a row group: large enough for columns that compress well, small enough that memory stays flat.</summary>
    public const int RowGroupArticles = 2048;

    // A row group is also closed once its texts hold this many chars (32 MiB of UTF-16), so that a
    // few huge articles cannot fill memory before the article count is reached.
    private const long RowGroupChars = 16L << 20;

    private readonly RecordKind _records;
    private readonly System.Collections.Generic.IReadOnlyList<Column> _columns;
    private readonly ParquetColumn[] _buffers;
    private readonly CharArena _chars = new();
    private readonly ParquetWriter _writer;
    private readonly int _rowGroupArticles;
    private int _articles;
    private int _rows;

    public ParquetExportWriter(Stream stream, RecordKind records, int rowGroupArticles = RowGroupArticles)
        : base(stream)
    {
        _records = records;
        _rowGroupArticles = rowGroupArticles;
        _columns = ExportRecords.Definitions(records);
        _buffers = _columns.Select(ParquetColumn.For).ToArray();
        var schema = new ParquetSchema(_buffers.Select(b => b.Field).ToArray());
        _writer = ParquetWriter.CreateAsync(schema, stream, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }).GetAwaiter().GetResult();
    }

    public override void Append(ExportChunk chunk)
    {
        var reader = new ParquetRowReader(chunk.Bytes.AsSpan(0, chunk.Length));
        while (!reader.End)
        {
            foreach (var buffer in _buffers)
            {
                buffer.Read(ref reader, _chars);
            }

            _rows++;
        }

        ArrayPool<byte>.Shared.Return(chunk.Bytes);
        if (++_articles >= _rowGroupArticles || _chars.Count >= RowGroupChars)
        {
            WriteRowGroup();
        }
    }

    public override void Complete()
    {
        WriteRowGroup();
        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();   // the footer: schema and row groups
        base.Complete();
    }

    protected override int RenderInto(ArrayBufferWriter<byte> scratch, Article article, string file)
    {
        ExportRecords.Rows(_records, article, file, Registries, new ParquetRowSink(scratch, _columns));
        return 0;
    }

    private void WriteRowGroup()
    {
        if (_rows > 0)
        {
            using var rowGroup = _writer.CreateRowGroup();
            foreach (var buffer in _buffers)
            {
                buffer.WriteAsync(rowGroup).GetAwaiter().GetResult();
                buffer.Clear();
            }

            rowGroup.CompleteValidate();
        }

        _chars.Clear();
        _articles = 0;
        _rows = 0;
    }
}
