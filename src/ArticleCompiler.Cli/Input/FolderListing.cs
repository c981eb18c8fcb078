using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;
using Mono.Unix.Native;

namespace ArticleCompiler.Cli.Input;

/// <summary>
/// A folder's entries as readdir(3) lists them, with the file type it gives for free (d_type):
/// .NET's enumeration learns whether an entry is a symbolic link only from its attributes, which
/// cost an lstat(2) and a geteuid(2) per file. Linux only (elsewhere hidden files are not just the
/// dot-prefixed ones, and Windows has no readdir): null there, and for a folder that cannot be
/// opened, so the caller takes .NET's way, with its errors.
/// </summary>
internal static class FolderListing
{
    /// <summary>An entry: its name, whether it is a symbolic link, and whether it is a folder (a link: whether it leads to one).</summary>
    public readonly record struct Entry(string Name, bool IsLink, bool IsDirectory);

    private static bool _unavailable = !OperatingSystem.IsLinux() || IntPtr.Size != 8;

    /// <summary>
    /// The entries of <paramref name="folder"/> in readdir's order, without "." and "..", and without
    /// hidden ones (a leading dot), as .NET's enumeration skips <see cref="System.IO.FileAttributes.Hidden"/> on Linux; null when not listed here.
    /// </summary>
    public static List<Entry>? Read(string folder)
    {
        if (_unavailable)
        {
            return null;
        }

        IntPtr handle;
        try
        {
            var name = Encoding.UTF8.GetBytes(folder + "\0");
            handle = OpenDir(ref name[0]);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            return null;
        }

        if (handle == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            var entries = new List<Entry>();
            while (true)
            {
                var entry = ReadDir(handle);
                if (entry == IntPtr.Zero)
                {
                    // The end of the folder, or an error part-way: then .NET's way reports it as it did.
                    return Marshal.GetLastPInvokeError() == 0 ? entries : null;
                }

                // Hidden ones (and "." and "..") are skipped before their name is made a string.
                if (Marshal.ReadByte(entry, NameOffset) is (byte)'.' or 0)
                {
                    continue;
                }

                var name = Marshal.PtrToStringUTF8(entry + NameOffset)!;
                entries.Add(Marshal.ReadByte(entry, TypeOffset) switch
                {
                    DT_DIR => new Entry(name, false, true),
                    DT_LNK => new Entry(name, true, LeadsToFolder(folder, name)),
                    DT_UNKNOWN => OfUnknown(folder, name),
                    _ => new Entry(name, false, false),
                });
            }
        }
        finally
        {
            CloseDir(handle);
        }
    }

    // struct dirent of glibc and musl on 64-bit Linux: d_ino (8 bytes), d_off (8), d_reclen (2),
    // d_type (1), d_name. Read through libc directly: Mono.Unix's readdir copies each entry into a
    // managed Dirent through its own encoder, which cost more than the rest of the walk.
    private const int TypeOffset = 18;
    private const int NameOffset = 19;

    [DllImport("libc", EntryPoint = "opendir", SetLastError = true)]
    private static extern IntPtr OpenDir(ref byte name);

    [DllImport("libc", EntryPoint = "readdir", SetLastError = true)]
    private static extern IntPtr ReadDir(IntPtr folder);

    [DllImport("libc", EntryPoint = "closedir")]
    private static extern int CloseDir(IntPtr folder);

    private const byte DT_UNKNOWN = 0;
    private const byte DT_DIR = 4;
    private const byte DT_LNK = 10;

    private static bool LeadsToFolder(string folder, string name) =>
        Syscall.stat(System.IO.Path.Join(folder, name), out var status) == 0 && (status.st_mode & FilePermissions.S_IFMT) == FilePermissions.S_IFDIR;

    // A file system that leaves d_type unset (some network and older ones): lstat(2) says.
    private static Entry OfUnknown(string folder, string name)
    {
        if (Syscall.lstat(System.IO.Path.Join(folder, name), out var status) != 0)
        {
            return new Entry(name, false, false);
        }

        var type = status.st_mode & FilePermissions.S_IFMT;
        return type == FilePermissions.S_IFLNK
            ? new Entry(name, true, LeadsToFolder(folder, name))
            : new Entry(name, false, type == FilePermissions.S_IFDIR);
    }
}
