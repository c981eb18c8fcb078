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
        var length = stream.Length;
        if (length > maxSize)
        {
            return new ArticleFile(path, null, ArticleTextDecoder.TooLarge(length, maxSize));
        }

        var bytes = new byte[length];
        var read = 0;
        while (read < bytes.Length)
        {
            var count = stream.Read(bytes, read, bytes.Length - read);
            if (count == 0)
            {
                break;
            }

            read += count;
        }

        var text = ArticleTextDecoder.Decode(bytes, read, out var problem);
        return new ArticleFile(path, text, problem);
    }
}
