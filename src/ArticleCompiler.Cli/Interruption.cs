using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;

namespace ArticleCompiler.Cli;

/// <summary>
/// What SIGINT, SIGTERM and SIGHUP do to a run: the temporary files still open are deleted, no
/// output is replaced half-way, one line says why artc stopped, and the exit code is 128 + the
/// signal's number, as a shell reports a process the signal ended.
/// </summary>
/// <remarks>
/// The handler does the cleaning itself and exits, rather than asking the work to stop: the work
/// may be blocked where no cancellation reaches it (opening a FIFO nobody reads, a full pipe).
/// A rename in progress finishes first (<see cref="Commit"/>), so an output is old or new, never
/// missing, and the files of one export are all old or all new.
/// </remarks>
internal static class Interruption
{
    private static readonly object Gate = new();
    private static readonly HashSet<string> Temporaries = new(StringComparer.Ordinal);

    /// <summary>Handles the signals until the result is disposed; <paramref name="error"/> gets the one line.</summary>
    public static IDisposable Listen(TextWriter error)
    {
        if (OperatingSystem.IsWindows() || OperatingSystem.IsBrowser())
        {
            return new Registrations(Array.Empty<PosixSignalRegistration>());
        }

        return new Registrations(new[]
        {
            PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, "SIGINT", ExitCodes.Interrupted, error)),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, "SIGTERM", ExitCodes.Terminated, error)),
            PosixSignalRegistration.Create(PosixSignal.SIGHUP, context => Stop(context, "SIGHUP", ExitCodes.Hangup, error)),
        });
    }

    /// <summary>
    /// Creates the temporary file <paramref name="path"/>, which a signal deletes until
    /// <see cref="Forget"/>. Created and tracked in one step under the handler's lock: a file made
    /// after the handler had cleaned up would outlive the run.
    /// </summary>
    public static FileStream Create(string path)
    {
        lock (Gate)
        {
            var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 1 << 16);
            Temporaries.Add(path);
            return stream;
        }
    }

    /// <summary>The temporary file is gone (renamed or deleted): a signal leaves it alone.</summary>
    public static void Forget(string path)
    {
        lock (Gate)
        {
            Temporaries.Remove(path);
        }
    }

    /// <summary>Runs <paramref name="renames"/> whole: a signal waits for it, then stops the run.</summary>
    public static void Commit(Action renames)
    {
        lock (Gate)
        {
            renames();
        }
    }

    private static void Stop(PosixSignalContext context, string name, int exitCode, TextWriter error)
    {
        context.Cancel = true;
        lock (Gate)
        {
            foreach (var path in Temporaries)
            {
                try
                {
                    File.Delete(path);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // Leave it: nothing more can be done on the way out, and the line below still goes.
                }
            }

            Temporaries.Clear();
            StandardOutput.Flush();   // what the run wrote before the signal, as it would have been
            try
            {
                error.WriteLine($"artc: interrupted by {name}");
                error.Flush();
            }
            catch (IOException)
            {
                // Standard error is gone (a closed terminal on SIGHUP): exit all the same.
            }

            Environment.Exit(exitCode);
        }
    }

    private sealed class Registrations : IDisposable
    {
        private readonly PosixSignalRegistration[] _registrations;

        public Registrations(PosixSignalRegistration[] registrations) => _registrations = registrations;

        public void Dispose()
        {
            foreach (var registration in _registrations)
            {
                registration.Dispose();
            }
        }
    }
}
