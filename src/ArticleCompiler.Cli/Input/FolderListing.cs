using System;
using System.Collections.Generic;
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

    private static bool _unavailable = !OperatingSystem.IsLinux();

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
            handle = Syscall.opendir(folder);
        }
        catch (Exception exception) when (exception is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
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
                System.Runtime.InteropServices.Marshal.SetLastPInvokeError(0);
                var entry = Syscall.readdir(handle);
                if (entry is null)
                {
                    // End of the folder, or an error part-way: then .NET's way reports it as it did.
                    return Stdlib.GetLastError() == 0 ? entries : null;
                }

                var name = entry.d_name;
                if (name.Length == 0 || name[0] == '.')
                {
                    continue;
                }

                entries.Add(entry.d_type switch
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
            Syscall.closedir(handle);
        }
    }

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
