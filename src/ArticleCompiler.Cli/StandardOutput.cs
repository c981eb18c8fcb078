using System;
using System.IO;
using System.Text;

namespace ArticleCompiler.Cli;

/// <summary>
/// Standard output written in blocks when it goes to a file or a pipe: Console.Out flushes every
/// line, one write(2) per line, three per finding. On a terminal it stays as it is, line by line.
/// What is held back is written before anything goes to standard error (a message, a progress
/// redraw: so a run redirected to one file, 2>&amp;1, keeps its order), before the raw stream of
/// standard output is written to (<see cref="Flush"/>), when a signal stops the run
/// (<see cref="Interruption"/>) and at the end.
/// </summary>
internal static class StandardOutput
{
    /// <summary>Makes Console.Out the buffered writer (when redirected) and Console.Error one that flushes it first.</summary>
    public static void Buffer()
    {
        if (!Console.IsOutputRedirected)
        {
            return;
        }

        // Console's own encoding (UTF-8 unless the locale says otherwise), which writes no preamble.
        var output = new StreamWriter(Console.OpenStandardOutput(), Console.OutputEncoding, 1 << 16) { AutoFlush = false };
        Console.SetOut(output);
        Console.SetError(new OutputFirst(Console.Error));
    }

    /// <summary>Writes out what standard output holds; a closed pipe is not the caller's failure here.</summary>
    public static void Flush()
    {
        try
        {
            Console.Out.Flush();
        }
        catch (IOException)
        {
            // Standard output is gone (a closed pipe): what it held is lost, as a line would have been.
        }
    }

    // Standard error, with standard output flushed before each write.
    private sealed class OutputFirst : TextWriter
    {
        private readonly TextWriter _error;

        public OutputFirst(TextWriter error) => _error = error;

        public override Encoding Encoding => _error.Encoding;

        public override void Write(char value)
        {
            Flush();
            _error.Write(value);
        }

        public override void Write(string? value)
        {
            StandardOutput.Flush();
            _error.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            StandardOutput.Flush();
            _error.Write(buffer, index, count);
        }

        public override void WriteLine(string? value)
        {
            StandardOutput.Flush();
            _error.WriteLine(value);
        }

        public override void Flush()
        {
            StandardOutput.Flush();
            _error.Flush();
        }
    }
}
