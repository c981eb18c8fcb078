extern alias runtime;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using ArticleCompiler.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ArticleCompiler.Benchmarks.RealText;

/// <summary>A sample of real articles through the source generator in-process, as one project: the generated code must compile.</summary>
public static class GeneratorCompile
{
    public static void Run(RealTextReport report, string label, IReadOnlyList<string> articles)
    {
        if (articles.Count == 0)
        {
            return;
        }

        var texts = articles.Select(p => (AdditionalText)new FileText("/project/news/" + Path.GetFileName(p), File.ReadAllText(p))).ToImmutableArray();
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(runtime::ArticleCompiler.Article).Assembly.Location));
        var compilation = CSharpCompilation.Create("RealText", new[] { CSharpSyntaxTree.ParseText("") }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create(new[] { new ArticleGenerator().AsSourceGenerator() }, texts, optionsProvider: Options.Instance);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var articleErrors = generatorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var compileErrors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("ARTC", StringComparison.Ordinal)).ToList();
        report.Set(label + ": files compiled", texts.Length);
        report.Set(label + ": article errors", string.Join(", ", articleErrors.GroupBy(d => d.Id).Select(g => $"{g.Key} ×{g.Count()}").DefaultIfEmpty("0")));
        report.Set(label + ": compile errors in generated code", compileErrors.Count);
        foreach (var error in compileErrors)
        {
            report.Example(label + ": compile error", error.ToString());
        }
    }

    private sealed class FileText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        public static readonly Options Instance = new();

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values();

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Values();

        private sealed class Values : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = key switch
                {
                    "build_property.RootNamespace" => "RealText",
                    "build_property.MSBuildProjectDirectory" => "/project",
                    _ => string.Empty,
                };
                return value.Length > 0;
            }
        }
    }
}
