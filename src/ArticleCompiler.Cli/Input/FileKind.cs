using System;
using System.IO;
using Mono.Unix.Native;

namespace ArticleCompiler.Cli.Input;

/// <summary>What a path names, as stat(2) tells it (symbolic links followed).</summary>
internal enum FileKind
{
    /// <summary>Nothing, or nothing stat could see.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A named pipe: opening it for reading waits for a writer.</summary>
    Fifo,

    /// <summary>A Unix domain socket: it cannot be opened at all.</summary>
    Socket,

    /// <summary>A character device such as /dev/null, /dev/zero or a terminal.</summary>
    CharacterDevice,

    /// <summary>A block device such as a disk.</summary>
    BlockDevice,
}

/// <summary>
/// Tells regular files from FIFOs, sockets and devices without opening them (opening a FIFO
/// blocks until someone writes to it). .NET has no public API for this: FileInfo reports all of
/// them as Normal files (dotnet/runtime#85148), so this asks stat(2) through Mono.Unix, whose
/// native library hands back a stat structure of fixed layout on every Unix it ships for.
/// </summary>
internal static class FileKinds
{
    /// <summary>The kind of file at <paramref name="path"/>, links followed.</summary>
    public static FileKind Of(string path) => Of(path, out _);

    /// <summary>The kind of file at <paramref name="path"/>, links followed, and its size when stat(2) told it (else null).</summary>
    public static FileKind Of(string path, out long? size)
    {
        size = null;
        if (OperatingSystem.IsWindows())
        {
            // Mono.Unix has no native library for Windows, which has no FIFOs or device files.
            return Managed(path);
        }

        try
        {
            return Stat(path, out size) ?? Managed(path);
        }
        catch (Exception exception) when (exception is DllNotFoundException or TypeInitializationException)
        {
            // A Unix Mono.Unix has no native library for (it ships glibc Linux and macOS ones; not
            // FreeBSD's or musl's): the managed answer, which cannot see FIFOs or devices.
            return Managed(path);
        }
    }

    /// <summary>A few words for a kind that is not a regular file, for messages.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "a folder",
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Missing => "missing",
        _ => "a regular file",
    };

    /// <summary>
    /// True for a path that names a file descriptor artc was handed already open (/dev/stdin,
    /// /dev/stdout, /dev/fd/N, /proc/self/fd/N): a pipe or terminal there is read or written as a
    /// stream, as cat does, because the other end is already there.
    /// </summary>
    public static bool IsOpenDescriptor(string path)
    {
        var full = Path.GetFullPath(path);
        if (full is "/dev/stdin" or "/dev/stdout" or "/dev/stderr" || full.StartsWith("/dev/fd/", StringComparison.Ordinal))
        {
            return true;
        }

        // /proc/PID/fd/N, /proc/self/fd/N, /proc/thread-self/fd/N
        var parts = full.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 4 && parts[0] == "proc" && parts[2] == "fd";
    }

    private static FileKind Managed(string path) =>
        Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;

    /// <summary>stat(2)'s file type, or null where stat fails (the path is missing or unreachable).</summary>
    private static FileKind? Stat(string path, out long? size)
    {
        size = null;
        if (Syscall.stat(path, out var status) != 0)
        {
            return null;
        }

        size = status.st_size;

        return (status.st_mode & FilePermissions.S_IFMT) switch
        {
            FilePermissions.S_IFREG => FileKind.Regular,
            FilePermissions.S_IFDIR => FileKind.Directory,
            FilePermissions.S_IFIFO => FileKind.Fifo,
            FilePermissions.S_IFSOCK => FileKind.Socket,
            FilePermissions.S_IFCHR => FileKind.CharacterDevice,
            FilePermissions.S_IFBLK => FileKind.BlockDevice,
            _ => FileKind.Regular,
        };
    }
}

/// <summary>An input that is not a regular file: reported as unreadable, never opened.</summary>
internal sealed class NotARegularFileException : IOException
{
    public NotARegularFileException(FileKind kind)
        : base(kind == FileKind.Directory ? "it is a folder, not a file" : $"it is {FileKinds.Describe(kind)}, not a regular file")
    {
        Kind = kind;
    }

    /// <summary>What the path names instead.</summary>
    public FileKind Kind { get; }
}
