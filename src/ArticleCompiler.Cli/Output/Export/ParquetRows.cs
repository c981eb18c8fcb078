using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using ArticleCompiler.Model;
using Parquet;
using Parquet.Schema;

namespace ArticleCompiler.Cli.Output.Export;

/// <summary>
/// An article's rows as the Parquet writer takes them: the values of each row in column order,
/// in a compact binary form a worker writes and the writing thread reads back into column buffers
/// (<see cref="ParquetColumn"/>). Texts stay UTF-16, as .NET holds them and as Parquet.Net takes
/// them, so reading them back is a copy, not a decoding. <c>--cache</c> keeps these bytes.
/// A text is its length in chars (-1: null) and its chars; an integer a presence byte and 4
/// bytes; a date a presence byte and its UTC ticks; a list its count and its texts.
/// </summary>
internal sealed class ParquetRowSink(ArrayBufferWriter<byte> scratch, IReadOnlyList<Column> columns) : IRowSink
{
    private int _next;

    public void Text(Column column, string? value)
    {
        Expect(column, ColumnType.Text);
        WriteText(value);
    }

    public void Number(Column column, int? value)
    {
        Expect(column, ColumnType.Integer);
        var span = scratch.GetSpan(5);
        span[0] = value is null ? (byte)0 : (byte)1;
        BinaryPrimitives.WriteInt32LittleEndian(span[1..], value ?? 0);
        scratch.Advance(5);
    }

    public void Date(Column column, string? text, DateTimeOffset? value)
    {
        Expect(column, ColumnType.Date);
        var span = scratch.GetSpan(9);
        span[0] = value is null ? (byte)0 : (byte)1;
        BinaryPrimitives.WriteInt64LittleEndian(span[1..], value?.UtcTicks ?? 0);
        scratch.Advance(9);
    }

    public void List(Column column, EquatableArray<string> values)
    {
        Expect(column, ColumnType.TextList);
        BinaryPrimitives.WriteInt32LittleEndian(scratch.GetSpan(4), values.Count);
        scratch.Advance(4);
        for (var i = 0; i < values.Count; i++)
        {
            WriteText(values[i]);
        }
    }

    public void StartRow() => _next = 0;

    public void EndRow()
    {
        if (_next != columns.Count)
        {
            throw new InvalidOperationException($"a row of {_next} values for {columns.Count} columns");
        }
    }

    // The schema was made from the same column list: a value out of its place, or of another type
    // than its column declares, is a bug here, not a file to write.
    private void Expect(Column column, ColumnType type)
    {
        if (_next >= columns.Count || !ReferenceEquals(columns[_next], column) || column.Type != type)
        {
            throw new InvalidOperationException($"column '{column.Name}' written out of order or as {type}, not {column.Type}");
        }

        _next++;
    }

    private void WriteText(string? value)
    {
        var length = value?.Length ?? -1;
        var bytes = MemoryMarshal.AsBytes((value ?? string.Empty).AsSpan());
        var span = scratch.GetSpan(4 + bytes.Length);
        BinaryPrimitives.WriteInt32LittleEndian(span, length);
        bytes.CopyTo(span[4..]);
        scratch.Advance(4 + bytes.Length);
    }
}

/// <summary>Reads back what <see cref="ParquetRowSink"/> wrote, value by value.</summary>
internal ref struct ParquetRowReader(ReadOnlySpan<byte> bytes)
{
    private ReadOnlySpan<byte> _bytes = bytes;

    public readonly bool End => _bytes.IsEmpty;

    /// <summary>The next text, copied into <paramref name="chars"/>; null for null.</summary>
    public ReadOnlyMemory<char>? Text(CharArena chars)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(_bytes);
        if (length < 0)
        {
            _bytes = _bytes[4..];
            return null;
        }

        var text = chars.Copy(MemoryMarshal.Cast<byte, char>(_bytes.Slice(4, length * 2)));
        _bytes = _bytes[(4 + (length * 2))..];
        return text;
    }

    public int? Number()
    {
        int? value = _bytes[0] == 0 ? null : BinaryPrimitives.ReadInt32LittleEndian(_bytes[1..]);
        _bytes = _bytes[5..];
        return value;
    }

    public DateTime? Date()
    {
        DateTime? value = _bytes[0] == 0 ? null : new DateTime(BinaryPrimitives.ReadInt64LittleEndian(_bytes[1..]), DateTimeKind.Utc);
        _bytes = _bytes[9..];
        return value;
    }

    public int Count()
    {
        var count = BinaryPrimitives.ReadInt32LittleEndian(_bytes);
        _bytes = _bytes[4..];
        return count;
    }
}

/// <summary>
/// The chars of a row group's texts, in large blocks reused from one row group to the next:
/// Parquet.Net takes texts as <see cref="ReadOnlyMemory{T}"/> of chars, so a row group's texts
/// cost a few arrays, not a string each.
/// </summary>
internal sealed class CharArena
{
    private const int BlockSize = 1 << 20;
    private readonly List<char[]> _blocks = new();
    private int _block = -1;
    private int _used = BlockSize;

    /// <summary>The chars held since the last <see cref="Clear"/>.</summary>
    public long Count { get; private set; }

    public ReadOnlyMemory<char> Copy(ReadOnlySpan<char> text)
    {
        Count += text.Length;
        if (text.Length > BlockSize / 4)
        {
            return text.ToArray();   // a text that large gets its own array, not a block's end
        }

        if (_used + text.Length > BlockSize)
        {
            _block++;
            if (_block == _blocks.Count)
            {
                _blocks.Add(new char[BlockSize]);
            }

            _used = 0;
        }

        var block = _blocks[_block];
        text.CopyTo(block.AsSpan(_used));
        var copied = new ReadOnlyMemory<char>(block, _used, text.Length);
        _used += text.Length;
        return copied;
    }

    /// <summary>Forgets the texts (once their row group is written); the blocks are kept for the next.</summary>
    public void Clear()
    {
        _block = -1;
        _used = BlockSize;
        Count = 0;
    }
}

/// <summary>
/// One column's values for the row group under way, and the Parquet field it is written as:
/// the type follows the <see cref="Column"/> the other formats write (docs/export.md, Parquet).
/// </summary>
internal abstract class ParquetColumn
{
    /// <summary>The field of the file's schema.</summary>
    public abstract Field Field { get; }

    public static ParquetColumn For(Column column) => column.Type switch
    {
        ColumnType.Integer => new IntegerColumn(column),
        ColumnType.Date => new DateColumn(column),
        ColumnType.TextList => new TextListColumn(column),
        _ => new TextColumn(column),
    };

    /// <summary>Reads the column's value of the next row.</summary>
    public abstract void Read(ref ParquetRowReader reader, CharArena chars);

    /// <summary>Writes the values read since the last <see cref="Clear"/> as the column of <paramref name="rowGroup"/>.</summary>
    public abstract Task WriteAsync(ParquetRowGroupWriter rowGroup);

    public abstract void Clear();

    /// <summary>Values appended to an array that grows as needed and is reused for the next row group.</summary>
    protected struct Values<T>()
    {
        private T[] _items = new T[1024];

        public int Count { get; private set; }

        public readonly ReadOnlyMemory<T> Memory => new(_items, 0, Count);

        public void Add(T item)
        {
            if (Count == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
            }

            _items[Count++] = item;
        }

        public void Clear()
        {
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
            {
                Array.Clear(_items, 0, Count);   // the texts of a row group are not kept alive past it
            }

            Count = 0;
        }
    }

    private sealed class TextColumn(Column column) : ParquetColumn
    {
        private readonly DataField _field = new DataField<string>(column.Name, true);
        private Values<ReadOnlyMemory<char>?> _values = new();

        public override Field Field => _field;

        public override void Read(ref ParquetRowReader reader, CharArena chars) => _values.Add(reader.Text(chars));

        public override Task WriteAsync(ParquetRowGroupWriter rowGroup) => rowGroup.WriteAsync<ReadOnlyMemory<char>>(_field, _values.Memory);

        public override void Clear() => _values.Clear();
    }

    private sealed class IntegerColumn(Column column) : ParquetColumn
    {
        private readonly DataField _field = new DataField<int>(column.Name, !column.Required);
        private Values<int?> _values = new();
        private Values<int> _required = new();

        public override Field Field => _field;

        public override void Read(ref ParquetRowReader reader, CharArena chars)
        {
            var value = reader.Number();
            if (column.Required)
            {
                _required.Add(value ?? throw new InvalidOperationException($"null in the required column '{column.Name}'"));
            }
            else
            {
                _values.Add(value);
            }
        }

        public override Task WriteAsync(ParquetRowGroupWriter rowGroup) => column.Required
            ? rowGroup.WriteAsync<int>(_field, _required.Memory)
            : rowGroup.WriteAsync<int>(_field, _values.Memory);

        public override void Clear()
        {
            _values.Clear();
            _required.Clear();
        }
    }

    // An instant to the microsecond, UTC: Parquet's TIMESTAMP(isAdjustedToUTC=true, MICROS), which
    // DuckDB reads as TIMESTAMP WITH TIME ZONE and Spark as its TimestampType.
    private sealed class DateColumn(Column column) : ParquetColumn
    {
        private readonly DataField _field = new DateTimeDataField(column.Name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Micros, isNullable: true);
        private Values<DateTime?> _values = new();

        public override Field Field => _field;

        public override void Read(ref ParquetRowReader reader, CharArena chars) => _values.Add(reader.Date());

        public override Task WriteAsync(ParquetRowGroupWriter rowGroup) => rowGroup.WriteAsync<DateTime>(_field, _values.Memory);

        public override void Clear() => _values.Clear();
    }

    // A LIST of non-null texts in Parquet's three-level form (aliases.list.element), which every
    // reader takes as a list. The levels are written out: a list is never null here, so an empty
    // one is definition level 1 and each item 2; an item after the first of its list repeats at level 1.
    private sealed class TextListColumn : ParquetColumn
    {
        private readonly DataField _item = new DataField<string>(ListField.ElementName, false);
        private readonly ListField _field;
        private Values<ReadOnlyMemory<char>> _values = new();
        private Values<int> _definitions = new();
        private Values<int> _repetitions = new();

        public TextListColumn(Column column) => _field = new ListField(column.Name, _item);

        public override Field Field => _field;

        public override void Read(ref ParquetRowReader reader, CharArena chars)
        {
            var count = reader.Count();
            if (count == 0)
            {
                _definitions.Add(_item.MaxDefinitionLevel - 1);
                _repetitions.Add(0);
                return;
            }

            for (var i = 0; i < count; i++)
            {
                _values.Add(reader.Text(chars)!.Value);
                _definitions.Add(_item.MaxDefinitionLevel);
                _repetitions.Add(i == 0 ? 0 : _item.MaxRepetitionLevel);
            }
        }

        public override Task WriteAsync(ParquetRowGroupWriter rowGroup) =>
            rowGroup.WriteAllPartsAsync<ReadOnlyMemory<char>>(_item, _values.Memory, _definitions.Memory, _repetitions.Memory, default);

        public override void Clear()
        {
            _values.Clear();
            _definitions.Clear();
            _repetitions.Clear();
        }
    }
}
