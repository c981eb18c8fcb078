using System;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;

namespace ArticleCompiler.Benchmarks.RealText;

/// <summary>What one run of the real <c>artc</c> printed and returned.</summary>
public sealed record ArtcRun(int ExitCode, string Output, string Error)
{
    // A .NET stack frame ("   at Namespace.Type.Method(...)") or an unhandled-exception banner.
    private static readonly Regex StackFrame = new(@"(^\s+at \S+\(.*\)|Unhandled exception)", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public bool Crashed => ExitCode == 70 || ExitCode < 0 || ExitCode > 128;

    public bool HasStackTrace => StackFrame.IsMatch(Output) || StackFrame.IsMatch(Error);
}

/// <summary>
/// The built <c>artc.dll</c>: <see cref="Run"/> starts it as a child process, as a user or a CI job
/// runs it; <see cref="RunInProcess"/> calls the same build's root command in this process (loaded
/// beside its own dependencies), for the thousands of diffs a child process each would make slow.
/// </summary>
public sealed class ArtcProcess(string dllPath)
{
    private readonly Lazy<MethodInfo> _run = new(() => LoadRun(dllPath));

    public ArtcRun Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dllPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment.Remove("ARTC_DEBUG");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new ArtcRun(process.ExitCode, output.Result, error.Result);
    }

    public ArtcRun RunInProcess(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        try
        {
            var exitCode = (int)_run.Value.Invoke(null, new object[] { args, output, error })!;
            return new ArtcRun(exitCode, output.ToString(), error.ToString());
        }
        catch (TargetInvocationException exception)
        {
            // artc's own handler let an exception through: as a process, that is a crash with a stack trace.
            return new ArtcRun(134, output.ToString(), error + "Unhandled exception. " + exception.InnerException);
        }
    }

    private static MethodInfo LoadRun(string dllPath)
    {
        var context = new ArtcLoadContext(Path.GetFullPath(dllPath));
        var assembly = context.LoadFromAssemblyPath(Path.GetFullPath(dllPath));
        return assembly.GetType("ArticleCompiler.Cli.Commands.ArtcCommand", throwOnError: true)!
            .GetMethod("Run", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, new[] { typeof(string[]), typeof(TextWriter), typeof(TextWriter) })!;
    }

    private sealed class ArtcLoadContext(string mainPath) : AssemblyLoadContext("artc")
    {
        private readonly AssemblyDependencyResolver _resolver = new(mainPath);

        protected override Assembly? Load(AssemblyName assemblyName) =>
            _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }
}
