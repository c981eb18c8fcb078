using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace ArticleCompiler.Cli.Tests;

/// <summary>Standard output is written in blocks when redirected: what it holds goes out before any message on standard error.</summary>
public class StandardOutputTests
{
    [Fact]
    public void FindingsAndErrorsRedirectedToOneFileKeepTheirOrder()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.article.md", "no front matter\n");
        Directory.CreateDirectory(Path.Combine(corpus.Root, "b.article.md"));   // read in turn: "cannot read" on stderr
        corpus.Write("c.article.md", "no front matter either\n");

        // One file for both streams, as `artc validate > all.txt 2>&1` makes it.
        var start = new ProcessStartInfo("sh") { WorkingDirectory = corpus.Root, UseShellExecute = false };
        foreach (var arg in new[] { "-c", "exec dotnet \"$0\" validate . -f msbuild > all.txt 2>&1", Artc.DllPath })
        {
            start.ArgumentList.Add(arg);
        }

        using (var process = Process.Start(start)!)
        {
            Assert.True(process.WaitForExit(Artc.HangLimit), "artc hung");
            Assert.Equal(2, process.ExitCode);
        }

        var all = File.ReadAllText(Path.Combine(corpus.Root, "all.txt"));
        var a = all.IndexOf("a.article.md(", StringComparison.Ordinal);
        var b = all.IndexOf("artc: error: cannot read 'b.article.md'", StringComparison.Ordinal);
        var c = all.IndexOf("c.article.md(", StringComparison.Ordinal);
        Assert.True(a >= 0 && a < b && b < c, all);
    }
}
