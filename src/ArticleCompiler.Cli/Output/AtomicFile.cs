using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using ArticleCompiler.Cli.Input;

namespace ArticleCompiler.Cli.Output;

/// <summary>
/// Writes an output path as Unix tools do. A regular file (or a new one) is written whole or not
/// at all: a temporary file in the same folder, then a rename. A symbolic link keeps being a link:
/// its final target is the file replaced. A character device (/dev/null, a terminal), a FIFO and
/// an open descriptor (/dev/stdout, /dev/fd/N) are written into; renaming over them would put a
/// regular file where the device or pipe was.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>How one output path is written.</summary>
    public enum Kind
    {
        /// <summary>A temporary file beside <see cref="Target.Replaced"/>, renamed onto it.</summary>
        Replace,

        /// <summary>Opened and written into, never replaced.</summary>
        Stream,
    }

    /// <summary>An output path, and the path whose folder entry a rename replaces (a link's final target).</summary>
    public sealed record Target(string Path, Kind Kind, string Replaced);

    /// <summary>
    /// How <paramref name="path"/> is written; null after <paramref name="problem"/> says why it
    /// cannot be (a folder, a socket, a block device, a file where its folder should be).
    /// </summary>
    public static Target? Resolve(string path, out string? problem)
    {
        problem = null;
        var real = RealPath(System.IO.Path.GetFullPath(path));
        if (real.ThroughDescriptor)
        {
            return new Target(path, Kind.Stream, path);
        }

        if (real.Path is null)
        {
            problem = $"cannot write '{path}': its symbolic links loop";
            return null;
        }

        if (real.FollowedLink && System.IO.Path.GetDirectoryName(real.Path) is { } folder && !Directory.Exists(folder))
        {
            // A shell's > fails here too; creating the folder a link points into would guess.
            problem = $"cannot write '{path}': it links to '{real.Path}', whose folder does not exist";
            return null;
        }

        var kind = FileKinds.Of(path);
        switch (kind)
        {
            case FileKind.CharacterDevice or FileKind.Fifo:
                return new Target(path, Kind.Stream, path);
            case FileKind.Regular or FileKind.Missing:
                if (System.IO.Path.GetDirectoryName(real.Path) is { } parent && File.Exists(parent))
                {
                    problem = $"cannot write '{path}': '{parent}' is a file, not a folder";
                    return null;
                }

                return new Target(path, Kind.Replace, real.Path);
            case FileKind.Directory:
                problem = $"'{path}' is a folder";
                return null;
            default:
                problem = $"cannot write '{path}': it is {FileKinds.Describe(kind)}";
                return null;
        }
    }

    /// <summary>
    /// Writes <paramref name="text"/> to <paramref name="path"/>. Without <paramref name="overwrite"/>
    /// an existing file is an <see cref="IOException"/>, and it is left as it was (a device or a FIFO
    /// is no file to keep: it is written into).
    /// </summary>
    public static void Write(string path, string text, bool overwrite)
    {
        var target = Resolve(path, out var problem) ?? throw new IOException(problem);
        using var batch = new AtomicBatch("." + Path.GetFileName(target.Replaced) + ".");
        var bytes = Utf8.GetBytes(text);
        batch.Add(target).Write(bytes, 0, bytes.Length);
        batch.Commit(output: null, overwrite);
    }

    /// <summary>
    /// Creates a new temporary file in the folder of <paramref name="path"/> (made if missing), which
    /// a signal deletes until <see cref="Delete"/> (or a rename in <see cref="Interruption.Commit"/> and then Delete).
    /// </summary>
    public static (string Path, FileStream Stream) CreateBeside(string path, string prefix, string suffix)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = System.IO.Path.Combine(folder, prefix + Guid.NewGuid().ToString("N").Substring(0, 8) + suffix);
        return (temporary, Interruption.Create(temporary));
    }

    /// <summary>Deletes a temporary file if it is still there, and stops tracking it.</summary>
    public static void Delete(string temporary)
    {
        if (File.Exists(temporary))
        {
            File.Delete(temporary);
        }

        Interruption.Forget(temporary);
    }

    /// <summary>Opens a stream target for writing: standard output and error as they are, anything else without truncating or locking.</summary>
    public static Stream OpenStream(string path)
    {
        switch (System.IO.Path.GetFullPath(path))
        {
            case "/dev/stdout" or "/dev/fd/1" or "/proc/self/fd/1":
                // The descriptor itself, at its offset and with its append mode (artc ... >> log),
                // after what Console.Out holds back (StandardOutput).
                StandardOutput.Flush();
                return Console.OpenStandardOutput();
            case "/dev/stderr" or "/dev/fd/2" or "/proc/self/fd/2":
                StandardOutput.Flush();
                return Console.OpenStandardError();
            default:
                return new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1 << 16);
        }
    }

    /// <summary>What <see cref="RealPath"/> found.</summary>
    /// <param name="Path">The full path with no link left in it; null when the links loop.</param>
    /// <param name="FollowedLink">Whether the last part of the path was a link that was followed.</param>
    /// <param name="ThroughDescriptor">Whether the path passed through an open descriptor (/dev/stdout, /dev/fd/N).</param>
    private readonly record struct RealPathResult(string? Path, bool FollowedLink, bool ThroughDescriptor);

    // The kernel's reading of a full path: part by part from the root, each link's target read
    // against the real folder that holds the link (not the folder as written: a relative target
    // under a linked folder lands elsewhere), and ".." taken after the links before it. Parts that
    // do not exist are kept as written. More than 40 links is a loop, as for Linux's ELOOP.
    private static RealPathResult RealPath(string fullPath)
    {
        var root = System.IO.Path.GetPathRoot(fullPath)!;
        var resolved = root;
        var pending = new List<string>(Parts(fullPath.Substring(root.Length)));
        var links = 0;
        var followedLast = false;
        while (pending.Count > 0)
        {
            var part = pending[0];
            pending.RemoveAt(0);
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                resolved = System.IO.Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }

            var candidate = System.IO.Path.Combine(resolved, part);
            if (FileKinds.IsOpenDescriptor(candidate))
            {
                return new RealPathResult(candidate, followedLast, ThroughDescriptor: true);
            }

            if (new FileInfo(candidate).LinkTarget is not { } link)
            {
                resolved = candidate;
                continue;
            }

            if (++links > 40)
            {
                return new RealPathResult(null, followedLast, ThroughDescriptor: false);
            }

            followedLast = followedLast || pending.Count == 0;
            var linkRoot = System.IO.Path.GetPathRoot(link);
            if (!string.IsNullOrEmpty(linkRoot))
            {
                resolved = linkRoot;
                link = link.Substring(linkRoot.Length);
            }

            pending.InsertRange(0, Parts(link));
        }

        return new RealPathResult(resolved, followedLast, ThroughDescriptor: false);
    }

    private static string[] Parts(string path) =>
        path.Split(new[] { System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
}
