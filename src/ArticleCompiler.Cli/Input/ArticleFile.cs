using System.IO;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Cli.Input;

/// <summary>An article file read from disk: its text, or the finding that says why it has none.</summary>
internal sealed record ArticleFile(string Path, string? Text, ArticleDiagnostic? Problem)
{
    /// <summary>
    /// Reads <paramref name="path"/>: a file over <paramref name="maxSize"/> bytes or one that is not
    /// UTF-8 text gets a finding instead of text. I/O failures are thrown to the caller.
    /// </summary>
    public static ArticleFile Read(string path, long maxSize)
    {
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
        return new ArticleFile(path, text, problem);
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
