using System;
using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Annotation;
using ArticleCompiler.Diffing;
using ArticleCompiler.Parsing;
using ArticleCompiler.Registry;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Benchmarks.Fuzzing;

/// <summary>What one input did: a crash, or a broken promise of the engine, and what it cost.</summary>
internal sealed class FuzzOutcome
{
    /// <summary>The stage that threw, and the exception.</summary>
    public (string Stage, Exception Exception)? Crash { get; set; }

    /// <summary>The draft of the input that does not validate, and its errors.</summary>
    public (string Draft, string Errors)? DraftFailure { get; set; }

    /// <summary>Why the diff broke a promise (an article differs from itself).</summary>
    public string? DiffFailure { get; set; }

    /// <summary>The decoded text, when the input is UTF-8 text; the generator check samples these.</summary>
    public string? Text { get; set; }

    /// <summary>Errors that validation found (expected for most inputs; a count, not a finding).</summary>
    public int Errors { get; set; }

    /// <summary>The stage under way: what a hung input is stuck in.</summary>
    public volatile string? Running;

    /// <summary>Milliseconds per stage finished.</summary>
    public Dictionary<string, double> Milliseconds { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// Runs one input through what the commands do in core: decode as the CLI does, parse and
/// validate (with the seed registry in scope, and in a two-file corpus), annotate and validate the
/// draft, and diff against a revised copy. Each promise the engine makes is checked.
/// </summary>
internal static class FuzzTarget
{
    private const string ArticlePath = "/fuzz/news/input.article.md";
    private static readonly ValidationOptions Plain = new(DateTimeOffset.UtcNow);
    private static readonly ValidationOptions DraftOptions = new(DateTimeOffset.MaxValue);
    private static readonly Lazy<RegistryScope> SeedRegistry = new(() =>
        SpeakerRegistry.Create(new[] { SpeakerRegistryFile.Read("/fuzz/speakers.yaml", System.IO.File.ReadAllText(Tests.Shared.RepositoryPaths.SeedRegistry)) }).ScopeFor(ArticlePath));

    /// <summary>Runs <paramref name="input"/>, filling in <paramref name="outcome"/> as each stage ends.</summary>
    public static void Run(FuzzInput input, Random random, FuzzOutcome outcome)
    {
        string? text = null;
        Stage(outcome, "decode", () =>
        {
            // The CLI reports a file over the limit without decoding it.
            text = input.Bytes.LongLength > ArticleTextDecoder.DefaultMaximumSize
                ? null
                : ArticleTextDecoder.Decode(input.Bytes, input.Bytes.Length, out _);
        });
        if (text is null || outcome.Crash is not null)
        {
            return;
        }

        outcome.Text = input.IsRegistry ? null : text;
        if (input.IsRegistry)
        {
            Stage(outcome, "registry", () =>
            {
                var file = SpeakerRegistryFile.Read("/fuzz/speakers.yaml", text);
                var registry = SpeakerRegistry.Create(new[] { file, SpeakerRegistryFile.Read("/fuzz/news/speakers.yaml", text) });
                _ = registry.Findings();
                _ = ArticleValidator.Check(ArticleParser.Parse(Seed()), Plain with { Registry = registry.ScopeFor(ArticlePath) });
            });
            return;
        }

        var revised = FuzzInputs.Revise(random, text);
        Stage(outcome, "validate", () =>
        {
            var parsed = ArticleParser.Parse(text);
            var options = random.Next(2) == 0 ? Plain : Plain with { Registry = SeedRegistry.Value };
            var validated = ArticleValidator.Check(parsed, options);
            outcome.Errors = validated.Findings.Count(f => f.Severity == DiagnosticSeverity.Error);
            var corpus = new CorpusValidator();
            corpus.Add("a.article.md", parsed);
            corpus.Add("b.article.md", ArticleParser.Parse(revised));
            _ = corpus.Finish();
        });

        Stage(outcome, "annotate", () =>
        {
            var result = ArticleAnnotator.Annotate(text, new AnnotatorOptions());
            var errors = ArticleValidator.Validate(result.Draft, DraftOptions).Where(f => f.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                outcome.DraftFailure = (result.Draft, string.Join("\n", errors.Select(e => $"{e.Span.Line}:{e.Span.Column}: {e.Code}: {e.Message}")));
            }
        });

        Stage(outcome, "diff", () =>
        {
            var options = new DiffOptions(IgnoreTypography: random.Next(2) == 0);
            var old = Side(text);
            var @new = Side(revised);
            if (old is null || @new is null)
            {
                return;
            }

            _ = ArticleDiffer.Diff(old, @new, options);
            var self = ArticleDiffer.Diff(old, Side(text)!, options);
            if (self.HasDifferences)
            {
                outcome.DiffFailure = "the article differs from itself";
            }
        });
    }

    // As artc diff reads a side: an article (text that starts with front matter) must validate
    // without errors; anything else is plain text.
    private static DiffSource? Side(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return DiffSource.FromPlainText(text);
        }

        var validated = ArticleValidator.Check(ArticleParser.Parse(text), Plain);
        return validated.Findings.Any(f => f.Severity == DiagnosticSeverity.Error) ? null : DiffSource.FromArticle(validated.Article);
    }

    private static readonly Lazy<string> SeedText = new(() => System.IO.File.ReadAllText(Tests.Shared.RepositoryPaths.Seed));

    private static string Seed() => SeedText.Value;

    private static void Stage(FuzzOutcome outcome, string name, Action action)
    {
        outcome.Running = name;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            action();
        }
        catch (Exception exception)
        {
            outcome.Crash ??= (name, exception);
        }

        outcome.Milliseconds[name] = watch.Elapsed.TotalMilliseconds;
        outcome.Running = null;
    }
}
