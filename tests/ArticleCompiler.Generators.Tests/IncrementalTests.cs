using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Xunit;
using Steps = ArticleCompiler.Generators.ArticleGenerator.Steps;

namespace ArticleCompiler.Generators.Tests;

/// <summary>The pipeline is incremental for real: unchanged articles are never parsed or emitted again.</summary>
public class IncrementalTests
{
    // Every step the pipeline tracks; EveryTrackedStepIsListed keeps this list and the pipeline in step.
    private static readonly string[] AllSteps =
    {
        Steps.Read, Steps.Parse, Steps.ResourceName, Steps.ResourceNames, Steps.Clock, Steps.Date, Steps.Check,
        Steps.RegistryFile, Steps.Registry, Steps.RegistryOutput, Steps.IndexEntry, Steps.Index, Steps.ClassNames,
        Steps.Utf8Literals, Steps.Options, Steps.SpecInput, Steps.Spec, Steps.Data, Steps.Chunk, Steps.Severities,
    };

    // The moment of the build is the one step whose value differs between two runs of equal inputs.
    private static readonly string[] ValueSteps = AllSteps.Where(step => step != Steps.Clock).ToArray();

    private static List<AdditionalText> Corpus(int count)
    {
        var seed = GeneratorHarness.Seed;
        return Enumerable.Range(0, count)
            .Select(i => GeneratorHarness.Article($"news/a{i:D3}.article.md", seed.Replace("id: russia-us-syria", $"id: article-{i:D3}")))
            .ToList();
    }

    // Seed copies, a registry and an .editorconfig: a corpus on which every step has outputs.
    private static List<AdditionalText> FullCorpus(int count)
    {
        var files = Corpus(count);
        files.Add(GeneratorHarness.EmbeddedArticle("briefs/brief.article.md", "---\nid: brief\ntitle: Brief\n---\n\n\"We will see what comes of the talks.\"{@lavrov}\n"));
        files.Add(GeneratorHarness.Article("speakers.yaml", "lavrov:\n  name: Sergei Lavrov\n"));
        files.Add(GeneratorHarness.Article(".editorconfig", "root = true\n\n[*.article.md]\ndotnet_diagnostic.ARTC202.severity = none\n"));
        return files;
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Reason);

    [Fact]
    public void ASecondRunWithNothingChangedIsCachedAtEveryStep()
    {
        var articles = FullCorpus(10);
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(articles).RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.Clone());
        var result = driver.GetRunResult().Results.Single();

        // A new compilation is a new moment of the build; no article's date is near it, so nothing after it changes.
        Assert.All(Reasons(result, Steps.Clock), reason => Assert.Equal(IncrementalStepRunReason.Modified, reason));
        foreach (var step in ValueSteps)
        {
            Assert.All(Reasons(result, step), reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"step {step} ran again: {reason}"));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs), output =>
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void EditingARegistryValidatesAgainWithoutParsingAndEmitsOnlyTheArticlesItChanges()
    {
        // Ten seeds quote antonov, putin, trump and fsb from their own front matter; the registry
        // defines antonov and a speaker no article quotes. The articles' antonov equals the
        // registry's, so each of them refers to the registry's object.
        var registry = GeneratorHarness.Article("speakers.yaml", "antonov:\n  name: Anatoly Antonov\n  role: Russian Ambassador to the United States\n  aliases: [Antonov, the ambassador, the diplomat, the senior diplomat]\nlavrov:\n  name: Sergei Lavrov\n");
        var articles = Corpus(10);
        articles.Add(registry);
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(articles).RunGenerators(compilation);

        // An edit to a speaker no article quotes: validated again, but nothing of the articles changes.
        var lavrov = GeneratorHarness.Article("speakers.yaml", registry.GetText()!.ToString().Replace("Sergei Lavrov", "Sergey Lavrov"));
        driver = driver.ReplaceAdditionalText(registry, lavrov).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        Assert.All(Reasons(result, Steps.Parse), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(10, Reasons(result, Steps.Check).Count(r => r == IncrementalStepRunReason.Unchanged));
        Assert.All(Reasons(result, Steps.Chunk), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Contains(Reasons(result, Steps.RegistryOutput), r => r == IncrementalStepRunReason.Modified);

        // A line added at the top moves every registry speaker: the articles name them by key only, so none is emitted again.
        var moved = GeneratorHarness.Article("speakers.yaml", "# The people the corpus quotes.\n" + lavrov.GetText()!.ToString());
        driver = driver.ReplaceAdditionalText(lavrov, moved).RunGenerators(compilation);
        result = driver.GetRunResult().Results.Single();

        Assert.Equal(10, Reasons(result, Steps.Check).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(Reasons(result, Steps.Spec), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"spec {r}"));
        Assert.All(Reasons(result, Steps.Chunk), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"chunk {r}"));

        // An edit to the registry's antonov: every article's antonov now overrides it, so every article is emitted again.
        var antonov = GeneratorHarness.Article("speakers.yaml", moved.GetText()!.ToString().Replace("the senior diplomat", "Ambassador Antonov"));
        driver = driver.ReplaceAdditionalText(moved, antonov).RunGenerators(compilation);
        result = driver.GetRunResult().Results.Single();

        Assert.All(Reasons(result, Steps.Parse), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(10, Reasons(result, Steps.Check).Count(r => r == IncrementalStepRunReason.Modified));
    }

    [Fact]
    public void EditingOneOfAHundredArticlesParsesAndEmitsOnlyThatOne()
    {
        var articles = Corpus(100);
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(articles).RunGenerators(compilation);

        var edited = articles[42];
        var changed = GeneratorHarness.Article("news/a042.article.md", edited.GetText()!.ToString().Replace("Russia is ready to", "Russia is willing to"));
        driver = driver.ReplaceAdditionalText(edited, changed).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        var parse = Reasons(result, Steps.Parse).ToList();
        Assert.Equal(100, parse.Count);
        Assert.Equal(1, parse.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(99, parse.Count(r => r == IncrementalStepRunReason.Cached));

        // The edit leaves id, revision and title alone, so the corpus index is unchanged...
        Assert.All(Reasons(result, Steps.Index), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

        // ...and only the edited article's spec is built anew.
        var spec = Reasons(result, Steps.Spec).ToList();
        Assert.Equal(1, spec.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(99, spec.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

        // ...and only the generated file that holds it is written again.
        var parts = Reasons(result, Steps.Chunk).ToList();
        Assert.True(parts.Count > 10, $"{parts.Count} parts");
        Assert.Equal(1, parts.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(parts.Count - 1, parts.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void EveryTrackedStepIsListed()
    {
        var declared = typeof(Steps).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .OrderBy(name => name, StringComparer.Ordinal);
        Assert.Equal(declared, AllSteps.OrderBy(name => name, StringComparer.Ordinal));

        // Besides its own steps, the driver tracks the compiler's inputs (Compilation, AdditionalTexts, ...) and outputs.
        var inputs = new[] { typeof(WellKnownGeneratorInputs), typeof(WellKnownGeneratorOutputs) }
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static)).Select(field => (string)field.GetValue(null)!);
        var result = GeneratorHarness.Driver(FullCorpus(2)).RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();
        Assert.Equal(AllSteps.OrderBy(name => name, StringComparer.Ordinal), result.TrackedSteps.Keys.Except(inputs).OrderBy(name => name, StringComparer.Ordinal));
    }

    [Fact]
    public void NoStepOutputHoldsASymbolASyntaxNodeOrACompilation()
    {
        var driver = GeneratorHarness.Driver(FullCorpus(2)).RunGenerators(GeneratorHarness.Compilation());
        var result = driver.GetRunResult().Results.Single();

        foreach (var step in AllSteps)
        {
            Assert.NotEmpty(result.TrackedSteps[step]);
            foreach (var output in result.TrackedSteps[step].SelectMany(run => run.Outputs))
            {
                AssertHoldsNoRoslynObjects(output.Value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    [Fact]
    public void EveryStepOutputEqualsTheOutputOfAnotherRunOverEqualInputs()
    {
        // Two drivers over separate but equal files: each step's outputs must be equal values, not the
        // same objects, or the driver could never find a re-run step's output unchanged.
        var first = GeneratorHarness.Driver(FullCorpus(3)).RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();
        var second = GeneratorHarness.Driver(FullCorpus(3)).RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();

        foreach (var step in ValueSteps)
        {
            var a = first.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Value).ToList();
            var b = second.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Value).ToList();
            Assert.Equal(a.Count, b.Count);
            for (var i = 0; i < a.Count; i++)
            {
                Assert.True(Equals(a[i], b[i]), $"step {step}, output {i}: {a[i]?.GetType().Name} is not equal to its equal run's");
                Assert.True(a[i] is null || a[i]!.GetType().IsValueType || a[i] is string || !ReferenceEquals(a[i], b[i]), $"step {step}, output {i}: one object shared by both runs");
            }
        }
    }

    private static void AssertHoldsNoRoslynObjects(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is ISymbol or SyntaxNode or Compilation or AdditionalText or Location or SemanticModel, $"{path} holds a {value.GetType().Name}");
        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                AssertHoldsNoRoslynObjects(item, $"{path}[{index++}]", seen);
            }

            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertHoldsNoRoslynObjects(field.GetValue(value), path + "." + field.Name, seen);
        }
    }
}
