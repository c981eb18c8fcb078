using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ArticleCompiler.Cli.Output;

/// <summary>
/// The outputs of one run, written whole or not at all, and together: each is written into a
/// temporary file first (beside the file a rename replaces, or in the temporary folder for what is
/// copied into a stream at the end: standard output, a device, a FIFO). <see cref="Commit"/> renames
/// every file at once (a signal waits for the renames, so the files of a run are all old or all
/// new), then copies the streams. Disposing deletes whatever temporary file is left, and the
/// folders the batch made for its outputs when they are still empty, so a run that stops before
/// the commit (an invalid corpus, an exception) changes nothing.
/// </summary>
internal sealed class AtomicBatch : IDisposable
{
    private readonly string _prefix;
    private readonly List<Entry> _entries = new();
    private readonly List<string> _madeFolders = new();
    private bool _committed;

    /// <summary>A batch whose temporary files are named <paramref name="prefix"/>XXXXXXXX.tmp.</summary>
    public AtomicBatch(string prefix) => _prefix = prefix;

    private sealed record Entry(AtomicFile.Target? Target, string Temporary, FileStream Stream);

    /// <summary>
    /// Adds <paramref name="target"/> (null: the command's standard output) and returns the stream
    /// to write its content into.
    /// </summary>
    public Stream Add(AtomicFile.Target? target)
    {
        if (target is { Kind: AtomicFile.Kind.Replace })
        {
            // The folders that creating the temporary file is about to make, deepest first.
            for (var folder = Path.GetDirectoryName(Path.GetFullPath(target.Replaced)); folder is not null && !Directory.Exists(folder); folder = Path.GetDirectoryName(folder))
            {
                _madeFolders.Add(folder);
            }
        }

        var (temporary, stream) = target is { Kind: AtomicFile.Kind.Replace }
            ? AtomicFile.CreateBeside(target.Replaced, _prefix, ".tmp")
            : AtomicFile.CreateBeside(Path.Combine(Path.GetTempPath(), "artc"), _prefix, ".tmp");
        _entries.Add(new Entry(target, temporary, stream));
        return stream;
    }

    /// <summary>
    /// Puts every output in place: the renames together, then the copies into streams, and what is
    /// for standard output written to <paramref name="output"/>. Without <paramref name="overwrite"/>
    /// an existing file is an <see cref="IOException"/> and stays as it was.
    /// </summary>
    public void Commit(TextWriter? output, bool overwrite = true)
    {
        Interruption.Commit(() =>
        {
            foreach (var entry in _entries.Where(e => e.Target is { Kind: AtomicFile.Kind.Replace }))
            {
                entry.Stream.Dispose();
                File.Move(entry.Temporary, entry.Target!.Replaced, overwrite);
            }

            _committed = true;
        });

        foreach (var entry in _entries.Where(e => e.Target is null or { Kind: AtomicFile.Kind.Stream }))
        {
            entry.Stream.Position = 0;
            if (entry.Target is { } target)
            {
                using var into = AtomicFile.OpenStream(target.Path);
                entry.Stream.CopyTo(into);
                continue;
            }

            if (ReferenceEquals(output, Console.Out))
            {
                // The content is UTF-8 already: decoding it into text for the console writer to
                // encode again cost a third of a second of CPU per 100 MB exported.
                output.Flush();
                using var standardOutput = Console.OpenStandardOutput();
                entry.Stream.CopyTo(standardOutput, 1 << 16);
                continue;
            }

            using var reader = new StreamReader(entry.Stream, leaveOpen: true);
            var buffer = new char[1 << 16];
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                output!.Write(buffer, 0, read);
            }

            output!.Flush();
        }
    }

    /// <summary>Closes the streams and deletes the temporary files left.</summary>
    public void Dispose()
    {
        foreach (var entry in _entries)
        {
            entry.Stream.Dispose();
            AtomicFile.Delete(entry.Temporary);
        }

        if (_committed)
        {
            return;
        }

        foreach (var folder in _madeFolders.Distinct().OrderByDescending(f => f.Length))
        {
            try
            {
                if (!Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    Directory.Delete(folder);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Something else is in it, or it went away: it is not the batch's to remove.
            }
        }
    }
}
