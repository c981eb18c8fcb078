using System.Collections.Generic;
using System.IO;
using ArticleCompiler.Diffing;
using static ArticleCompiler.Cli.Output.Diff.HtmlDiffWriter;

namespace ArticleCompiler.Cli.Output.Diff;

/// <summary>
/// A sentence's words for the HTML page, each with what happened to it and the quote it belongs to,
/// so that deleted and inserted words can be marked inside a quote that is marked with its speaker.
/// Words are counted as <see cref="WordDiff"/> cuts them, as <see cref="QuoteMark"/> counts them.
/// </summary>
internal static class HtmlSentenceTokens
{
    /// <summary>A word, what happened to it, and the index of its quote among the marks (-1: none).</summary>
    public readonly record struct Token(WordOperation Operation, string Word, int Quote);

    /// <summary>The words of a word diff; equal and inserted words are counted on the new side, whose marks say their quote.</summary>
    public static List<Token> FromWords(IReadOnlyList<WordChange> runs, IReadOnlyList<QuoteMark> newMarks)
    {
        var tokens = new List<Token>();
        var newWord = 0;
        foreach (var run in runs)
        {
            foreach (var word in run.Text.Split(' '))
            {
                var quote = run.Operation == WordOperation.Deleted ? -1 : QuoteOf(newMarks, newWord++);
                tokens.Add(new Token(run.Operation, word, quote));
            }
        }

        // A deleted word inside a quote (between two of its words) belongs to it.
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Operation != WordOperation.Deleted)
            {
                continue;
            }

            var before = i - 1;
            while (before >= 0 && tokens[before].Operation == WordOperation.Deleted)
            {
                before--;
            }

            var after = i + 1;
            while (after < tokens.Count && tokens[after].Operation == WordOperation.Deleted)
            {
                after++;
            }

            if (before >= 0 && after < tokens.Count && tokens[before].Quote >= 0 && tokens[before].Quote == tokens[after].Quote)
            {
                tokens[i] = tokens[i] with { Quote = tokens[before].Quote };
            }
        }

        return tokens;
    }

    /// <summary>The words of a whole sentence, all with one operation.</summary>
    public static List<Token> FromText(string text, WordOperation operation, IReadOnlyList<QuoteMark> marks)
    {
        var tokens = new List<Token>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var space = i == text.Length || (char.IsWhiteSpace(text[i]) && !TextKey.IsTypographicSpace(text[i]));
            if (space && start >= 0)
            {
                tokens.Add(new Token(operation, text.Substring(start, i - start), QuoteOf(marks, tokens.Count)));
                start = -1;
            }
            else if (!space && start < 0)
            {
                start = i;
            }
        }

        return tokens;
    }

    /// <summary>
    /// Writes the tokens: runs of deleted and inserted words in &lt;del&gt; and &lt;ins&gt;, each quote in
    /// a span followed by its speaker (the old speaker struck through when the words were given to another).
    /// </summary>
    public static void Write(TextWriter output, IReadOnlyList<Token> tokens, IReadOnlyList<QuoteMark> marks, IReadOnlyList<QuoteMark>? oldMarks, IReadOnlyDictionary<string, string> names)
    {
        var operation = WordOperation.Equal;
        var quote = -1;
        var lastOf = new Dictionary<int, int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            lastOf[tokens[i].Quote] = i;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (i > 0 && (token.Quote != quote || token.Operation != operation))
            {
                output.Write(Close(operation));
                if (token.Quote != quote)
                {
                    EndQuote(output, quote, lastOf[quote] == i - 1, marks, oldMarks, names);
                }
            }

            if (i > 0)
            {
                output.Write(' ');
            }

            if (i == 0 || token.Quote != quote)
            {
                if (token.Quote >= 0)
                {
                    output.Write($"<span class=\"quote\" title=\"{E(DiffNames.Of(marks[token.Quote].Kind))} quote of {E(Named(names, marks[token.Quote]))}\">");
                }

                output.Write(Open(token.Operation));
            }
            else if (token.Operation != operation)
            {
                output.Write(Open(token.Operation));
            }

            operation = token.Operation;
            quote = token.Quote;
            output.Write(E(token.Word));
        }

        output.Write(Close(operation));
        EndQuote(output, quote, true, marks, oldMarks, names);
    }

    private static void EndQuote(TextWriter output, int quote, bool last, IReadOnlyList<QuoteMark> marks, IReadOnlyList<QuoteMark>? oldMarks, IReadOnlyDictionary<string, string> names)
    {
        if (quote < 0)
        {
            return;
        }

        // The speaker follows the quote's last words: a quote of three sentences, or one around
        // another speaker's quote, is named once.
        var mark = marks[quote];
        if (!mark.Ends || !last)
        {
            output.Write("</span>");
            return;
        }

        // The old side's quotes pair with the new side's by order when there are as many.
        var speaker = E(Named(names, mark));
        if (oldMarks is not null && oldMarks.Count == marks.Count && oldMarks[quote].SpeakerKey != mark.SpeakerKey)
        {
            speaker = $"<del>{E(Named(names, oldMarks[quote]))}</del> <ins>{speaker}</ins>";
        }

        output.Write($"</span> <span class=\"speaker\">{speaker}</span>");
    }

    // The name this mark gives, else the name the page knows for its key, else @key.
    private static string Named(IReadOnlyDictionary<string, string> names, QuoteMark mark) =>
        mark.SpeakerName is { Length: > 0 } name ? name : names.TryGetValue(mark.SpeakerKey, out var known) ? known : "@" + mark.SpeakerKey;

    // The innermost quote that holds the word (a speaker quoted inside another's quote).
    private static int QuoteOf(IReadOnlyList<QuoteMark> marks, int word)
    {
        var found = -1;
        for (var m = 0; m < marks.Count; m++)
        {
            if (word >= marks[m].FirstWord && word < marks[m].FirstWord + marks[m].WordCount && (found < 0 || marks[m].WordCount < marks[found].WordCount))
            {
                found = m;
            }
        }

        return found;
    }

    private static string Open(WordOperation operation) => operation switch
    {
        WordOperation.Deleted => "<del>",
        WordOperation.Inserted => "<ins>",
        _ => string.Empty,
    };

    private static string Close(WordOperation operation) => operation switch
    {
        WordOperation.Deleted => "</del>",
        WordOperation.Inserted => "</ins>",
        _ => string.Empty,
    };
}
