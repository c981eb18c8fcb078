using System.IO;
using ArticleCompiler.Tests.Shared;
using Xunit.Sdk;

namespace ArticleCompiler.Generators.Tests;

/// <summary>
/// Compares text with a committed <c>Snapshots/NAME.verified.cs</c>. On a mismatch it writes
/// <c>NAME.received.cs</c> beside it and fails with the command that accepts the change.
/// </summary>
internal static class Snapshot
{
    // Found from the repository root rather than [CallerFilePath]: a CI build (CI=true turns on
    // ContinuousIntegrationBuild) maps source paths to "/_/", which exists on no disk.
    private static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "ArticleCompiler.Generators.Tests", "Snapshots");

    public static void Match(string name, string actual)
    {
        var folder = Folder;
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
