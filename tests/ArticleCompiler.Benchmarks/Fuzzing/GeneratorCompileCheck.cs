extern alias runtime;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using ArticleCompiler.Generators;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ArticleCompiler.Benchmarks.Fuzzing;

/// <summary>
/// The generator's promise on fuzzed articles: it never fails (no exception, no ARTC300, no
/// AD0001 or CS8785), and the code it emits compiles whatever the article holds: the only errors
/// of a build are the articles' own ARTC findings.
/// </summary>
internal static class GeneratorCompileCheck
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<CSharpCompilation> Empty = new(() => CSharpCompilation.Create(
        "Consumer",
        new[] { CSharpSyntaxTree.ParseText("public static class Program { }", ParseOptions, path: "Program.cs") },
        Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(runtime::ArticleCompiler.Article).Assembly.Location)),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)));

    /// <summary>
    /// Runs the generator over <paramref name="text"/> (embedded or not, as the build's two paths do)
    /// and returns what broke, or null.
    /// </summary>
    public static string? Check(string text, bool embedded)
    {
        var article = new InMemoryArticle("/project/news/fuzzed.article.md", text, embedded ? "ArticleCompiler/news/fuzzed.article.md" : null);
        var driver = CSharpGeneratorDriver.Create(
            new[] { new ArticleGenerator().AsSourceGenerator() },
            new AdditionalText[] { article },
            ParseOptions,
            new Options(article.ResourceName));
        driver.RunGeneratorsAndUpdateCompilation(Empty.Value, out var output, out var generatorDiagnostics);
        var run = driver.GetRunResult();
        var problems = new List<string>();
        if (run.Results.Single().Exception is { } exception)
        {
            problems.Add("generator threw " + exception.GetType().Name + ": " + exception.Message);
        }

        problems.AddRange(generatorDiagnostics
            .Where(d => d.Id == "ARTC300" || !d.Id.StartsWith("ARTC", StringComparison.Ordinal))
            .Select(d => d.ToString()));
        problems.AddRange(output.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.Id.StartsWith("ARTC", StringComparison.Ordinal))
            .Select(d => d.ToString()));
        return problems.Count == 0 ? null : string.Join("\n", problems);
    }

    private sealed class InMemoryArticle(string path, string text, string? resourceName) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public string? ResourceName { get; } = resourceName;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    // The build properties the package's props pass, and the resource name of an embedded article.
    private sealed class Options(string? resourceName) : AnalyzerConfigOptionsProvider
    {
        private static readonly Values Global = new(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Consumer",
            ["build_property.MSBuildProjectDirectory"] = "/project",
        });

        public override AnalyzerConfigOptions GlobalOptions => Global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            resourceName is null ? Values.None : new Values(new Dictionary<string, string> { [ArticleGenerator.EmbeddedResourceMetadata] = resourceName });

        private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Values None = new(new Dictionary<string, string>());

            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
