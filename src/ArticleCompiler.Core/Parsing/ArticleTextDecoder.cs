using System;
using System.Text;
using ArticleCompiler.Text;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Parsing;

/// <summary>Turns the bytes of an article file into text: UTF-8, with or without a byte-order mark.</summary>
public static class ArticleTextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The default largest file read: 16 MiB.</summary>
    public const long DefaultMaximumSize = 16L * 1024 * 1024;

    /// <summary>
    /// Decodes <paramref name="bytes"/>; on failure returns null and sets <paramref name="problem"/>
    /// to an ARTC010 finding (invalid UTF-8, or a NUL character, which no text file holds).
    /// </summary>
    public static string? Decode(byte[] bytes, int count, out Finding? problem)
    {
        problem = null;
        var start = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, start, count - start);
        }
        catch (DecoderFallbackException exception)
        {
            var offset = start + Math.Max(0, exception.Index);
            problem = Finding.Create(DiagnosticDescriptors.NotText, FirstCharacter(), $"invalid UTF-8 at byte {offset}");
            return null;
        }

        problem = FindNotText(text);
        return problem is null ? text : null;
    }

    /// <summary>
    /// An ARTC010 finding when decoded <paramref name="text"/> holds a NUL character (no text file
    /// does), else null. For callers that get text already decoded, such as the compiler.
    /// </summary>
    public static Finding? FindNotText(string text)
    {
        var nul = text.IndexOf('\0');
        return nul < 0 ? null : Finding.Create(DiagnosticDescriptors.NotText, new LineMap(text).Span(nul, 1), "it contains a NUL character");
    }

    /// <summary>An ARTC011 finding for a file of <paramref name="size"/> bytes over <paramref name="limit"/>.</summary>
    public static Finding TooLarge(long size, long limit) =>
        Finding.Create(DiagnosticDescriptors.FileTooLarge, FirstCharacter(), size, limit);

    private static SourceSpan FirstCharacter() => new(0, 0, 1, 1, 1, 1);
}
