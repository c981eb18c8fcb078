namespace ArticleCompiler.Cli;

/// <summary>The process exit codes of every verb.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at error level.</summary>
    public const int Success = 0;

    /// <summary>The articles have errors (or warnings, with --warnaserror).</summary>
    public const int FindingsAtErrorLevel = 1;

    /// <summary>artc diff: the revisions differ (as diff(1) exits 1).</summary>
    public const int Different = 1;

    /// <summary>The command line was wrong, or a path could not be found or read.</summary>
    public const int UsageOrInputProblem = 2;

    /// <summary>Stopped by SIGHUP (128 + 1, as a shell reports a process the signal ended).</summary>
    public const int Hangup = 129;

    /// <summary>Stopped by SIGINT (Ctrl+C): 128 + 2.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM: 128 + 15.</summary>
    public const int Terminated = 143;

    /// <summary>A bug in artc itself (EX_SOFTWARE); reported in one line, never as a stack trace.</summary>
    public const int InternalError = 70;
}
