using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Threading;
using ArticleCompiler.Generators;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ArticleCompiler.Generators.Tests;

/// <summary>
/// An article file given to the generator as an AdditionalFile; with a resource name, also embedded
/// in the assembly as build/ArticleCompiler.targets does (its bytes are then the resource's content).
/// </summary>
internal sealed class ArticleText : AdditionalText
{
    private readonly SourceText _text;

    public ArticleText(string path, string text, string? resourceName = null, byte[]? bytes = null)
    {
        Path = path;
        _text = SourceText.From(text, Encoding.UTF8);
        ResourceName = resourceName;
        Bytes = bytes ?? Encoding.UTF8.GetBytes(text);
    }

    public override string Path { get; }

    /// <summary>The manifest resource the build embeds the file as, if it does.</summary>
    public string? ResourceName { get; }

    /// <summary>The file's bytes.</summary>
    public byte[] Bytes { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>The MSBuild properties the generator reads, as the compiler passes them.</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly TestOptions _global;

    public TestOptionsProvider(IDictionary<string, string> global) => _global = new TestOptions(global);

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        textFile is ArticleText { ResourceName: { } resourceName }
            ? new TestOptions(new Dictionary<string, string> { [ArticleGenerator.EmbeddedResourceMetadata] = resourceName })
            : TestOptions.Empty;

    private sealed class TestOptions : AnalyzerConfigOptions
    {
        public static readonly TestOptions Empty = new(new Dictionary<string, string>());
        private readonly IDictionary<string, string> _values;

        public TestOptions(IDictionary<string, string> values) => _values = new Dictionary<string, string>(values, KeyComparer);

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}

/// <summary>Runs the generator in-process over articles, as the compiler would.</summary>
internal static class GeneratorHarness
{
    public const string ProjectDirectory = "/project";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>A compilation of <paramref name="code"/> against .NET 10 and the runtime records.</summary>
    public static CSharpCompilation Compilation(string code = "", OutputKind kind = OutputKind.DynamicallyLinkedLibrary, CSharpParseOptions? parseOptions = null) =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(code, parseOptions ?? ParseOptions, path: "Program.cs") },
            Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(ArticleCompiler.Article).Assembly.Location)),
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>A driver with the generator, the articles and the build properties.</summary>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> articles, string rootNamespace = "Consumer", string? articleNamespace = null, CSharpParseOptions? parseOptions = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new ArticleGenerator().AsSourceGenerator() },
            articles,
            parseOptions ?? ParseOptions,
            OptionsProvider(rootNamespace, articleNamespace),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>The build properties as the compiler passes them: a new object each time, as after an .editorconfig edit.</summary>
    public static AnalyzerConfigOptionsProvider OptionsProvider(string rootNamespace = "Consumer", string? articleNamespace = null)
    {
        var properties = new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = rootNamespace,
            ["build_property.MSBuildProjectDirectory"] = ProjectDirectory,
        };
        if (articleNamespace is not null)
        {
            properties["build_property.ArticleCompilerNamespace"] = articleNamespace;
        }

        return new TestOptionsProvider(properties);
    }

    /// <summary>An article at <c>/project/NAME</c>.</summary>
    public static AdditionalText Article(string name, string text) => new ArticleText(ProjectDirectory + "/" + name, text);

    /// <summary>An article at <c>/project/NAME</c> that the build embeds, as the package's targets do (with a byte order mark if asked).</summary>
    public static AdditionalText EmbeddedArticle(string name, string text, bool byteOrderMark = false) =>
        new ArticleText(ProjectDirectory + "/" + name, text, "ArticleCompiler/" + name, (byteOrderMark ? Encoding.UTF8.GetPreamble() : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes(text)).ToArray());

    /// <summary>Runs the generator over <paramref name="articles"/> and compiles the result with <paramref name="code"/>.</summary>
    public static GeneratorResult Run(string code, params AdditionalText[] articles) => Run(code, OutputKind.DynamicallyLinkedLibrary, articles);

    /// <summary>Runs the generator and compiles.</summary>
    public static GeneratorResult Run(string code, OutputKind kind, params AdditionalText[] articles)
    {
        var driver = Driver(articles).RunGeneratorsAndUpdateCompilation(Compilation(code, kind), out var output, out var generatorDiagnostics);
        var run = driver.GetRunResult();
        var resources = articles.OfType<ArticleText>()
            .Where(a => a.ResourceName is not null)
            .Select(a => new ResourceDescription(a.ResourceName!, () => new MemoryStream(a.Bytes), isPublic: true))
            .ToImmutableArray();
        return new GeneratorResult(run, (CSharpCompilation)output, generatorDiagnostics, output.GetDiagnostics()) { Resources = resources };
    }

    /// <summary>The seed article's text.</summary>
    public static string Seed => File.ReadAllText(ArticleCompiler.Tests.Shared.RepositoryPaths.Seed);
}

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorResult(
    GeneratorDriverRunResult Run,
    CSharpCompilation Compilation,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> CompilationDiagnostics)
{
    /// <summary>The generated source with <paramref name="hintName"/>.</summary>
    public string Source(string hintName) =>
        Run.Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>The one generated file that holds article records (a run over a single article).</summary>
    public string ArticlePart() =>
        Run.Results.Single().GeneratedSources.Single(s => s.HintName.StartsWith("Articles.Part", StringComparison.Ordinal)).SourceText.ToString();

    /// <summary>Compile errors and warnings in the consumer's compilation (generated code included).</summary>
    public Diagnostic[] CompileProblems => CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();

    /// <summary>The embedded articles, as the build passes them to the compiler.</summary>
    public ImmutableArray<ResourceDescription> Resources { get; init; } = ImmutableArray<ResourceDescription>.Empty;

    /// <summary>Emits the compilation (with <see cref="Resources"/>) and loads it in a collectible context.</summary>
    public Assembly Load()
    {
        using var stream = new MemoryStream();
        var emit = Compilation.Emit(stream, manifestResources: Resources);
        if (!emit.Success)
        {
            throw new InvalidOperationException(string.Join("\n", emit.Diagnostics));
        }

        stream.Position = 0;
        var context = new AssemblyLoadContext("consumer-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return context.LoadFromStream(stream);
    }
}
