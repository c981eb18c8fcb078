using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using ArticleCompiler.Tests.Shared;

namespace ArticleCompiler.Cli.Tests;

/// <summary>What a run of <c>artc</c> printed and returned.</summary>
internal sealed record ArtcResult(int ExitCode, string Output, string Error);

/// <summary>Runs the real <c>artc</c>: in-process through its root command, or as a child process.</summary>
internal static class Artc
{
    /// <summary>The built artc.dll beside the tests.</summary>
    public static string DllPath => Path.Combine(AppContext.BaseDirectory, "artc.dll");

    /// <summary>The repository root.</summary>
    public static string RepositoryRoot => RepositoryPaths.Root;

    /// <summary>Runs <c>artc</c> in this process with captured output.</summary>
    public static ArtcResult InProcess(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = Commands.ArtcCommand.Run(args, output, error);
        return new ArtcResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>
    /// Runs <paramref name="command"/> under a pseudo-terminal (util-linux <c>script</c>), so stdout
    /// is a terminal as it is for a person; returns what the terminal showed.
    /// </summary>
    public static string RunUnderTerminal(string workingDirectory, string command, bool noColor)
    {
        var start = new ProcessStartInfo("script")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-q", "-e", "-c", command, "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("NO_COLOR");
        if (noColor)
        {
            start.Environment["NO_COLOR"] = "1";
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        _ = error.Result;
        return output.Result;
    }

    /// <summary>How long a child artc may run before a test takes it for hung: far longer than any run here needs.</summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Runs <c>dotnet artc.dll</c> as a child process in <paramref name="workingDirectory"/>. A run
    /// that does not end within <see cref="HangLimit"/> is killed and fails the test.
    /// </summary>
    public static ArtcResult Process(string workingDirectory, IDictionary<string, string?>? environment, params string[] args)
    {
        using var running = Start(workingDirectory, environment, args);
        return running.Finish();
    }

    /// <summary>Starts <c>dotnet artc.dll</c> as a child process; <see cref="RunningArtc.Finish"/> waits for it.</summary>
    public static RunningArtc Start(string workingDirectory, IDictionary<string, string?>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("NO_COLOR");
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        return new RunningArtc(System.Diagnostics.Process.Start(start)!);
    }
}

/// <summary>A child artc running, its output read as it comes.</summary>
internal sealed class RunningArtc : IDisposable
{
    private readonly System.Threading.Tasks.Task<string> _output;
    private readonly System.Threading.Tasks.Task<string> _error;

    public RunningArtc(Process process)
    {
        Process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
    }

    public Process Process { get; }

    /// <summary>Sends <paramref name="signal"/> (INT, TERM, ...) with kill(1): Process.Kill only sends SIGKILL.</summary>
    public void Signal(string signal)
    {
        using var kill = System.Diagnostics.Process.Start("kill", new[] { "-" + signal, Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) })!;
        kill.WaitForExit();
    }

    /// <summary>Waits for the end; a run longer than <see cref="Artc.HangLimit"/> is killed and throws.</summary>
    public ArtcResult Finish()
    {
        if (!Process.WaitForExit(Artc.HangLimit))
        {
            Process.Kill(entireProcessTree: true);
            throw new TimeoutException($"artc did not return within {Artc.HangLimit}: it hangs");
        }

        Process.WaitForExit();
        return new ArtcResult(Process.ExitCode, _output.Result, _error.Result);
    }

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
        }

        Process.Dispose();
    }
}

/// <summary>A temporary folder of article files, deleted after the test.</summary>
internal sealed class TempCorpus : IDisposable
{
    public TempCorpus()
    {
        Root = Path.Combine(Path.GetTempPath(), "artc-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>Writes <paramref name="text"/> as UTF-8 (no BOM) to <paramref name="relativePath"/>; returns the full path.</summary>
    public string Write(string relativePath, string text) => WriteBytes(relativePath, new System.Text.UTF8Encoding(false).GetBytes(text));

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="relativePath"/>; returns the full path.</summary>
    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Articles used by the command tests.</summary>
internal static class Samples
{
    /// <summary>A valid article with id <paramref name="id"/>.</summary>
    public static string Valid(string id, int? revision = null) =>
        $"---\nid: {id}\ntitle: T\n{(revision is null ? string.Empty : $"revision: {revision}\n")}speakers:\n  antonov:\n    name: Anatoly Antonov\n---\n\n\"Ready.\"{{@antonov}} Antonov said.\n";

    /// <summary>An article with an unknown speaker on line 9, columns 18 to 25.</summary>
    public const string UnknownSpeaker =
        "---\nid: broken\ntitle: T\nspeakers:\n  antonov:\n    name: Anatoly Antonov\n---\n\n\"Ready to talk.\"{@antonv} Antonov said. \"Yes.\"{@antonov}\n";

    /// <summary>An article whose only finding is a warning (unknown key, line 4).</summary>
    public const string WarningOnly = "---\nid: warned\ntitle: T\ncategroy: World\n---\n\nText.\n";
}

