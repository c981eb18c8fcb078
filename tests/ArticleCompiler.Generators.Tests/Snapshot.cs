using System.IO;
using System.Runtime.CompilerServices;
using Xunit.Sdk;

namespace ArticleCompiler.Generators.Tests;

/// <summary>
/// Compares text with a committed <c>Snapshots/NAME.verified.cs</c>. On a mismatch it writes
/// <c>NAME.received.cs</c> beside it and fails with the command that accepts the change.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots");
        var verified = Path.Combine(folder, name + ".verified.cs");
        var received = Path.Combine(folder, name + ".received.cs");
        var expected = File.Exists(verified) ? File.ReadAllText(verified) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(received, actual);
        var reason = expected is null ? "no verified snapshot exists" : "the generated source differs from the verified snapshot";
        throw new XunitException(
            $"Snapshot '{name}': {reason}.\nReceived: {received}\nVerified: {verified}\n" +
            $"Review the difference (diff '{verified}' '{received}'), then accept it with: mv '{received}' '{verified}'");
    }
}
