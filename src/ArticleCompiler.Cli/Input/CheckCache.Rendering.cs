using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.IO.Hashing;
using System.Threading;
using ArticleCompiler.Cli.Output;
using ArticleCompiler.Cli.Output.Export;

namespace ArticleCompiler.Cli.Input;

// export --cache: each article's bytes, as the export wrote them, kept with the article's entry.
// The bytes are written into the new cache file as the workers render them (the index follows at
// the end), and read from the old one with positioned reads, one article at a time: memory stays
// flat however large the corpus. A validate run never reads them; it copies those it keeps.
internal sealed partial class CheckCache
{
    private readonly object _renderingsGate = new();
    private AtomicBatch? _output;
    private Stream? _outputStream;
    private string? _outputProblem;
    private int _damagedRenderings;

    /// <summary>
    /// What identifies an export for its cached bytes: <paramref name="description"/> (the format and
    /// the records of each output), and the current folder, which the registry column's paths are relative to.
    /// </summary>
    public static UInt128 ExportKey(string description) => Hashes.Of(description + "\n" + Environment.CurrentDirectory);

    /// <summary>
    /// The bytes of <paramref name="rendering"/> as export <paramref name="export"/> writes the file
    /// named <paramref name="path"/>, one chunk per output (none: the file has no article); null when
    /// the cache holds them for another export or name, or they are damaged (then exported anew).
    /// Each chunk is rented, as <see cref="ExportWriter.Render"/>'s are. Called in parallel.
    /// </summary>
    public ExportChunk[]? Read(CachedRendering rendering, UInt128 export, string path)
    {
        if (rendering.Key != KeyOf(export, path))
        {
            return null;
        }

        var chunks = new ExportChunk[rendering.Lengths.Length];
        if (chunks.Length == 0)
        {
            return chunks;
        }

        var source = _source;
        var offset = rendering.Offset;
        var hash = new XxHash3();
        var read = 0;
        try
        {
            for (; read < chunks.Length && source is not null; read++)
            {
                var length = rendering.Lengths[read];
                chunks[read] = new ExportChunk(ArrayPool<byte>.Shared.Rent(Math.Max(1, length)), length);
                ReadAt(source, chunks[read].Bytes.AsSpan(0, length), offset);
                hash.Append(chunks[read].Bytes.AsSpan(0, length));
                offset += length;
            }

            if (source is not null && hash.GetCurrentHashAsUInt64() == rendering.Hash)
            {
                return chunks;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or Unreadable)
        {
            // Truncated or unreadable since the index was read: damaged too.
        }

        Interlocked.Increment(ref _damagedRenderings);
        for (var i = 0; i < read; i++)
        {
            ArrayPool<byte>.Shared.Return(chunks[i].Bytes);
        }

        return null;
    }

    /// <summary>
    /// Writes <paramref name="chunks"/>, the bytes export <paramref name="export"/> rendered for the
    /// file named <paramref name="path"/> (none: it has no article), into the cache file being written;
    /// what the entry keeps of them, or null when the cache is not written. Called in parallel.
    /// </summary>
    public CachedRendering? Store(UInt128 export, string path, IReadOnlyList<ExportChunk> chunks)
    {
        var lengths = new int[chunks.Count];
        var hash = new XxHash3();
        for (var i = 0; i < lengths.Length; i++)
        {
            lengths[i] = chunks[i].Length;
            hash.Append(chunks[i].Bytes.AsSpan(0, chunks[i].Length));
        }

        if (lengths.Length == 0)
        {
            return new CachedRendering(KeyOf(export, path), PrefixLength, lengths, hash.GetCurrentHashAsUInt64()) { Fresh = true };
        }

        lock (_renderingsGate)
        {
            var output = Output(out _);
            if (output is null)
            {
                return null;
            }

            try
            {
                var offset = output.Position;
                foreach (var chunk in chunks)
                {
                    output.Write(chunk.Bytes, 0, chunk.Length);
                }

                return new CachedRendering(KeyOf(export, path), offset, lengths, hash.GetCurrentHashAsUInt64()) { Fresh = true };
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // The disk is full, say: the run goes on, and Save says why there is no cache.
                _outputProblem = exception.Message;
                _output?.Dispose();
                _output = null;
                _outputStream = null;
                return null;
            }
        }
    }

    // The key of the bytes export EXPORT writes for the file named PATH.
    private static UInt128 KeyOf(UInt128 export, string path) => Hashes.Of(path, export, export);

    // The new cache file, opened at the first bytes written into it (its magic and version first);
    // null after PROBLEM says why it cannot be written (null: it is not a regular file).
    private Stream? Output(out string? problem)
    {
        lock (_renderingsGate)
        {
            problem = _outputProblem;
            if (_outputStream is not null || !_writable || problem is not null)
            {
                return _outputStream;
            }

            try
            {
                var target = AtomicFile.Resolve(_file, out problem);
                if (target is not { Kind: AtomicFile.Kind.Replace })
                {
                    _outputProblem = problem ??= "it is not a regular file";
                    return null;
                }

                _output = new AtomicBatch("." + Path.GetFileName(target.Replaced) + ".");
                _outputStream = _output.Add(target);
                _outputStream.Write(Prefix());
                return _outputStream;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                _outputProblem = problem = exception.Message;
                _output?.Dispose();
                _output = null;
                _outputStream = null;
                return null;
            }
        }
    }

    // The renderings the entries kept from the cache file read, copied into the one written (their
    // new offsets in the entries); one whose bytes no longer match its hash is dropped.
    private void CopyRenderings(List<KeyValuePair<string, Entry>> entries, Stream output)
    {
        byte[] buffer = Array.Empty<byte>();
        for (var i = 0; i < entries.Count; i++)
        {
            var (path, entry) = entries[i];
            if (entry.File.Rendering is not { Fresh: false } rendering)
            {
                continue;
            }

            var kept = (CachedRendering?)null;
            var length = rendering.Length;
            if (length == 0)
            {
                // No bytes (an article without speakers, in speakers.csv), but an offset all the same:
                // the old one may lie past the end of the bytes of the new file.
                kept = rendering with { Offset = PrefixLength };
            }
            else if (_source is not null && length <= Array.MaxLength)
            {
                if (buffer.Length < length)
                {
                    Return(buffer);
                    buffer = ArrayPool<byte>.Shared.Rent((int)length);
                }

                var bytes = buffer.AsSpan(0, (int)length);
                try
                {
                    ReadAt(_source, bytes, rendering.Offset);
                    if (XxHash3.HashToUInt64(bytes) == rendering.Hash)
                    {
                        kept = rendering with { Offset = output.Position };
                        output.Write(bytes);
                    }
                }
                catch (Unreadable)
                {
                    // Truncated since the index was read.
                }
            }

            if (kept is null)
            {
                _damagedRenderings++;
            }

            entries[i] = new(path, entry with { File = entry.File with { Rendering = kept } });
        }

        Return(buffer);
    }

    private static void Return(byte[] buffer)
    {
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
