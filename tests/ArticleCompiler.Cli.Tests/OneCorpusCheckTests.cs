using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using ArticleCompiler.Generators;
using ArticleCompiler.Tests.Shared;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ArticleCompiler.Cli.Tests;

/// <summary>
/// One corpus (<see cref="CorpusCase"/>) through every consumer of the corpus check: artc validate,
/// export and diff, and the source generator must report the same codes at the same places with the
/// same severities. Rows are "path CODE line:col severity" with paths relative to the corpus;
/// messages are not compared (ARTC108 names the other file by the path each consumer was given).
/// </summary>
public class OneCorpusCheckTests : IDisposable
{
    private static readonly Regex MsBuildRow = new(@"^(?<path>.+)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning|info) (?<code>ARTC\d+):", RegexOptions.Multiline);
    private static readonly Regex TextRow = new(@"^(?<path>.+?):(?<line>\d+):(?<column>\d+): (?<severity>error|warning|info) (?<code>ARTC\d+):", RegexOptions.Multiline);

    private readonly TempCorpus _corpus = new();

    public OneCorpusCheckTests()
    {
        foreach (var (path, text) in CorpusCase.Files)
        {
            _corpus.Write(path, text);
        }
    }

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void ValidateReportsEachFindingOfTheCorpusAtItsConfiguredSeverity()
    {
        var result = Artc.InProcess("validate", _corpus.Root, "--format", "msbuild");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(CorpusCase.Expected, Rows(MsBuildRow, result.Output));
    }

    [Fact]
    public void ExportReportsWhatValidateReportsAndRefuses()
    {
        var refused = Artc.InProcess("export", _corpus.Root);
        var allowed = Artc.InProcess("export", _corpus.Root, "--allow-invalid");

        Assert.Equal((1, string.Empty), (refused.ExitCode, refused.Output));
        Assert.Equal(CorpusCase.Expected, Rows(MsBuildRow, refused.Error));
        Assert.Equal(0, allowed.ExitCode);
        Assert.Equal(CorpusCase.Expected, Rows(MsBuildRow, allowed.Error));
    }

    [Theory]
    [InlineData("news/a.article.md")]
    [InlineData("news/b.article.md")]
    [InlineData("news/c.article.md")]
    [InlineData("news/d.article.md")]
    [InlineData("other/e.article.md")]
    public void DiffRefusesExactlyTheArticlesValidateFindsErrorsIn(string article)
    {
        // ARTC108 is a finding across files: diff reads one article a side, so it cannot see it.
        var folders = Ancestors(article);
        var expected = CorpusCase.Expected
            .Where(row => row.EndsWith(" error", StringComparison.Ordinal) && !row.Contains(" ARTC108 ", StringComparison.Ordinal))
            .Where(row => row.StartsWith(article + " ", StringComparison.Ordinal) || (row.Split(' ')[0] is var path && path.EndsWith("speakers.yaml", StringComparison.Ordinal) && folders.Contains(Folder(path))))
            .ToArray();
        var file = Path.Combine(_corpus.Root, article);

        var result = Artc.InProcess("diff", file, file);

        Assert.Equal(expected.Length > 0 ? 2 : 0, result.ExitCode);
        // Both sides are the file, and diff reports each side it refuses: the rows come twice.
        Assert.Equal(expected, Rows(TextRow, result.Error).Distinct());
    }

    [Fact]
    public void TheBuildReportsWhatValidateReports()
    {
        var files = CorpusCase.Files.Keys.Select(path => (AdditionalText)new CorpusText(Path.Combine(_corpus.Root, path), CorpusCase.Files[path])).ToImmutableArray();
        var options = new BuildProperties(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Consumer",
            ["build_property.MSBuildProjectDirectory"] = _corpus.Root,
        });
        var driver = CSharpGeneratorDriver.Create(new[] { new ArticleGenerator().AsSourceGenerator() }, files, new CSharpParseOptions(LanguageVersion.Latest), options);
        var compilation = CSharpCompilation.Create(
            "Consumer",
            Array.Empty<SyntaxTree>(),
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        // The generator's own findings; the generated code is not compiled here (Generators.Tests does that).
        driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);

        var rows = diagnostics.Select(d =>
        {
            var span = d.Location.GetLineSpan();
            var severity = d.Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "info" };
            return $"{Relative(span.Path)} {d.Id} {span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1} {severity}";
        });
        Assert.Equal(CorpusCase.Expected, rows.OrderBy(row => row, StringComparer.Ordinal));
    }

    private string[] Rows(Regex format, string printed) =>
        format.Matches(printed)
            .Select(m => $"{Relative(m.Groups["path"].Value)} {m.Groups["code"].Value} {m.Groups["line"].Value}:{m.Groups["column"].Value} {m.Groups["severity"].Value}")
            .OrderBy(row => row, StringComparer.Ordinal)
            .ToArray();

    private string Relative(string path) => Path.GetRelativePath(_corpus.Root, Path.GetFullPath(path)).Replace('\\', '/');

    private static string Folder(string path) => path.Contains('/') ? path[..path.LastIndexOf('/')] : string.Empty;

    // The folders whose registries apply to an article: its own and each above it, up to the corpus.
    private static HashSet<string> Ancestors(string article)
    {
        var folders = new HashSet<string> { string.Empty };
        for (var folder = Folder(article); folder.Length > 0; folder = Folder(folder))
        {
            folders.Add(folder);
        }

        return folders;
    }

    private sealed class CorpusText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
    }

    private sealed class BuildProperties(IDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global = new(values);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(IDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
