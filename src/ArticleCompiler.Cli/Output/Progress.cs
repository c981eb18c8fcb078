using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace ArticleCompiler.Cli.Output;

/// <summary>
/// How far a long run is, on one line of standard error that redraws itself ("checked 4,210 of
/// 10,000 files"): only when standard error is a terminal and neither NO_COLOR nor CI is set, never
/// before the run has taken a second, and at most every 100 ms. <see cref="Clear"/> erases the line
/// before anything else is printed, so findings and the summary never share a line with it.
/// </summary>
internal sealed class Progress
{
    /// <summary>How long a run goes before its progress shows.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    /// <summary>The shortest time between two draws.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private const string EraseLine = "\r\u001b[K";

    private readonly TextWriter? _terminal;
    private readonly int _total;
    private readonly string _verb;
    private readonly Func<TimeSpan> _clock;
    private TimeSpan _nextDraw = Delay;
    private bool _shown;

    /// <summary>Progress on <paramref name="terminal"/> (null: none) of <paramref name="total"/> files, timed by <paramref name="clock"/> (time since the run started).</summary>
    public Progress(TextWriter? terminal, int total, string verb, Func<TimeSpan> clock)
    {
        _terminal = terminal;
        _total = total;
        _verb = verb;
        _clock = clock;
    }

    /// <summary>The files done so far.</summary>
    public int Done { get; private set; }

    /// <summary>Progress of a run of <paramref name="total"/> files on <paramref name="error"/>, if it is the terminal's standard error and progress is wanted.</summary>
    public static Progress For(TextWriter error, int total, string verb)
    {
        var shown = ReferenceEquals(error, Console.Error)
            && IsWanted(!Console.IsErrorRedirected, Environment.GetEnvironmentVariable("NO_COLOR"), Environment.GetEnvironmentVariable("CI"));
        var started = Stopwatch.StartNew();
        return new Progress(shown ? error : null, total, verb, () => started.Elapsed);
    }

    /// <summary>Whether progress is shown: on a terminal, with NO_COLOR and CI unset or empty.</summary>
    public static bool IsWanted(bool errorIsTerminal, string? noColor, string? ci) =>
        errorIsTerminal && string.IsNullOrEmpty(noColor) && string.IsNullOrEmpty(ci);

    /// <summary>One more file done; redraws the line when it is time to.</summary>
    public void Advance()
    {
        Done++;
        if (_terminal is null)
        {
            return;
        }

        var now = _clock();
        if (now < _nextDraw)
        {
            return;
        }

        _terminal.Write(string.Format(CultureInfo.InvariantCulture, "{0}{1} {2:N0} of {3:N0} files", EraseLine, _verb, Done, _total));
        _terminal.Flush();
        _shown = true;
        _nextDraw = now + Interval;
    }

    /// <summary>Erases the line if it is shown (the next <see cref="Advance"/> after the interval draws it again).</summary>
    public void Clear()
    {
        if (!_shown)
        {
            return;
        }

        _terminal!.Write(EraseLine);
        _terminal.Flush();
        _shown = false;
    }
}
