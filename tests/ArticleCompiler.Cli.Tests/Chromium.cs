using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace ArticleCompiler.Cli.Tests;

/// <summary>
/// Headless Chromium (Debian's <c>chromium</c> package), found at <c>$CHROMIUM</c> or /usr/bin/chromium.
/// A test that needs it fails when it is missing: a browser test that skips proves nothing.
/// </summary>
internal static class Chromium
{
    /// <summary>How long one page may take: far longer than a page of this size needs, short of a hang.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    /// <summary>The browser's path; fails the test when there is none.</summary>
    public static string Path
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
            if (!File.Exists(path))
            {
                Assert.Fail($"Chromium is not installed at '{path}': the HTML diff page is tested in a real browser. Install Debian's 'chromium' package (apt-get install chromium) or set CHROMIUM to a Chromium or Chrome binary.");
            }

            return path;
        }
    }

    /// <summary>The DOM Chromium builds from <paramref name="htmlFile"/>, serialised (<c>--dump-dom</c>).</summary>
    public static string DumpDom(string htmlFile) => Run("--dump-dom", new Uri(System.IO.Path.GetFullPath(htmlFile)).AbsoluteUri);

    /// <summary>Renders <paramref name="htmlFile"/> into a PNG of <paramref name="width"/> by <paramref name="height"/> pixels.</summary>
    public static void Screenshot(string htmlFile, string png, int width, int height) =>
        Run($"--screenshot={png}", $"--window-size={width},{height}", "--hide-scrollbars", new Uri(System.IO.Path.GetFullPath(htmlFile)).AbsoluteUri);

    // The flags keep Chromium off the network (without them it waits on this machine's closed
    // network) and out of the user's profile: a fresh profile folder per run, deleted after.
    private static string Run(params string[] arguments)
    {
        var profile = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "artc-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var flag in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile,
        })
        {
            start.ArgumentList.Add(flag);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        try
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Limit))
            {
                Assert.Fail($"Chromium did not finish within {Limit}; it was killed. {string.Join(' ', arguments)}");
            }

            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"Chromium exited with {process.ExitCode}: {error.Result}");
            return output.Result;
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
