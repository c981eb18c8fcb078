using System;
using System.IO;
using ArticleCompiler.Cli.Output;
using Xunit;

namespace ArticleCompiler.Cli.Tests;

public class ProgressTests
{
    private TimeSpan _now;

    private Progress Start(StringWriter terminal, int total = 10_000) => new(terminal, total, "checked", () => _now);

    [Fact]
    public void NothingIsDrawnInTheFirstSecond()
    {
        var terminal = new StringWriter();
        var progress = Start(terminal);

        _now = TimeSpan.FromMilliseconds(999);
        progress.Advance();

        Assert.Equal(string.Empty, terminal.ToString());
    }

    [Fact]
    public void AfterASecondTheLineSaysHowManyFilesOfHowMany()
    {
        var terminal = new StringWriter();
        var progress = Start(terminal);
        for (var i = 0; i < 4209; i++)
        {
            progress.Advance();
        }

        _now = TimeSpan.FromSeconds(1);
        progress.Advance();

        Assert.Equal("\r\u001b[Kchecked 4,210 of 10,000 files", terminal.ToString());
    }

    [Fact]
    public void TheLineIsRedrawnAtMostEveryHundredMilliseconds()
    {
        var terminal = new StringWriter();
        var progress = Start(terminal);
        _now = TimeSpan.FromSeconds(1);
        progress.Advance();

        _now += TimeSpan.FromMilliseconds(99);
        progress.Advance();
        var afterOneDraw = terminal.ToString();
        _now += TimeSpan.FromMilliseconds(1);
        progress.Advance();

        Assert.Equal("\r\u001b[Kchecked 1 of 10,000 files", afterOneDraw);
        Assert.EndsWith("\r\u001b[Kchecked 3 of 10,000 files", terminal.ToString());
    }

    [Fact]
    public void ClearErasesAShownLineAndNothingElse()
    {
        var terminal = new StringWriter();
        var progress = Start(terminal);
        progress.Clear();
        var beforeShown = terminal.ToString();
        _now = TimeSpan.FromSeconds(2);
        progress.Advance();

        progress.Clear();
        progress.Clear();

        Assert.Equal(string.Empty, beforeShown);
        Assert.Equal("\r\u001b[Kchecked 1 of 10,000 files\r\u001b[K", terminal.ToString());
    }

    [Fact]
    public void WithoutATerminalTheFilesAreCountedAndNothingIsWritten()
    {
        var progress = new Progress(null, 3, "checked", () => TimeSpan.FromHours(1));

        progress.Advance();
        progress.Clear();

        Assert.Equal(1, progress.Done);
    }

    [Theory]
    [InlineData(true, null, null, true)]
    [InlineData(true, "", "", true)]
    [InlineData(false, null, null, false)]
    [InlineData(true, "1", null, false)]
    [InlineData(true, null, "true", false)]
    public void ProgressIsShownOnlyOnATerminalWithoutNoColorOrCi(bool terminal, string? noColor, string? ci, bool shown)
    {
        Assert.Equal(shown, Progress.IsWanted(terminal, noColor, ci));
    }
}
