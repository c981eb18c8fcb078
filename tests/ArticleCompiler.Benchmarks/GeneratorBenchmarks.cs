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

    /// <summary>
    /// The mean time of a re-run after one edit, over <paramref name="edits"/> edits after a first run:
    /// 'title' (one article's title), 'body' (one word of one article's body) or 'options' (the
    /// options provider replaced, as the compiler does when an .editorconfig changes).
    /// </summary>
    public double EditedRunMilliseconds(string edit, int edits)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new ArticleGenerator().AsSourceGenerator() },
            _articles,
            optionsProvider: Embedded ? EmbeddingOptions.Instance : null);
        driver = driver.RunGenerators(_compilation);
        var current = _articles[Articles / 2];
        var original = current.GetText()!.ToString();
        var watch = new System.Diagnostics.Stopwatch();
        for (var i = 0; i < edits; i++)
        {
            if (edit == "options")
            {
                driver = driver.WithUpdatedAnalyzerConfigOptions(Embedded ? new EmbeddingOptions() : new EmbeddingOptions(embed: false));
            }
            else
            {
                var changed = edit == "title"
                    ? original.Replace("title: \"Russia Ready", $"title: \"Russia Ready {i}", System.StringComparison.Ordinal)
                    : original.Replace("Russia is ready to", $"Russia is ready {i} to", System.StringComparison.Ordinal);
                var edited = new InMemoryText(current.Path, changed);
                driver = driver.ReplaceAdditionalText(current, edited);
                current = edited;
            }

            watch.Start();
            driver = driver.RunGenerators(_compilation);
            watch.Stop();
        }

        return watch.Elapsed.TotalMilliseconds / edits;
    }

    // What build/ArticleCompiler.targets gives each article: the resource it is embedded as.
    private sealed class EmbeddingOptions(bool embed = true) : AnalyzerConfigOptionsProvider
    {
        public static readonly EmbeddingOptions Instance = new();

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(null);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(embed ? "ArticleCompiler/" + textFile.Path : null);

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
