using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using ArticleCompiler.Checking;
using ArticleCompiler.Cli.Output;
using ArticleCompiler.Text;
using Xunit;

namespace ArticleCompiler.Cli.Tests;

public class OutputFormatTests
{
    private static string BrokenFolder => Path.Combine(Artc.RepositoryRoot, "tests", "ArticleCompiler.Core.Tests", "Broken");

    [Fact]
    public void EveryFormatReportsTheSameFindingsAtTheSamePlaces()
    {
        string[] FromMsBuild()
        {
            var output = Artc.InProcess("validate", BrokenFolder, "--format", "msbuild").Output;
            return output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries)
                .Select(line => Regex.Match(line, @"^(.*)\((\d+),(\d+)\): (\w+) (ARTC\d+): ").Groups)
                .Select(g => $"{g[1].Value}|{g[2].Value}|{g[3].Value}|{g[4].Value}|{g[5].Value}")
                .ToArray();
        }

        string[] FromText()
        {
            var output = Artc.InProcess("validate", BrokenFolder).Output;
            return Regex.Matches(output, @"^(.*):(\d+):(\d+): (\w+) (ARTC\d+): ", RegexOptions.Multiline)
                .Select(m => $"{m.Groups[1].Value}|{m.Groups[2].Value}|{m.Groups[3].Value}|{m.Groups[4].Value}|{m.Groups[5].Value}")
                .ToArray();
        }

        string[] FromJson()
        {
            using var document = JsonDocument.Parse(Artc.InProcess("validate", BrokenFolder, "--format", "json").Output);
            return document.RootElement.GetProperty("diagnostics").EnumerateArray()
                .Select(d => $"{d.GetProperty("file").GetString()}|{d.GetProperty("line")}|{d.GetProperty("column")}|{d.GetProperty("severity").GetString()}|{d.GetProperty("code").GetString()}")
                .ToArray();
        }

        string[] FromSarif()
        {
            using var document = JsonDocument.Parse(Artc.InProcess("validate", BrokenFolder, "--format", "sarif").Output);
            return document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Select(r =>
                {
                    var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
                    var region = location.GetProperty("region");
                    var file = System.Uri.UnescapeDataString(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!).Replace("file://", string.Empty);
                    return $"{file}|{region.GetProperty("startLine")}|{region.GetProperty("startColumn")}|{r.GetProperty("level").GetString()}|{r.GetProperty("ruleId").GetString()}";
                })
                .ToArray();
        }

        var msbuild = FromMsBuild();
        Assert.True(msbuild.Length > 40, "the broken collection should give many findings");
        Assert.Equal(msbuild, FromText());
        Assert.Equal(msbuild, FromJson());
        Assert.Equal(msbuild, FromSarif());
    }

    [Fact]
    public void ALongLineIsShownAsAWindowAroundTheSpan()
    {
        var line = new string('a', 300) + "TARGET" + new string('b', 300);
        var span = new SourceSpan(300, 6, 1, 301, 1, 307);

        var (shown, caretStart, caretLength) = SourceExcerpt.FromLine(line, span);

        Assert.NotNull(shown);
        Assert.True(shown.Length <= 102);
        Assert.StartsWith("\u2026", shown);
        Assert.EndsWith("\u2026", shown);
        Assert.Equal("TARGET", shown.Substring(caretStart, caretLength));
    }

    [Fact]
    public void AShortLineIsShownWholeWithTabsAsSpaces()
    {
        var (shown, caretStart, caretLength) = SourceExcerpt.FromLine("\tab cd", new SourceSpan(4, 2, 1, 5, 1, 7));
        Assert.Equal((" ab cd", 4, 2), (shown, caretStart, caretLength));
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(150, 6)]
    [InlineData(298, 2)]
    [InlineData(599, 1)]
    [InlineData(605, 0)]
    public void TheExcerptFromTheWholeTextIsTheExcerptFromItsLine(int column, int length)
    {
        var lines = new[] { "first line", new string('a', 300) + "TARGET" + new string('b', 300), "\tlast" };
        var text = string.Join("\r\n", lines);
        var start = lines[0].Length + 2 + column;
        var span = new LineMap(text).Span(start, length);

        Assert.Equal(SourceExcerpt.FromLine(lines[1], span), SourceExcerpt.FromText(text, span));
    }

    [Fact]
    public void ASpanOverSeveralLinesIsUnderlinedToTheEndOfItsFirstLine()
    {
        var text = "ab\ncd\nef";
        var span = new LineMap(text).Span(1, 4);

        Assert.Equal(new SourceExcerpt("ab", 1, 1), SourceExcerpt.FromText(text, span));
        Assert.Equal(SourceExcerpt.FromLine("ab", span), SourceExcerpt.FromText(text, span));
    }

    [Fact]
    public void AnEmptyLineAtTheFirstColumnShowsNothing()
    {
        Assert.Null(SourceExcerpt.FromText("ab\n\ncd", new LineMap("ab\n\ncd").Span(3, 0)).Shown);
    }
}
