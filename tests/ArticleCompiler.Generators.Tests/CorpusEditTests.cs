using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Generators.Models;
using Microsoft.CodeAnalysis;
using Xunit;
using Steps = ArticleCompiler.Generators.ArticleGenerator.Steps;

namespace ArticleCompiler.Generators.Tests;

/// <summary>
/// The edits a newsroom makes, on a corpus as the package's targets give it to the compiler:
/// embedded articles, an .editorconfig and a speaker registry. Each edit re-runs only the steps of
/// what it touches, and changes only the generated files that hold it.
/// </summary>
public class CorpusEditTests
{
    private const int Seeds = 12;

    private const string Registry =
        "lavrov:\n  name: Sergei Lavrov\n  role: Foreign Minister of Russia\n" +
        "shoigu:\n  name: Sergei Shoigu\n  role: Defence Minister of Russia\n";

    private const string EditorConfig = "root = true\n\n[*.article.md]\ndotnet_diagnostic.ARTC202.severity = none\n";

    private readonly List<AdditionalText> _files = new();
    private readonly Compilation _compilation = GeneratorHarness.Compilation();
    private GeneratorDriver _driver;

    public CorpusEditTests()
    {
        var seed = GeneratorHarness.Seed;
        for (var i = 0; i < Seeds; i++)
        {
            _files.Add(GeneratorHarness.EmbeddedArticle($"news/a{i:D3}.article.md", seed.Replace("id: russia-us-syria", $"id: article-{i:D3}")));
        }

        // Briefs that quote a registry speaker without defining it: they refer to the registry's object.
        for (var i = 0; i < 3; i++)
        {
            _files.Add(GeneratorHarness.EmbeddedArticle($"briefs/b{i}.article.md", $"---\nid: brief-{i}\ntitle: Brief {i}\n---\n\n\"We will see what comes of the talks.\"{{@lavrov}}\n"));
        }

        _files.Add(GeneratorHarness.Article("speakers.yaml", Registry));
        _files.Add(GeneratorHarness.Article(".editorconfig", EditorConfig));
        _driver = GeneratorHarness.Driver(_files).RunGenerators(_compilation);
    }

    [Fact]
    public void EditingOneTitleBuildsOnlyThatArticlesSpecAndChangesOnlyItsPart()
    {
        var before = Sources();
        var result = Replace(7, text => text.Replace("title: \"Russia Ready to Increase", "title: \"Russia Willing to Increase"));

        Assert.All(Outputs(result, Steps.Index), o => AssertReused(o.Reason, Steps.Index));
        Assert.Equal(new[] { "article-007" }, SpecsRun(result));
        Assert.Equal(IncrementalStepRunReason.Modified, Outputs(result, Steps.Spec).Single(o => o.Reason != IncrementalStepRunReason.Cached).Reason);
        Assert.All(Outputs(result, Steps.Check).Where(o => o.Value is not CheckedInput { Checked.Path: var path } || !path.EndsWith("a007.article.md")), o => AssertReused(o.Reason, Steps.Check));

        // The title stands in the article's own part only: its Articles property inherits the
        // summary of the article's class, so the entry class is not written again.
        Assert.Equal(new[] { PartOf(before, "Article007Article") }, Changed(before, Sources()));
    }

    [Fact]
    public void EditingOneWordOfABodyBuildsOneSpecAndLeavesTheIndexAlone()
    {
        var before = Sources();
        var result = Replace(3, text => text.Replace("Russia is ready to", "Russia is willing to"));

        Assert.Equal(1, Outputs(result, Steps.Parse).Count(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.Equal(new[] { "article-003" }, SpecsRun(result));
        Assert.All(Outputs(result, Steps.Index), o => AssertReused(o.Reason, Steps.Index));
        Assert.Equal(new[] { PartOf(before, "Article003Article") }, Changed(before, Sources()));
    }

    [Fact]
    public void EditingAnEditorConfigParsesNoArticleAndBuildsNoSpec()
    {
        var before = Sources();
        var editorConfig = _files.Single(f => f.Path.EndsWith(".editorconfig"));
        var edited = GeneratorHarness.Article(".editorconfig", EditorConfig + "dotnet_diagnostic.ARTC206.severity = error\n");

        // The compiler hands the generator a new options provider whenever an .editorconfig changes.
        _driver = _driver.ReplaceAdditionalText(editorConfig, edited)
            .WithUpdatedAnalyzerConfigOptions(GeneratorHarness.OptionsProvider())
            .RunGenerators(_compilation);
        var result = _driver.GetRunResult().Results.Single();

        // The resource names are read again from the new options, and found unchanged.
        Assert.Equal(Seeds + 3, Outputs(result, Steps.ResourceName).Count(o => o.Reason == IncrementalStepRunReason.Unchanged));
        Assert.Contains(Outputs(result, Steps.Severities), o => o.Reason == IncrementalStepRunReason.Modified);
        foreach (var step in new[] { Steps.Parse, Steps.Check, Steps.IndexEntry, Steps.ResourceNames, Steps.SpecInput, Steps.Spec, Steps.Data, Steps.Chunk })
        {
            Assert.All(Outputs(result, step), o => AssertReused(o.Reason, step));
        }

        Assert.All(Outputs(result, Steps.Parse), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Empty(Changed(before, Sources()));
    }

    [Fact]
    public void EditingARegistryChangesOnlyTheSpeakersClassAndTheArticlesThatQuoteTheEditedSpeaker()
    {
        var before = Sources();
        var registry = _files.Single(f => f.Path.EndsWith("speakers.yaml"));

        // A speaker no article quotes: only the Speakers class changes.
        var shoigu = GeneratorHarness.Article("speakers.yaml", Registry.Replace("Defence Minister of Russia", "Former Defence Minister of Russia"));
        _driver = _driver.ReplaceAdditionalText(registry, shoigu).RunGenerators(_compilation);
        var result = _driver.GetRunResult().Results.Single();

        Assert.All(Outputs(result, Steps.Parse), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Empty(SpecsRun(result));
        Assert.Equal(new[] { "Speakers.g.cs" }, Changed(before, Sources()));

        // The speaker the briefs quote: the Speakers class and the briefs' parts change, no seed's part.
        before = Sources();
        var lavrov = GeneratorHarness.Article("speakers.yaml", shoigu.GetText()!.ToString().Replace("Foreign Minister of Russia", "Minister of Foreign Affairs of Russia"));
        _driver = _driver.ReplaceAdditionalText(shoigu, lavrov).RunGenerators(_compilation);
        result = _driver.GetRunResult().Results.Single();

        Assert.All(Outputs(result, Steps.Parse), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Equal(new[] { "brief-0", "brief-1", "brief-2" }, SpecsRun(result));
        var expected = new[] { "Brief0Article", "Brief1Article", "Brief2Article" }.Select(name => PartOf(before, name)).Append("Speakers.g.cs").Distinct().OrderBy(n => n);
        Assert.Equal(expected, Changed(before, Sources()));
    }

    // Replaces the text of the INDEX-th file and runs the generator again.
    private GeneratorRunResult Replace(int index, System.Func<string, string> edit)
    {
        var old = (ArticleText)_files[index];
        var name = old.Path.Substring(GeneratorHarness.ProjectDirectory.Length + 1);
        var edited = GeneratorHarness.EmbeddedArticle(name, edit(old.GetText()!.ToString()));
        Assert.NotEqual(old.GetText()!.ToString(), edited.GetText()!.ToString());
        _files[index] = edited;
        _driver = _driver.ReplaceAdditionalText(old, edited).RunGenerators(_compilation);
        return _driver.GetRunResult().Results.Single();
    }

    private Dictionary<string, string> Sources() =>
        _driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    private IEnumerable<string> Changed(Dictionary<string, string> before, Dictionary<string, string> after) =>
        before.Keys.Union(after.Keys)
            .Where(name => !before.TryGetValue(name, out var old) || !after.TryGetValue(name, out var now) || old != now)
            .OrderBy(name => name, System.StringComparer.Ordinal);

    // The generated part that declares CLASSNAME.
    private static string PartOf(Dictionary<string, string> sources, string className) =>
        sources.Single(s => s.Key.StartsWith("Articles.Part") && s.Value.Contains("public static class " + className + "\n")).Key;

    // The ids of the articles whose spec step ran (Unchanged: it ran and gave an equal value).
    private static string[] SpecsRun(GeneratorRunResult result) =>
        Outputs(result, Steps.Spec)
            .Where(o => o.Reason != IncrementalStepRunReason.Cached)
            .Select(o => ((ArticleOutput)o.Value).Spec?.Id ?? "(none)")
            .OrderBy(id => id, System.StringComparer.Ordinal)
            .ToArray();

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var runs) ? runs.SelectMany(run => run.Outputs) : Enumerable.Empty<(object, IncrementalStepRunReason)>();

    private static void AssertReused(IncrementalStepRunReason reason, string step) =>
        Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"step {step} gave a new value: {reason}");
}
