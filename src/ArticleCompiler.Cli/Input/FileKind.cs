using System;
using System.IO;
using System.Runtime.InteropServices;

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
/// them as Normal files (dotnet/runtime#85148), so this asks the runtime's own native shim,
/// whose stat result starts with the flags and the mode on every Unix.
/// </summary>
internal static class FileKinds
{
    // System.Native's FileStatus is about 120 bytes; room to spare for fields later versions add.
    private const int StatusSize = 512;

    /// <summary>The kind of file at <paramref name="path"/>, links followed.</summary>
    public static FileKind Of(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            return Managed(path);
        }

        try
        {
            var status = new byte[StatusSize];
            if (Stat(path, status) != 0)
            {
                return Managed(path);
            }

            // S_IFMT bits of FileStatus.Mode (after the 32-bit Flags), as System.Native defines them.
            return (BitConverter.ToInt32(status, 4) & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                0x1000 => FileKind.Fifo,
                0xC000 => FileKind.Socket,
                0x2000 => FileKind.CharacterDevice,
                0x6000 => FileKind.BlockDevice,
                _ => FileKind.Regular,
            };
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            // A runtime without the shim (it has shipped with every .NET on Unix so far): the
            // managed answer, which cannot see FIFOs or devices.
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

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);
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
