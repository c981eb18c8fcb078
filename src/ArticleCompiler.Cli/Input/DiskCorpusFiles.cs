using System;
using System.Buffers;
using System.IO;
using ArticleCompiler.Checking;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Cli.Input;

/// <summary>The files of a corpus on disk, as the core's <see cref="CorpusCheck"/> reads them.</summary>
internal sealed class DiskCorpusFiles : ICorpusFiles
{
    private readonly long _maxSize;

    // The current folder, asked for once: a relative path is made absolute against it per file.
    private readonly string _currentFolder = Environment.CurrentDirectory;

    /// <summary>Files over <paramref name="maxSize"/> bytes are not read (ARTC011).</summary>
    public DiskCorpusFiles(long maxSize) => _maxSize = maxSize;

    /// <inheritdoc />
    public InputFile Read(string path) => Read(path, _maxSize, FullPath(path));

    /// <inheritdoc />
    public bool IsFile(string path) => File.Exists(path);

    /// <inheritdoc />
    public string? ReadConfiguration(string path)
    {
        try
        {
            // Only a regular file: a FIFO named .editorconfig would block the read forever.
            return FileKinds.Of(path) == FileKind.Regular ? File.ReadAllText(path) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;   // an unreadable .editorconfig configures nothing, as in the build
        }
    }

    /// <inheritdoc />
    public string FullPath(string path) => Path.GetFullPath(path, _currentFolder);

    /// <inheritdoc />
    public string RealPath(string fullPath) => ArticleFileFinder.RealPath(fullPath);

    /// <inheritdoc />
    public string DisplayPath(string fullPath) => Path.GetRelativePath(_currentFolder, fullPath);

    /// <summary>
    /// Reads <paramref name="path"/>: a file over <paramref name="maxSize"/> bytes or one that is not
    /// UTF-8 text gets a finding instead of text. I/O failures are thrown to the caller, and so is
    /// a path that is not a regular file (<see cref="NotARegularFileException"/>), without opening it.
    /// </summary>
    public static InputFile Read(string path, long maxSize) => Read(path, maxSize, null);

    // fullPath: the path made absolute already, so that opening it asks for no current folder
    // (.NET opens a file by its full path and works it out from a relative one with getcwd(2)).
    private static InputFile Read(string path, long maxSize, string? fullPath)
    {
        var kind = EnsureReadable(path, out var size);
        if (kind == FileKind.Regular && size is { } length)
        {
            return ReadRegular(path, fullPath ?? path, length, maxSize);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        byte[] bytes;
        int count;
        if (stream.CanSeek)
        {
            var streamLength = stream.Length;
            if (streamLength > maxSize)
            {
                return new InputFile(path, null, ArticleTextDecoder.TooLarge(streamLength, maxSize));
            }

            bytes = new byte[streamLength];
            count = ReadUpTo(stream, bytes, bytes.Length);
        }
        else
        {
            // A pipe or FIFO (/dev/stdin, <(...)) has no length: read up to one byte past the limit.
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxSize)
                {
                    return new InputFile(path, null, ArticleTextDecoder.TooLarge(buffer.Length, maxSize));
                }
            }

            bytes = buffer.ToArray();
            count = bytes.Length;
        }

        return Decode(path, bytes, count);
    }

    // A regular file whose size stat(2) already gave: one open, reads into a pooled buffer (a
    // fresh array would be zeroed first, only to be overwritten), no seek or second fstat for the
    // length. A file that grows meanwhile is read up to the size stat saw, as a stream read is.
    // On 64-bit Linux through libc (UnixFile): .NET's open adds an fstat(2) per file to refuse
    // folders, which the stat before has done; it also takes the path made absolute, whose every
    // component the kernel then looks up again. Where that open fails, .NET's says why.
    private static InputFile ReadRegular(string path, string fullPath, long length, long maxSize)
    {
        if (UnixFile.Open(path) is { } descriptor)
        {
            try
            {
                return length > maxSize
                    ? new InputFile(path, null, ArticleTextDecoder.TooLarge(length, maxSize))
                    : ReadAll(path, length, (buffer, offset) => UnixFile.Read(descriptor, buffer, offset));
            }
            finally
            {
                UnixFile.Close(descriptor);
            }
        }

        using var handle = File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (length > maxSize)
        {
            return new InputFile(path, null, ArticleTextDecoder.TooLarge(length, maxSize));
        }

        return ReadAll(path, length, (buffer, offset) => RandomAccess.Read(handle, buffer, offset));
    }

    private delegate int ReadAt(Span<byte> buffer, long offset);

    private static InputFile ReadAll(string path, long length, ReadAt read)
    {
        var bytes = ArrayPool<byte>.Shared.Rent((int)Math.Max(length, 1));
        try
        {
            var count = 0;
            while (count < length)
            {
                var n = read(bytes.AsSpan(count, (int)length - count), count);
                if (n == 0)
                {
                    break;
                }

                count += n;
            }

            return Decode(path, bytes, count);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static InputFile Decode(string path, byte[] bytes, int count)
    {
        var text = ArticleTextDecoder.Decode(bytes, count, out var problem);
        return new InputFile(path, text, problem) { ProblemLine = text is null && problem is not null ? LineOf(bytes, count, problem) : string.Empty };
    }

    /// <summary>
    /// Throws <see cref="NotARegularFileException"/> unless <paramref name="path"/> is a regular file
    /// (or a link to one), or a pipe or terminal handed to artc already open (/dev/stdin, /dev/fd/N).
    /// A FIFO would block the open until someone writes to it, a device can be endless, and a
    /// socket cannot be read at all; a missing file is left to the open, which says so.
    /// </summary>
    public static void EnsureReadable(string path) => EnsureReadable(path, out _);

    // The kind of file it is and, for a regular file, its size as stat(2) told it (null when unknown).
    private static FileKind EnsureReadable(string path, out long? size)
    {
        var kind = FileKinds.Of(path, out size);
        var streamed = kind is FileKind.Fifo or FileKind.CharacterDevice && FileKinds.IsOpenDescriptor(path);
        if (kind is not (FileKind.Regular or FileKind.Missing) && !streamed)
        {
            throw new NotARegularFileException(kind);
        }

        return kind;
    }

    // The text was valid UTF-8 up to the problem when the problem has a column past the first (a
    // NUL character): decode it leniently to show that line.
    private static string LineOf(byte[] bytes, int count, Finding problem)
    {
        if (problem.Span.Start == 0)
        {
            return string.Empty;
        }

        var start = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var text = new System.Text.UTF8Encoding(false).GetString(bytes, start, count - start);
        var line = new System.Text.StringBuilder(LineAt(text, problem.Span.Start));
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] < ' ' && line[i] != '\t')
            {
                line[i] = (char)(0x2400 + line[i]);
            }
        }

        return line.ToString();
    }

    private static int ReadUpTo(Stream stream, byte[] bytes, int count)
    {
        var read = 0;
        while (read < count)
        {
            var n = stream.Read(bytes, read, count - read);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return read;
    }

    // The line of text that holds offset, without its line break.
    private static string LineAt(string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var start = offset;
        while (start > 0 && text[start - 1] != '\n' && text[start - 1] != '\r')
        {
            start--;
        }

        var end = offset;
        while (end < text.Length && text[end] != '\n' && text[end] != '\r')
        {
            end++;
        }

        return text.Substring(start, end - start);
    }
}
