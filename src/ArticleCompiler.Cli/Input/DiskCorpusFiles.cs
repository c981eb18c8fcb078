using System;
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
    public InputFile Read(string path) => Read(path, _maxSize);

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
    public static InputFile Read(string path, long maxSize)
    {
        EnsureReadable(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        byte[] bytes;
        int count;
        if (stream.CanSeek)
        {
            var length = stream.Length;
            if (length > maxSize)
            {
                return new InputFile(path, null, ArticleTextDecoder.TooLarge(length, maxSize));
            }

            bytes = new byte[length];
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

        var text = ArticleTextDecoder.Decode(bytes, count, out var problem);
        return new InputFile(path, text, problem) { ProblemLine = text is null && problem is not null ? LineOf(bytes, count, problem) : string.Empty };
    }

    /// <summary>
    /// Throws <see cref="NotARegularFileException"/> unless <paramref name="path"/> is a regular file
    /// (or a link to one), or a pipe or terminal handed to artc already open (/dev/stdin, /dev/fd/N).
    /// A FIFO would block the open until someone writes to it, a device can be endless, and a
    /// socket cannot be read at all; a missing file is left to the open, which says so.
    /// </summary>
    public static void EnsureReadable(string path)
    {
        var kind = FileKinds.Of(path);
        var streamed = kind is FileKind.Fifo or FileKind.CharacterDevice && FileKinds.IsOpenDescriptor(path);
        if (kind is not (FileKind.Regular or FileKind.Missing) && !streamed)
        {
            throw new NotARegularFileException(kind);
        }
    }

    // The text was valid UTF-8 up to the problem when the problem has a column past the first (a
    // NUL character): decode it leniently to show that line.
    private static string LineOf(byte[] bytes, int count, ArticleDiagnostic problem)
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
