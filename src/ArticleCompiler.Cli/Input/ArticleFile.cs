using System.IO;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Cli.Input;

/// <summary>An article file read from disk: its text, or the finding that says why it has none.</summary>
internal sealed record ArticleFile(string Path, string? Text, ArticleDiagnostic? Problem)
{
    /// <summary>
    /// The line <see cref="Problem"/> points into, control characters shown as symbols (a NUL as
    /// U+2400), so the caret can stand under the character; empty when it points at no line.
    /// </summary>
    public string ProblemLine { get; init; } = string.Empty;

    /// <summary>
    /// Reads <paramref name="path"/>: a file over <paramref name="maxSize"/> bytes or one that is not
    /// UTF-8 text gets a finding instead of text. I/O failures are thrown to the caller, and so is
    /// a path that is not a regular file (<see cref="NotARegularFileException"/>), without opening it.
    /// </summary>
    public static ArticleFile Read(string path, long maxSize)
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
                return new ArticleFile(path, null, ArticleTextDecoder.TooLarge(length, maxSize));
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
                    return new ArticleFile(path, null, ArticleTextDecoder.TooLarge(buffer.Length, maxSize));
                }
            }

            bytes = buffer.ToArray();
            count = bytes.Length;
        }

        var text = ArticleTextDecoder.Decode(bytes, count, out var problem);
        return new ArticleFile(path, text, problem) { ProblemLine = text is null && problem is not null ? LineOf(bytes, count, problem) : string.Empty };
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
        var line = new System.Text.StringBuilder(SourceLines.LineAt(text, problem.Span.Start));
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
}
