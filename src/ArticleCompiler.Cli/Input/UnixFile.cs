using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace ArticleCompiler.Cli.Input;

/// <summary>
/// Reading a file through libc's open(2), pread(2) and close(2) on 64-bit Linux, for the files of
/// a corpus: three system calls a file where .NET's File.OpenHandle and RandomAccess make four.
/// Elsewhere, when libc cannot be loaded, or where .NET takes its advisory locks (artc turns them
/// off: System.IO.DisableFileLocking; a host that keeps them, such as the tests, sees them taken as
/// before), <see cref="Open"/> says null and the caller takes .NET's way.
/// </summary>
internal static class UnixFile
{
    private const int OpenReadOnlyCloseOnExec = 0x80000;   // O_RDONLY | O_CLOEXEC on x86-64 and arm64
    private const int Interrupted = 4;                     // EINTR

    private static bool _unavailable = !OperatingSystem.IsLinux() || IntPtr.Size != 8
        || !(AppContext.TryGetSwitch("System.IO.DisableFileLocking", out var unlocked) && unlocked);

    /// <summary>The descriptor of <paramref name="path"/> opened for reading; null when it was not opened here (the caller then opens it .NET's way, which says why).</summary>
    public static int? Open(string path)
    {
        if (_unavailable)
        {
            return null;
        }

        try
        {
            var name = Encoding.UTF8.GetBytes(path + "\0");
            var descriptor = OpenFile(ref name[0], OpenReadOnlyCloseOnExec);
            return descriptor >= 0 ? descriptor : null;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            return null;
        }
    }

    /// <summary>Reads into <paramref name="buffer"/> from <paramref name="offset"/>: the bytes read, 0 at the end; a failure is an <see cref="IOException"/>.</summary>
    public static int Read(int descriptor, Span<byte> buffer, long offset)
    {
        while (true)
        {
            var read = ReadAt(descriptor, ref MemoryMarshal.GetReference(buffer), (nuint)buffer.Length, offset);
            if (read >= 0)
            {
                return (int)read;
            }

            var error = Marshal.GetLastPInvokeError();
            if (error != Interrupted)
            {
                throw new IOException(Marshal.GetPInvokeErrorMessage(error), error);
            }
        }
    }

    /// <summary>Closes <paramref name="descriptor"/>.</summary>
    public static void Close(int descriptor) => CloseFile(descriptor);

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int OpenFile(ref byte path, int flags);

    [DllImport("libc", EntryPoint = "pread", SetLastError = true)]
    private static extern nint ReadAt(int descriptor, ref byte buffer, nuint count, long offset);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int CloseFile(int descriptor);
}
