using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using ArticleCompiler.Tests.Shared;
using Xunit;

namespace ArticleCompiler.Cli.Tests;

/// <summary>artc validate, export and diff resolve speaker keys against speakers.yaml registries as the build does.</summary>
public class SpeakerRegistryTests
{
    [Fact]
    public void TheSharedCaseGivesWhatTheBuildGives()
    {
        // tests/ArticleCompiler.Generators.Tests/SpeakerRegistryTests asserts the same for the build.
        using var corpus = new TempCorpus();
        foreach (var (path, text) in RegistryCase.Files)
        {
            corpus.Write(path, text);
        }

        var result = Artc.InProcess("validate", corpus.Root, "--format", "msbuild");

        Assert.Equal(1, result.ExitCode);
        var found = result.Output.Split('\n')
            .Select(line => Regex.Match(line, @"^(.+)\((\d+),(\d+)\): (error|warning|info) (ARTC\d+):"))
            .Where(m => m.Success)
            .Select(m => (Path: Path.GetRelativePath(corpus.Root, m.Groups[1].Value).Replace('\\', '/'), Line: int.Parse(m.Groups[2].Value), Column: int.Parse(m.Groups[3].Value), Severity: m.Groups[4].Value, Code: m.Groups[5].Value))
            .OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column)
            .Select(f => $"{f.Path} {f.Code} {f.Line}:{f.Column} {f.Severity}");
        Assert.Equal(RegistryCase.Expected, found);
        Assert.Contains("(6,86): error ARTC104: unknown speaker 'putn' (did you mean 'putin'?)", result.Output);
        Assert.Contains("error ARTC114: speaker 'antonov' is named 'A. Antonov' here but 'Anatoly Antonov' at ", result.Output);
    }

    [Fact]
    public void ARegistryAboveASingleArticleIsFoundAndChecked()
    {
        using var corpus = new TempCorpus();
        corpus.Write("speakers.yaml", "putin:\n  name: Vladimir Putin\n  rol: President\n");
        var article = corpus.Write("news/2019/a.article.md", "---\nid: a\ntitle: A\n---\n\n\"Yes.\"{@putin}\n");

        var result = Artc.InProcess("validate", article, "--format", "msbuild");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("speakers.yaml(3,3): warning ARTC201: unknown speaker key 'rol' (did you mean 'role'?)", result.Output);
        Assert.DoesNotContain("ARTC104", result.Output);
    }

    [Fact]
    public void AFolderNamedTwiceThroughASymbolicLinkHasOneRegistry()
    {
        using var corpus = new TempCorpus();
        corpus.Write("news/speakers.yaml", "putin:\n  name: Vladimir Putin\n");
        corpus.Write("news/a.article.md", "---\nid: a\ntitle: A\n---\n\n\"Hello there.\"{@putin}\n");
        Directory.CreateSymbolicLink(Path.Combine(corpus.Root, "latest"), Path.Combine(corpus.Root, "news"));

        var result = Artc.InProcess("validate", Path.Combine(corpus.Root, "latest"), Path.Combine(corpus.Root, "news"));

        Assert.Equal((0, "2 files checked: 0 errors, 0 warnings."), (result.ExitCode, result.Output.Trim().Split('\n').Last()));
    }

    [Fact]
    public void ARegistryThatIsASymbolicLinkAppliesWhereItIsFoundAsInTheBuild()
    {
        // corpus/speakers.yaml links to a registry shared with other corpora; corpus/latest links to a folder elsewhere.
        using var corpus = new TempCorpus();
        corpus.Write("shared/speakers.yaml", "putin:\n  name: Vladimir Putin\n");
        corpus.Write("elsewhere/2024/b.article.md", "---\nid: b\ntitle: B\n---\n\n\"No.\"{@putin}\n");
        corpus.Write("corpus/a.article.md", "---\nid: a\ntitle: A\n---\n\n\"Yes.\"{@putin}\n");
        File.CreateSymbolicLink(Path.Combine(corpus.Root, "corpus", "speakers.yaml"), Path.Combine(corpus.Root, "shared", "speakers.yaml"));
        Directory.CreateSymbolicLink(Path.Combine(corpus.Root, "corpus", "latest"), Path.Combine(corpus.Root, "elsewhere", "2024"));

        var result = Artc.InProcess("validate", Path.Combine(corpus.Root, "corpus"));

        Assert.Equal((0, "3 files checked: 0 errors, 0 warnings."), (result.ExitCode, result.Output.Trim().Split('\n').Last()));
    }

    [Fact]
    public void ARegistryNamedOnTheCommandLineIsCheckedAsARegistry()
    {
        using var corpus = new TempCorpus();
        var registry = corpus.Write("speakers.yaml", "putin:\n  role: President\n");

        var result = Artc.InProcess("validate", registry);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("speakers.yaml:1:1: error ARTC110: speaker 'putin' has no 'name'", result.Output);
        Assert.DoesNotContain("ARTC001", result.Output);
        Assert.EndsWith("1 file checked: 1 error, 0 warnings.", result.Output.Trim());
    }

    [Fact]
    public void DiffRefusesAnArticleWhoseRegistryHasErrorsAndSaysWhere()
    {
        using var corpus = new TempCorpus();
        corpus.Write("speakers.yaml", "putin:\n  name: Vladimir Putin\n\trole: x\n");
        var old = corpus.Write("a.r1.article.md", "---\nid: a\ntitle: A\nrevision: 1\n---\n\n\"Yes.\"{@putin}\n");
        var @new = corpus.Write("a.r2.article.md", "---\nid: a\ntitle: A\nrevision: 2\n---\n\n\"No.\"{@putin}\n");

        var result = Artc.InProcess("diff", old, @new);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("speakers.yaml:2:9: error ARTC003: the speaker registry is not valid YAML", result.Error);
        Assert.Contains("the speaker registries that", result.Error);
    }

    [Fact]
    public void ExportWritesTheRegistrySpeakerAndTheOverride()
    {
        using var corpus = new TempCorpus();
        corpus.Write("speakers.yaml", "putin:\n  name: Vladimir Putin\n  role: Russian President\n");
        corpus.Write("a.article.md", "---\nid: a\ntitle: A\n---\n\n\"Yes.\"{@putin}\n");
        corpus.Write("b.article.md", "---\nid: b\ntitle: B\nspeakers:\n  putin:\n    role: Prime Minister\n---\n\n\"No.\"{@putin}\n");

        var result = Artc.InProcess("export", corpus.Root, "--format", "jsonl", "--records", "speakers");

        Assert.Equal(0, result.ExitCode);
        var rows = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(
            new[] { "a Vladimir Putin Russian President speakers.yaml", "b Vladimir Putin Prime Minister speakers.yaml" },
            rows.Select(r => $"{r.GetProperty("article_id").GetString()} {r.GetProperty("name").GetString()} {r.GetProperty("role").GetString()} {Path.GetFileName(r.GetProperty("registry").GetString())}"));
    }

    [Fact]
    public void DiffShowsARoleAnArticleOverridesAsAChange()
    {
        using var corpus = new TempCorpus();
        corpus.Write("speakers.yaml", "fsb:\n  name: Federal Security Service\n  role: Russia's security service\n  kind: organization\n");
        var old = corpus.Write("a.r1.article.md", "---\nid: a\ntitle: A\nrevision: 1\n---\n\n\"No comment.\"{@fsb}\n");
        var @new = corpus.Write("a.r2.article.md", "---\nid: a\ntitle: A\nrevision: 2\nspeakers:\n  fsb:\n    role: Russia's domestic security agency\n---\n\n\"No comment.\"{@fsb}\n");

        var result = Artc.InProcess("diff", old, @new, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        var speakers = JsonDocument.Parse(result.Output).RootElement.GetProperty("speakers");
        var change = Assert.Single(speakers.EnumerateArray());
        Assert.Contains("Russia's domestic security agency", change.ToString());
        Assert.Contains("Russia's security service", change.ToString());
    }

    [Fact]
    public void ARegistryThatIsNotTextIsAnErrorAtItsFirstCharacter()
    {
        using var corpus = new TempCorpus();
        corpus.WriteBytes("speakers.yaml", new byte[] { 0x70, 0x3A, 0xFF, 0xFE });
        corpus.Write("a.article.md", "---\nid: a\ntitle: A\n---\n\n\"Yes.\"{@p}\n");

        var result = Artc.InProcess("validate", corpus.Root, "--format", "msbuild");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("speakers.yaml(1,1): error ARTC010: the file is not UTF-8 text", result.Output);
    }
}
