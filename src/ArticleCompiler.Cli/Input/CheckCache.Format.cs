using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Hashing;
using System.Text;
using ArticleCompiler.Checking;
using ArticleCompiler.Text;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Cli.Input;

// The file: little-endian, strings as BinaryWriter writes them (7-bit length, UTF-8).
//   magic "ARTCCHK\x1A", format version (u16), artc version (string), options hash (u128),
//   registries hash (u128), registries trusted (bool);
//   folders: count (i32), then per folder its full path and the hash of the .editorconfig files above it;
//   files: count (i32), then per file its full path, folder index (i32), size, mtime and ctime in ns
//   since 1970 (i64 each), inode (u64), racy (bool), content hash (bool + u128), valid until (i64 UTC ticks),
//   identity (bool + id, revision (bool + i32), id span, id line), findings (i32 + each finding);
//   XxHash3 (u64) of every byte before it.
internal sealed partial class CheckCache
{
    private static readonly byte[] Magic = "ARTCCHK\u001A"u8.ToArray();

    /// <summary>Bumped whenever the layout above changes: an older file is then dropped without a note.</summary>
    private const ushort FormatVersion = 2;

    public sealed record Header(string Version, UInt128 Options, UInt128 Registries, bool RegistriesTrusted);

    /// <summary>Why a cache file was not read: null when it was, or when it is only out of date (another artc or other settings).</summary>
    private sealed class Unreadable : Exception
    {
        public Unreadable(string reason)
            : base(reason)
        {
        }
    }

    private static byte[] Serialize(Header header, IReadOnlyList<KeyValuePair<string, Entry>> entries)
    {
        using var buffer = new MemoryStream(64 + (entries.Count * 160));
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
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

        var body = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var checksum = XxHash3.HashToUInt64(body);
        var bytes = new byte[body.Length + sizeof(ulong)];
        body.CopyTo(bytes);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(body.Length), checksum);
        return bytes;
    }

    // The header and the entries (none, and no header, for another layout). Throws Unreadable for
    // a file that is not a cache, or a damaged or truncated one.
    private static (Header? Header, Dictionary<string, Entry> Entries) Deserialize(byte[] bytes)
    {
        if (bytes.Length < Magic.Length || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new Unreadable(bytes.Length < Magic.Length && Magic.AsSpan().StartsWith(bytes) ? "it is truncated" : "it is not an artc cache file");
        }

        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var bodyLength = bytes.Length - sizeof(ulong);
        if (bodyLength < Magic.Length + sizeof(ushort))
        {
            throw new Unreadable("it is truncated");
        }

        using var reader = new BinaryReader(new MemoryStream(bytes, 0, bodyLength, writable: false), Encoding.UTF8);
        reader.ReadBytes(Magic.Length);
        if (reader.ReadUInt16() != FormatVersion)
        {
            // Another artc's layout: out of date, not damaged.
            return (null, entries);
        }

        var stored = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(bodyLength));
        if (stored != XxHash3.HashToUInt64(bytes.AsSpan(0, bodyLength)))
        {
            throw new Unreadable("it is damaged or truncated (its checksum does not match)");
        }

        try
        {
            var header = new Header(reader.ReadString(), ReadUInt128(reader), ReadUInt128(reader), reader.ReadBoolean());
            if (!header.RegistriesTrusted)
            {
                return (header, entries);
            }

            var folders = new UInt128[Count(reader)];
            for (var i = 0; i < folders.Length; i++)
            {
                reader.ReadString();
                folders[i] = ReadUInt128(reader);
            }

            var count = Count(reader);
            entries.EnsureCapacity(count);
            for (var i = 0; i < count; i++)
            {
                var path = reader.ReadString();
                var folder = reader.ReadInt32();
                var stamp = new FileStamp(reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadUInt64());
                var racy = reader.ReadBoolean();
                entries[path] = new Entry((uint)folder < (uint)folders.Length ? folders[folder] : throw new Unreadable("it is damaged"), stamp, racy, ReadFile(reader));
            }

            if (reader.BaseStream.Position != bodyLength)
            {
                throw new Unreadable("it is damaged (data after its last entry)");
            }

            return (header, entries);
        }
        catch (Exception exception) when (exception is EndOfStreamException or IOException or FormatException or ArgumentException or DecoderFallbackException)
        {
            // A checksum that matches over bytes we cannot read: written by a broken artc, or forged.
            throw new Unreadable("it is damaged");
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

    private static CachedFile ReadFile(BinaryReader reader)
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

        return new CachedFile(hash, findings, identity, validUntil);
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
