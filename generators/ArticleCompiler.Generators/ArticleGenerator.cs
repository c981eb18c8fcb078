using ArticleCompiler.Validation;
using System;
using ArticleCompiler.Configuration;
using ArticleCompiler.Generators.Emit;
using ArticleCompiler.Generators.Models;
using ArticleCompiler.Generators.Naming;
using ArticleCompiler.Generators.Specs;
using ArticleCompiler.Registry;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleCompiler.Generators;

/// <summary>
/// Compiles every <c>*.article.md</c> AdditionalFile into typed C#. This file only wires the
/// pipeline: parse each file (cached per file), read the speaker registries, validate each file
/// against the registry entries that apply to it, index the corpus, build each article's spec,
/// then emit sources and report findings.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ArticleGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline's steps, for incrementality tests.</summary>
    public static class Steps
    {
        /// <summary>Read one file's text.</summary>
        public const string Read = nameof(Read);

        /// <summary>Parse one file.</summary>
        public const string Parse = nameof(Parse);

        /// <summary>The resource the build embeds one file as (from its AdditionalFiles metadata).</summary>
        public const string ResourceName = nameof(ResourceName);

        /// <summary>Every embedded file's resource name, by path.</summary>
        public const string ResourceNames = nameof(ResourceNames);

        /// <summary>The moment of the build, read once per compilation.</summary>
        public const string Clock = nameof(Clock);

        /// <summary>One file with whether its publication date is after the moment of the build.</summary>
        public const string Date = nameof(Date);

        /// <summary>Validate one file against the registry entries that apply to it.</summary>
        public const string Check = nameof(Check);

        /// <summary>Read one speaker registry (<c>speakers.yaml</c>).</summary>
        public const string RegistryFile = nameof(RegistryFile);

        /// <summary>The corpus's speaker registries.</summary>
        public const string Registry = nameof(Registry);

        /// <summary>The <c>Speakers</c> class and the registries' findings.</summary>
        public const string RegistryOutput = nameof(RegistryOutput);

        /// <summary>One file's id and revision.</summary>
        public const string IndexEntry = nameof(IndexEntry);

        /// <summary>The corpus index.</summary>
        public const string Index = nameof(Index);

        /// <summary>Every generated file's class name, by path.</summary>
        public const string ClassNames = nameof(ClassNames);

        /// <summary>Whether the consumer compiles UTF-8 literals.</summary>
        public const string Utf8Literals = nameof(Utf8Literals);

        /// <summary>The MSBuild options.</summary>
        public const string Options = nameof(Options);

        /// <summary>One checked file with its class name, its resource name and the options.</summary>
        public const string SpecInput = nameof(SpecInput);

        /// <summary>One article's spec.</summary>
        public const string Spec = nameof(Spec);

        /// <summary>One article's data, in the compact form the runtime decodes.</summary>
        public const string Data = nameof(Data);

        /// <summary>The articles of one generated file.</summary>
        public const string Chunk = nameof(Chunk);

        /// <summary>The severities .editorconfig sets for each article file.</summary>
        public const string Severities = nameof(Severities);
    }

    /// <summary>The AdditionalFiles metadata naming the resource the build embeds an article as.</summary>
    public const string EmbeddedResourceMetadata = "build_metadata.AdditionalFiles.ArticleCompilerResource";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var articleTexts = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(".article.md", StringComparison.OrdinalIgnoreCase));

        // The file's text as a value: a file read again with the same text is equal to the last one.
        // The compiler hands the generator new file objects on every compilation, which a driver
        // kept between builds (the compiler server's enable-generator-cache, which the package's
        // targets turn on) sees as changed: comparing texts here spares parsing them all again.
        var fileTexts = articleTexts
            .Select(static (file, cancellationToken) =>
            {
                var text = file.GetText(cancellationToken);
                return ArticleSteps.Read(file.Path, text?.ToString(), text?.Encoding is System.Text.UTF8Encoding);
            })
            .WithTrackingName(Steps.Read);

        // From the file alone: no option reaches this step, so an edit to the build's options or to
        // an .editorconfig parses nothing again.
        var files = fileTexts
            .Select(static (file, cancellationToken) => ArticleSteps.Parse(file, cancellationToken))
            .WithTrackingName(Steps.Parse);

        // build/ArticleCompiler.targets embeds each article in the assembly and names the resource in
        // the file's metadata. Only that one value is taken from the options, per file: it runs again
        // when any .editorconfig changes, but its output, and so everything after it, does not change.
        var resourceNames = articleTexts
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (input, _) => new PathEntry(
                input.Left.Path,
                input.Right.GetOptions(input.Left).TryGetValue(EmbeddedResourceMetadata, out var resourceName) ? resourceName : null))
            .WithTrackingName(Steps.ResourceName)
            .Collect()
            .Select(static (entries, _) => IndexSteps.ResourceNames(entries))
            .WithTrackingName(Steps.ResourceNames);

        var utf8Literals = context.ParseOptionsProvider
            .Select(static (parseOptions, _) => parseOptions is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp11 })
            .Combine(context.CompilationProvider.Select(static (compilation, _) => compilation.GetTypeByMetadataName("System.ReadOnlySpan`1") is not null))
            .Select(static (pair, _) => pair.Left && pair.Right)
            .WithTrackingName(Steps.Utf8Literals);

        var options = context.AnalyzerConfigOptionsProvider
            .Combine(utf8Literals)
            .Select(static (input, _) => ReadOptions(input.Left.GlobalOptions, input.Right))
            .WithTrackingName(Steps.Options);

        // The rule on publication dates (ARTC206) needs the moment of the build: read once per
        // compilation (the IDE makes one per edit), and given to each file only as whether its date
        // is after it, so a file is validated again only when the clock passes its date.
        var clock = context.CompilationProvider
            .Select(static (_, _) => DateTimeOffset.UtcNow)
            .WithTrackingName(Steps.Clock);

        var datedFiles = files
            .Combine(clock)
            .Select(static (input, _) => ArticleSteps.Date(input.Left, input.Right))
            .WithTrackingName(Steps.Date);

        // The index is made of ids and revisions, and the specs take only its class names: a title edit
        // changes neither. The entry class's properties take their documentation from the article's
        // own class (<inheritdoc>), so a title edit leaves the entry class alone too.
        var index = files
            .Select(static (file, _) => ArticleSteps.ToIndexEntry(file))
            .WithTrackingName(Steps.IndexEntry)
            .Collect()
            .Select(static (entries, _) => IndexSteps.BuildIndex(entries))
            .WithTrackingName(Steps.Index);

        var classNames = index
            .Select(static (corpus, _) => IndexSteps.ClassNames(corpus))
            .WithTrackingName(Steps.ClassNames);

        // .editorconfig files come in as AdditionalFiles (build/ArticleCompiler.targets adds them):
        // the compiler keeps dotnet_diagnostic.*.severity keys from generators and does not apply
        // them to findings located in additional files, so the generator applies them itself.
        var severities = context.AdditionalTextsProvider
            .Where(static file => System.IO.Path.GetFileName(file.Path) == ".editorconfig")
            .Select(static (file, cancellationToken) => EditorConfigFile.Parse(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .Collect()
            .Select(static (files, _) => new SeverityConfiguration(new Model.EquatableArray<EditorConfigFile>(System.Linq.Enumerable.ToArray(files))))
            .WithTrackingName(Steps.Severities);

        // speakers.yaml files: the corpus's speaker registries, which articles' keys resolve against.
        var registry = context.AdditionalTextsProvider
            .Where(static file => SpeakerRegistryFile.IsRegistry(file.Path))
            .Select(static (file, cancellationToken) => RegistrySteps.Read(file.Path, file.GetText(cancellationToken)?.ToString(), cancellationToken))
            .WithTrackingName(Steps.RegistryFile)
            .Collect()
            .Select(static (registries, _) => SpeakerRegistry.Create(registries))
            .WithTrackingName(Steps.Registry);

        var checkedFiles = datedFiles
            .Combine(registry)
            .Select(static (input, _) => ArticleSteps.Check(input.Left, input.Right))
            .WithTrackingName(Steps.Check);

        // Each file takes its own share of the corpus-wide values: this runs again for every file when
        // any of them changes, but a file's spec is built again only when its own share changed.
        var specs = checkedFiles
            .Combine(classNames)
            .Combine(resourceNames)
            .Combine(options)
            .Select(static (input, _) => SpecSteps.Join(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right))
            .WithTrackingName(Steps.SpecInput)
            .Select(static (input, _) => SpecSteps.BuildSpec(input))
            .WithTrackingName(Steps.Spec);

        var registryOutput = registry
            .Combine(options)
            .Select(static (input, _) => RegistrySteps.Build(input.Left, input.Right))
            .WithTrackingName(Steps.RegistryOutput);

        // The data is written per article, before the parts: whether the parts may use string literals
        // depends on the length of all of it (ArticleChunk.StringLiteralBudget).
        var chunks = specs
            .Select(static (article, _) => article.Spec is { } spec ? new EncodedArticle(spec, ArticleDataEncoder.Encode(spec)) : null)
            .WithTrackingName(Steps.Data)
            .Where(static article => article is not null)
            .Collect()
            .SelectMany(static (all, _) => ChunkSteps.Split(all!))
            .WithTrackingName(Steps.Chunk);

        context.RegisterSourceOutput(specs.Combine(severities), static (output, input) =>
        {
            var (article, configuration) = input;
            Report(output, article.Findings, configuration);
        });

        // Rules the corpus sets in .editorconfig (artc_required_keys, artc_allowed_categories), as
        // artc validate checks them.
        context.RegisterSourceOutput(files.Combine(severities), static (output, input) =>
        {
            var (article, configuration) = input;
            if (article.File.Parsed is { } parsed)
            {
                foreach (var finding in configuration.Report(article.File.Path, System.Array.Empty<Finding>(), parsed))
                {
                    output.ReportDiagnostic(Diagnostics.ArticleDiagnosticDescriptors.ToDiagnostic(article.File.Path, finding));
                }
            }
        });

        context.RegisterSourceOutput(registryOutput.Combine(severities), static (output, input) =>
        {
            var (result, configuration) = input;
            Report(output, result.Findings, configuration);
            if (result.Spec is { } spec)
            {
                var (hintName, source) = RegistryEmitter.Emit(spec);
                output.AddSource(hintName, source);
            }
        });

        context.RegisterSourceOutput(chunks, static (output, chunk) =>
        {
            var (hintName, source) = ArticleEmitter.Emit(chunk);
            output.AddSource(hintName, source);
        });

        context.RegisterSourceOutput(index.Combine(severities), static (output, input) =>
        {
            var (corpus, configuration) = input;
            Report(output, corpus.Findings, configuration);
        });

        context.RegisterSourceOutput(index.Combine(options), static (output, input) =>
        {
            var (corpus, generatorOptions) = input;
            var (hintName, source) = IndexEmitter.Emit(new IndexOutput(generatorOptions.Namespace, corpus));
            output.AddSource(hintName, source);
        });
    }

    // Per file, as artc validate does: the core configures the findings and applies the limit
    // (ARTC115) to what is left, so both report the same findings at the same severities.
    private static void Report(SourceProductionContext output, Model.EquatableArray<FileFinding> diagnostics, SeverityConfiguration configuration)
    {
        foreach (var file in System.Linq.Enumerable.GroupBy(diagnostics, static info => info.Path))
        {
            var findings = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(file, static info => info.Finding));
            foreach (var finding in configuration.Report(file.Key, findings))
            {
                output.ReportDiagnostic(Diagnostics.ArticleDiagnosticDescriptors.ToDiagnostic(file.Key, finding));
            }
        }
    }

    private static GeneratorOptions ReadOptions(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options, bool useUtf8Data)
    {
        options.TryGetValue("build_property.ArticleCompilerNamespace", out var configured);
        options.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        options.TryGetValue("build_property.MSBuildProjectDirectory", out var projectDirectory);
        var name = !string.IsNullOrWhiteSpace(configured) ? configured : rootNamespace;
        return new GeneratorOptions(CSharpNames.Namespace(name), projectDirectory ?? string.Empty, useUtf8Data);
    }
}
