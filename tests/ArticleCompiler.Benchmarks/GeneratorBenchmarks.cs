using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using ArticleCompiler.Generators;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ArticleCompiler.Benchmarks;

/// <summary>
/// The generator in-process over 1,000 seed-sized articles with distinct ids: one operation is a
/// full first run (parse, validate, index, build specs, emit), as a clean build does it.
/// <see cref="Embedded"/>: the articles are embedded as the package's targets do by default, so
/// the data refers to stretches of their text.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    public const int Articles = 1000;

    private ImmutableArray<AdditionalText> _articles;
    private CSharpCompilation _compilation = null!;

    [Params(false, true)]
    public bool Embedded { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var seed = SeedCorpus.Seed;
        _articles = Enumerable.Range(0, Articles)
            .Select(i => (AdditionalText)new InMemoryText($"/project/news/a{i:D4}.article.md", SeedCorpus.Copy(seed, i)))
            .ToImmutableArray();
        _compilation = CSharpCompilation.Create("Bench", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int FirstRunPerArticle()
    {
        var driver = CSharpGeneratorDriver.Create(
            new[] { new ArticleGenerator().AsSourceGenerator() },
            _articles,
            optionsProvider: Embedded ? EmbeddingOptions.Instance : null);
        return driver.RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;
    }

    // What build/ArticleCompiler.targets gives each article: the resource it is embedded as.
    private sealed class EmbeddingOptions : AnalyzerConfigOptionsProvider
    {
        public static readonly EmbeddingOptions Instance = new();

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(null);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options("ArticleCompiler/" + textFile.Path);

        private sealed class Options(string? resourceName) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = resourceName ?? string.Empty;
                return resourceName is not null && key == ArticleGenerator.EmbeddedResourceMetadata;
            }
        }
    }

    private sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
