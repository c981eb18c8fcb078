using System;
using BenchmarkDotNet.Attributes;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Benchmarks;

/// <summary>Parse and validate the seed-sized article in-process (one core).</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private readonly ValidationOptions _options = new(DateTimeOffset.UtcNow);
    private string _seed = string.Empty;

    [GlobalSetup]
    public void Setup() => _seed = SeedCorpus.Seed;

    [Benchmark]
    public ParsedArticle Parse() => ArticleParser.Parse(_seed);

    [Benchmark]
    public int ParseAndValidate() => ArticleValidator.Validate(_seed, _options).Count;
}
