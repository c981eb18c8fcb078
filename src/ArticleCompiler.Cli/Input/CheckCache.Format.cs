using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Hashing;
using System.Text;
using ArticleCompiler.Checking;
using ArticleCompiler.Text;
using ArticleCompiler.Validation;
using Microsoft.Win32.SafeHandles;

namespace ArticleCompiler.Cli.Input;

// The file: little-endian, strings as BinaryWriter writes them (7-bit length, UTF-8).
//   magic "ARTCCHK\x1A", format version (u16);
//   the exported articles' bytes (export --cache), which the index points into;
//   the index: artc version (string), options hash (u128), registries hash (u128), registries trusted (bool);
//     folders: count (i32), then per folder its full path and the hash of the .editorconfig files above it;
//     files: count (i32), then per file its full path, folder index (i32), size, mtime and ctime in ns
//     since 1970 (i64 each), inode (u64), racy (bool), content hash (bool + u128), valid until (i64 UTC ticks),
//     identity (bool + id, revision (bool + i32), id span, id line), findings (i32 + each finding),
//     rendering (bool + key (u128), offset (i64), lengths (i32 + i32 each), XxHash3 of the bytes (u64));
//   the index's length (i64); XxHash3 (u64) of the magic, the version and the index.
// The index comes last so that an export writes its articles' bytes into the new file as they are
// rendered, and so that validate reads the index alone: the bytes are read only when used or kept.
internal sealed partial class CheckCache
{
    private static readonly byte[] Magic = "ARTCCHK\u001A"u8.ToArray();

    /// <summary>Bumped whenever the layout above changes: an older file is then dropped without a note.</summary>
    private const ushort FormatVersion = 3;

    // The magic and the version; the index's length and checksum.
    private const int PrefixLength = 10;
    private const int TailLength = 16;

    public sealed record Header(string Version, UInt128 Options, UInt128 Registries, bool RegistriesTrusted);

    /// <summary>Why a cache file was not read: null when it was, or when it is only out of date (another artc or other settings).</summary>
    private sealed class Unreadable : Exception
    {
        public Unreadable(string reason)
            : base(reason)
        {
        }
    }

    // The index (see above) of ENTRIES, whose renderings point into the file being written.
    private static byte[] SerializeIndex(Header header, IReadOnlyList<KeyValuePair<string, Entry>> entries)
    {
        using var buffer = new MemoryStream(64 + (entries.Count * 200));
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(header.Version);
            Write(writer, header.Options);
            Write(writer, header.Registries);
            writer.Write(header.RegistriesTrusted);

            var folders = new Dictionary<string, int>(StringComparer.Ordinal);
            var folderList = new List<(string Folder, UInt128 Hash)>();
            foreach (var (path, entry) in entries)
            {
                var folder = Path.GetDirectoryName(path) ?? string.Empty;
                if (folders.TryAdd(folder, folderList.Count))
                {
                    folderList.Add((folder, entry.FolderHash));
                }
            }

            writer.Write(folderList.Count);
            foreach (var (folder, hash) in folderList)
            {
                writer.Write(folder);
                Write(writer, hash);
            }

            writer.Write(entries.Count);
            foreach (var (path, entry) in entries)
            {
                writer.Write(path);
                writer.Write(folders[Path.GetDirectoryName(path) ?? string.Empty]);
                writer.Write(entry.Stamp.Size);
                writer.Write(entry.Stamp.ModifiedNs);
                writer.Write(entry.Stamp.ChangedNs);
                writer.Write(entry.Stamp.Inode);
                writer.Write(entry.Racy);
                Write(writer, entry.File);
            }
        }

        return buffer.ToArray();
    }

    // The end of the file: the index's length, and the checksum of the prefix and the index.
    private static byte[] Tail(byte[] index)
    {
        var tail = new byte[TailLength];
        BinaryPrimitives.WriteInt64LittleEndian(tail, index.LongLength);
        BinaryPrimitives.WriteUInt64LittleEndian(tail.AsSpan(sizeof(long)), Checksum(Prefix(), index));
        return tail;
    }

    private static byte[] Prefix()
    {
        var prefix = new byte[PrefixLength];
        Magic.CopyTo(prefix, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(prefix.AsSpan(Magic.Length), FormatVersion);
        return prefix;
    }

    private static ulong Checksum(ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> index)
    {
        var hash = new XxHash3();
        hash.Append(prefix);
        hash.Append(index);
        return hash.GetCurrentHashAsUInt64();
    }

    // The header and the entries of the cache FILE (none, and no header, for another layout), and
    // whether any entry has a rendering. Throws Unreadable for a file that is not a cache, or a
    // damaged or truncated one.
    private static (Header? Header, Dictionary<string, Entry> Entries, bool Renderings) Deserialize(SafeFileHandle file)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var length = RandomAccess.GetLength(file);
        var prefix = new byte[Math.Min(length, PrefixLength)];
        ReadAt(file, prefix, 0);
        if (prefix.Length < Magic.Length || !prefix.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new Unreadable(prefix.Length < Magic.Length && Magic.AsSpan().StartsWith(prefix) ? "it is truncated" : "it is not an artc cache file");
        }

        if (prefix.Length < PrefixLength)
        {
            throw new Unreadable("it is truncated");
        }

        if (BinaryPrimitives.ReadUInt16LittleEndian(prefix.AsSpan(Magic.Length)) != FormatVersion)
        {
            // Another artc's layout: out of date, not damaged.
            return (null, entries, false);
        }

        var tail = new byte[TailLength];
        if (length < PrefixLength + TailLength)
        {
            throw new Unreadable("it is truncated");
        }

        ReadAt(file, tail, length - TailLength);
        var indexLength = BinaryPrimitives.ReadInt64LittleEndian(tail);
        var renderingsEnd = length - TailLength - indexLength;
        if (indexLength < 0 || indexLength > Array.MaxLength || renderingsEnd < PrefixLength)
        {
            throw new Unreadable("it is damaged or truncated (its index is not where it says)");
        }

        var index = new byte[indexLength];
        ReadAt(file, index, renderingsEnd);
        if (BinaryPrimitives.ReadUInt64LittleEndian(tail.AsSpan(sizeof(long))) != Checksum(prefix, index))
        {
            throw new Unreadable("it is damaged or truncated (its checksum does not match)");
        }

        using var reader = new BinaryReader(new MemoryStream(index, writable: false), Encoding.UTF8);
        try
        {
            var header = new Header(reader.ReadString(), ReadUInt128(reader), ReadUInt128(reader), reader.ReadBoolean());
            if (!header.RegistriesTrusted)
            {
                return (header, entries, false);
            }

            var folders = new UInt128[Count(reader)];
            for (var i = 0; i < folders.Length; i++)
            {
                reader.ReadString();
                folders[i] = ReadUInt128(reader);
            }

            var count = Count(reader);
            var renderings = false;
            entries.EnsureCapacity(count);
            for (var i = 0; i < count; i++)
            {
                var path = reader.ReadString();
                var folder = reader.ReadInt32();
                var stamp = new FileStamp(reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadUInt64());
                var racy = reader.ReadBoolean();
                var cached = ReadFile(reader, renderingsEnd);
                renderings |= cached.Rendering is not null;
                entries[path] = new Entry((uint)folder < (uint)folders.Length ? folders[folder] : throw new Unreadable("it is damaged"), stamp, racy, cached);
            }

            if (reader.BaseStream.Position != indexLength)
            {
                throw new Unreadable("it is damaged (data after its last entry)");
            }

            return (header, entries, renderings);
        }
        catch (Exception exception) when (exception is EndOfStreamException or IOException or FormatException or ArgumentException or DecoderFallbackException)
        {
            // A checksum that matches over bytes we cannot read: written by a broken artc, or forged.
            throw new Unreadable("it is damaged");
        }
    }

    // Fills BUFFER from FILE at OFFSET; a file that ends first is a truncated one.
    private static void ReadAt(SafeFileHandle file, Span<byte> buffer, long offset)
    {
        while (buffer.Length > 0)
        {
            var read = RandomAccess.Read(file, buffer, offset);
            if (read == 0)
            {
                throw new Unreadable("it is truncated");
            }

            buffer = buffer[read..];
            offset += read;
        }
    }

    private static void Write(BinaryWriter writer, CachedFile file)
    {
        writer.Write(file.ContentHash.HasValue);
        if (file.ContentHash is { } hash)
        {
            Write(writer, hash);
        }

        writer.Write(file.ValidUntil);
        writer.Write(file.Identity is not null);
        if (file.Identity is { } identity)
        {
            writer.Write(identity.Id);
            writer.Write(identity.Revision.HasValue);
            writer.Write(identity.Revision ?? 0);
            Write(writer, identity.IdSpan);
            Write(writer, identity.IdExcerpt);
        }

        writer.Write(file.Findings.Count);
        foreach (var (finding, excerpt) in file.Findings)
        {
            writer.Write(finding.Code);
            writer.Write((byte)finding.Severity);
            writer.Write(finding.Message);
            Write(writer, finding.Span);
            Write(writer, excerpt);
        }

        writer.Write(file.Rendering is not null);
        if (file.Rendering is { } rendering)
        {
            Write(writer, rendering.Key);
            writer.Write(rendering.Offset);
            writer.Write(rendering.Lengths.Length);
            foreach (var length in rendering.Lengths)
            {
                writer.Write(length);
            }

            writer.Write(rendering.Hash);
        }
    }

    private static void Write(BinaryWriter writer, SourceExcerpt excerpt)
    {
        writer.Write(excerpt.Shown is not null);
        writer.Write(excerpt.Shown ?? string.Empty);
        writer.Write(excerpt.CaretStart);
        writer.Write(excerpt.CaretLength);
    }

    private static SourceExcerpt ReadExcerpt(BinaryReader reader)
    {
        var hasShown = reader.ReadBoolean();
        var shown = reader.ReadString();
        return new SourceExcerpt(hasShown ? shown : null, reader.ReadInt32(), reader.ReadInt32());
    }

    // An entry's CachedFile; its rendering, if any, lies between the prefix and RENDERINGSEND.
    private static CachedFile ReadFile(BinaryReader reader, long renderingsEnd)
    {
        UInt128? hash = reader.ReadBoolean() ? ReadUInt128(reader) : null;
        var validUntil = reader.ReadInt64();
        CachedIdentity? identity = null;
        if (reader.ReadBoolean())
        {
            var id = reader.ReadString();
            var hasRevision = reader.ReadBoolean();
            var revision = reader.ReadInt32();
            identity = new CachedIdentity(id, hasRevision ? revision : null, ReadSpan(reader), ReadExcerpt(reader));
        }

        var findings = new CachedFinding[Count(reader)];
        for (var i = 0; i < findings.Length; i++)
        {
            var code = reader.ReadString();
            var severity = reader.ReadByte();
            if (!Enum.IsDefined((DiagnosticSeverity)severity))
            {
                throw new Unreadable("it is damaged");
            }

            var finding = new Finding(code, (DiagnosticSeverity)severity, reader.ReadString(), ReadSpan(reader));
            findings[i] = new CachedFinding(finding, ReadExcerpt(reader));
        }

        CachedRendering? rendering = null;
        if (reader.ReadBoolean())
        {
            var key = ReadUInt128(reader);
            var offset = reader.ReadInt64();
            var lengths = new int[Count(reader)];
            var end = offset;
            for (var i = 0; i < lengths.Length; i++)
            {
                lengths[i] = reader.ReadInt32();
                end += lengths[i] >= 0 ? lengths[i] : throw new Unreadable("it is damaged");
            }

            rendering = offset >= PrefixLength && end <= renderingsEnd ? new CachedRendering(key, offset, lengths, reader.ReadUInt64()) : throw new Unreadable("it is damaged");
        }

        return new CachedFile(hash, findings, identity, validUntil) { Rendering = rendering };
    }

    // A count read from the file, checked before anything is allocated for it.
    private static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position ? count : throw new Unreadable("it is damaged");
    }

    private static void Write(BinaryWriter writer, SourceSpan span)
    {
        writer.Write(span.Start);
        writer.Write(span.Length);
        writer.Write(span.Line);
        writer.Write(span.Column);
        writer.Write(span.EndLine);
        writer.Write(span.EndColumn);
    }

    private static SourceSpan ReadSpan(BinaryReader reader) =>
        new(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());

    private static void Write(BinaryWriter writer, UInt128 value)
    {
        writer.Write((ulong)value);
        writer.Write((ulong)(value >> 64));
    }

    private static UInt128 ReadUInt128(BinaryReader reader)
    {
        var low = reader.ReadUInt64();
        return new UInt128(reader.ReadUInt64(), low);
    }
}
