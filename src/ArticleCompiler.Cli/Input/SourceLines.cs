using System;
using System.IO;

namespace ArticleCompiler.Cli.Input;

/// <summary>The text of one source line, for showing it under a finding.</summary>
internal static class SourceLines
{
    /// <summary>The line of <paramref name="text"/> that holds <paramref name="offset"/>, without its line break.</summary>
    public static string LineAt(string text, int offset)
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

    /// <summary>Line <paramref name="line"/> (1-based) of the file at <paramref name="path"/>, or an empty string.</summary>
    public static string Read(string path, int line, long maxSize)
    {
        try
        {
            var file = ArticleFile.Read(path, maxSize);
            if (file.Text is null)
            {
                return file.Problem?.Span.Line == line ? file.ProblemLine : string.Empty;
            }

            var lines = new Text.LineMap(file.Text);
            return line <= lines.LineCount ? LineAt(file.Text, lines.LineStart(line)) : string.Empty;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
