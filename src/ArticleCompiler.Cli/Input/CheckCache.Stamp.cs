using System;
using System.IO;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using Mono.Unix.Native;

namespace ArticleCompiler.Cli.Input;

/// <summary>
/// What stat(2) says of a regular file that changes when its content does: size, mtime and ctime
/// (nanoseconds since 1970) and inode. ctime cannot be set back by a tool that restores mtime
/// (tar, rsync, cp -p), and a file replaced by another gets another inode.
/// </summary>
internal readonly record struct FileStamp(long Size, long ModifiedNs, long ChangedNs, ulong Inode)
{
    /// <summary>The stamp of the regular file at <paramref name="path"/> (links followed); null for anything else or nothing.</summary>
    public static FileStamp? Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(info.Length, (info.LastWriteTimeUtc.Ticks - DateTime.UnixEpoch.Ticks) * 100, (info.CreationTimeUtc.Ticks - DateTime.UnixEpoch.Ticks) * 100, 0) : null;
        }

        if (Syscall.stat(path, out var status) != 0 || (status.st_mode & FilePermissions.S_IFMT) != FilePermissions.S_IFREG)
        {
            return null;
        }

        return new FileStamp(
            status.st_size,
            (status.st_mtime * 1_000_000_000) + status.st_mtime_nsec,
            (status.st_ctime * 1_000_000_000) + status.st_ctime_nsec,
            status.st_ino);
    }
}

/// <summary>The cache's hashes: XxHash128, stable across processes and machines.</summary>
internal static class Hashes
{
    public static UInt128 Of(ReadOnlySpan<byte> bytes) => XxHash128.HashToUInt128(bytes);

    public static UInt128 Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    /// <summary>The hash of <paramref name="text"/> followed by two other hashes.</summary>
    public static UInt128 Of(string text, UInt128 first, UInt128 second)
    {
        var hash = new XxHash128();
        hash.Append(Encoding.UTF8.GetBytes(text));
        Span<UInt128> values = stackalloc UInt128[] { first, second };
        hash.Append(MemoryMarshal.AsBytes(values));
        return hash.GetCurrentHashAsUInt128();
    }
}
