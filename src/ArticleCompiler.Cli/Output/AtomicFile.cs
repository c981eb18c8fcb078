using System;
using System.IO;
using System.Text;

namespace ArticleCompiler.Cli.Output;

/// <summary>Writes files whole or not at all: a temporary file in the same folder, then a rename.</summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes <paramref name="text"/> to <paramref name="path"/>. Without <paramref name="overwrite"/>
    /// an existing file is an <see cref="IOException"/>, and it is left as it was.
    /// </summary>
    public static void Write(string path, string text, bool overwrite)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
        try
        {
            File.WriteAllText(temporary, text, Utf8);
            File.Move(temporary, path, overwrite);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
