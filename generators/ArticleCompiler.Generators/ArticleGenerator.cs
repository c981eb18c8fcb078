using System;
using ArticleCompiler.Generators.Emit;
using ArticleCompiler.Generators.Models;
using Microsoft.CodeAnalysis;

namespace ArticleCompiler.Generators;

/// <summary>
/// Compiles every <c>*.article.md</c> AdditionalFile into typed C#. This file only wires the
/// pipeline: parse each file (cached per file), index the corpus, build each article's spec, then
/// emit sources and report findings.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ArticleGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline's steps, for incrementality tests.</summary>
    public static class Steps
    {
        /// <summary>Parse and validate one file.</summary>
        public const string Parse = nameof(Parse);

        /// <summary>One file's id, revision and title.</summary>
        public const string IndexEntry = nameof(IndexEntry);

        /// <summary>The corpus index.</summary>
        public const string Index = nameof(Index);

        /// <summary>The MSBuild options.</summary>
        public const string Options = nameof(Options);

        /// <summary>One article's spec.</summary>
        public const string Spec = nameof(Spec);
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(".article.md", StringComparison.OrdinalIgnoreCase))
            .Select(static (file, cancellationToken) => ArticleSteps.Parse(file.Path, file.GetText(cancellationToken)?.ToString(), cancellationToken))
            .WithTrackingName(Steps.Parse);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ReadOptions(provider.GlobalOptions))
            .WithTrackingName(Steps.Options);

        var index = files
            .Select(static (file, _) => ArticleSteps.ToIndexEntry(file))
            .WithTrackingName(Steps.IndexEntry)
            .Collect()
            .Select(static (entries, _) => ArticleSteps.BuildIndex(entries))
            .WithTrackingName(Steps.Index);

        var specs = files
            .Combine(index.Combine(options))
            .Select(static (input, _) => ArticleSteps.BuildSpec(input.Left, input.Right.Left, input.Right.Right))
            .WithTrackingName(Steps.Spec);

        context.RegisterSourceOutput(specs, static (output, article) =>
        {
            foreach (var diagnostic in article.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            if (article.Spec is not null)
            {
                var (hintName, source) = ArticleEmitter.Emit(article.Spec);
                output.AddSource(hintName, source);
            }
        });

        context.RegisterSourceOutput(index.Combine(options), static (output, input) =>
        {
            foreach (var diagnostic in input.Left.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            var (hintName, source) = IndexEmitter.Emit(new IndexOutput(input.Right.Namespace, input.Left));
            output.AddSource(hintName, source);
        });
    }

    private static GeneratorOptions ReadOptions(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options)
    {
        options.TryGetValue("build_property.ArticleCompilerNamespace", out var configured);
        options.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        options.TryGetValue("build_property.MSBuildProjectDirectory", out var projectDirectory);
        var name = !string.IsNullOrWhiteSpace(configured) ? configured : rootNamespace;
        return new GeneratorOptions(CSharpNames.Namespace(name), projectDirectory ?? string.Empty);
    }
}
