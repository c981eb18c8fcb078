using System;
using System.Text;
using ArticleCompiler.Text;

namespace ArticleCompiler.Checking;

/// <summary>
/// The part of a finding's source line that the text format shows (at most about
/// <see cref="Window"/> characters around the span, tabs as spaces), and where the caret goes in it.
/// Made in time proportional to the window, never to the line: a 60 KB line with thousands of
/// findings costs each finding one window, not one copy of the line.
/// </summary>
/// <param name="Shown">The characters shown; null when there is nothing to show (an empty first column).</param>
/// <param name="CaretStart">Where the caret starts in <paramref name="Shown"/>.</param>
/// <param name="CaretLength">How many characters the caret line underlines.</param>
public readonly record struct SourceExcerpt(string? Shown, int CaretStart, int CaretLength)
{
    /// <summary>The most characters of a line shown around a span.</summary>
    public const int Window = 100;

    /// <summary>Nothing to show.</summary>
    public static SourceExcerpt None => default;

    /// <summary>
    /// The excerpt of <paramref name="span"/> in <paramref name="file"/>: from its text, or, when it
    /// has none, from the line its problem points into (<see cref="InputFile.ProblemLine"/>).
    /// </summary>
    public static SourceExcerpt In(InputFile file, SourceSpan span) =>
        file.Text is null ? FromLine(file.ProblemLine, span) : FromText(file.Text, span);

    /// <summary>The excerpt of <paramref name="span"/> from <paramref name="line"/>, the whole line it starts on.</summary>
    public static SourceExcerpt FromLine(string line, SourceSpan span) => Build(line, 0, line.Length, false, span);

    /// <summary>
    /// The excerpt of <paramref name="span"/> from <paramref name="text"/>, the whole text the span
    /// was found in. Only the characters from the span to the end of the window are read: the span's
    /// column already says where its line starts.
    /// </summary>
    public static SourceExcerpt FromText(string? text, SourceSpan span)
    {
        if (text is null)
        {
            return None;
        }

        var offset = Math.Min(Math.Max(span.Start, 0), text.Length);
        var lineStart = Math.Max(0, offset - Math.Max(0, span.Column - 1));
        var reach = offset + Window + 1;
        var end = offset;
        while (end < text.Length && end < reach && text[end] != '\n' && text[end] != '\r')
        {
            end++;
        }

        var more = end == reach && end < text.Length && text[end] != '\n' && text[end] != '\r';
        return Build(text, lineStart, end - lineStart, more, span);
    }

    // The line is text[lineStart, lineStart + known), and goes on beyond that when 'more' is set.
    private static SourceExcerpt Build(string text, int lineStart, int known, bool more, SourceSpan span)
    {
        if (known == 0 && !more && span.Column <= 1)
        {
            return None;
        }

        var start = Math.Min(Math.Max(span.Column - 1, 0), known);
        var length = span.EndLine == span.Line ? Math.Max(1, span.EndColumn - span.Column) : Math.Max(1, known - start);
        var from = 0;
        var to = known;
        var prefix = string.Empty;
        var suffix = string.Empty;
        if (more || known > Window)
        {
            from = Math.Max(0, start - (Window / 3));
            to = Math.Min(known, Math.Max(from + Window, start + Math.Min(length, Window)));
            prefix = from > 0 ? "\u2026" : string.Empty;
            suffix = more || to < known ? "\u2026" : string.Empty;
        }

        var shown = new StringBuilder(prefix, Window + 2);
        shown.Append(text, lineStart + from, to - from).Replace('\t', ' ');
        shown.Append(suffix);
        var caretStart = prefix.Length + (start - from);
        var caretLength = Math.Max(1, Math.Min(length, to - start));
        return new SourceExcerpt(shown.ToString(), caretStart, caretLength);
    }
}
