using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ArticleCompiler.Checking;
using ArticleCompiler.Annotation;
using ArticleCompiler.Cli.Input;
using ArticleCompiler.Cli.Output;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Cli.Commands;

/// <summary><c>artc annotate</c>: raw news articles become annotated drafts (*.article.md).</summary>
internal static class AnnotateCommand
{
    /// <summary>The file-name ending of raw articles in a folder.</summary>
    public const string RawExtension = ".txt";

    /// <summary>What to annotate and where the drafts go.</summary>
    public sealed record Request(IReadOnlyList<string> Paths, string? Output, bool Force, double MinimumConfidence, long MaxFileSize)
    {
        /// <summary>Speaker registries named with --registry (those above the drafts' folder are found too).</summary>
        public IReadOnlyList<string> Registries { get; init; } = Array.Empty<string>();
    }

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Raw articles: plain-text files, folders (searched recursively for *.txt) or glob patterns.",
            Arity = ArgumentArity.OneOrMore,
        };
        var outputPath = new Option<string?>("--output", "-o")
        {
            Description = "The draft file (one input), or the folder for the drafts (several inputs or a folder). Default for one file: standard output.",
        };
        var force = new Option<bool>("--force") { Description = "Overwrite drafts that already exist." };
        var minConfidence = new Option<double>("--min-confidence")
        {
            Description = "Attributions less sure than this (0 to 1) are listed, not written into the draft.",
            DefaultValueFactory = _ => AnnotatorOptions.DefaultMinimumConfidence,
        };
        CommonOptions.RequireRange(
            minConfidence,
            text => double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _),
            value => !double.IsNaN(value) && value >= 0 && value <= 1,
            "--min-confidence must be a number from 0 to 1");
        var registries = new Option<string[]>("--registry")
        {
            Description = "A speaker registry (speakers.yaml) whose people the drafts quote by its keys; repeatable. Those in the drafts' folder and above it are read too.",
            Arity = ArgumentArity.OneOrMore,
        };
        var maxFileSize = CommonOptions.MaxFileSize();

        var command = new Command("annotate", "Turn raw news articles (plain text) into annotated drafts: front matter, sections, asides, speakers and quotes. Attributions to check are listed on standard error and in the draft.")
        {
            paths, outputPath, force, minConfidence, registries, maxFileSize,
        };
        command.SetAction(parseResult => Run(
            new Request(parseResult.GetValue(paths) ?? Array.Empty<string>(), parseResult.GetValue(outputPath), parseResult.GetValue(force), parseResult.GetValue(minConfidence), parseResult.GetValue(maxFileSize))
            {
                Registries = parseResult.GetValue(registries) ?? Array.Empty<string>(),
            },
            output,
            error));
        return command;
    }

    /// <summary>Annotates every input; returns 0, 1 (an input could not be read as text) or 2 (trouble).</summary>
    public static int Run(Request request, TextWriter output, TextWriter error)
    {
        var files = ArticleFileFinder.FindOrReport(request.Paths, error, RawExtension);
        if (files is null)
        {
            return ExitCodes.UsageOrInputProblem;
        }

        if (files.Count == 0)
        {
            error.WriteLine("artc: error: no raw articles (*" + RawExtension + ") found in " + string.Join(", ", request.Paths.Select(p => "'" + p + "'")));
            return ExitCodes.UsageOrInputProblem;
        }

        if (files.Count > 1 && request.Output is null)
        {
            error.WriteLine("artc: error: several raw articles need --output FOLDER for their drafts");
            return ExitCodes.UsageOrInputProblem;
        }

        // -o is a folder when it is one, ends with a separator, or must be (several drafts, or a
        // folder of raw articles and a name that is not a draft's).
        var toFolder = request.Output is { } o
            && (Directory.Exists(o) || o.EndsWith("/", StringComparison.Ordinal) || o.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal)
                || files.Count > 1 || (request.Paths.Any(Directory.Exists) && !o.EndsWith(ArticleFileFinder.Extension, StringComparison.OrdinalIgnoreCase)));
        var targets = files.Select(file => request.Output is null ? null : toFolder ? Path.Combine(request.Output, DraftName(file)) : request.Output).ToArray();
        if (Conflicts(files, targets, request.Force, error))
        {
            return ExitCodes.UsageOrInputProblem;
        }

        var registry = AnnotateRegistry.Load(request.Registries, targets, request.MaxFileSize, error, out var registryExit);
        if (registry is null)
        {
            return registryExit;
        }

        try
        {
            Directory.CreateDirectory(toFolder ? request.Output! : Path.GetDirectoryName(Path.GetFullPath(targets[0] ?? "."))!);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"artc: error: cannot create the folder for '{request.Output}': {exception.Message}");
            return ExitCodes.UsageOrInputProblem;
        }

        var options = registry with { MinimumConfidence = request.MinimumConfidence };
        var results = new Outcome[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            // One file's trouble is that file's result; the others go on.
            try
            {
                var file = DiskCorpusFiles.Read(files[i], request.MaxFileSize);
                results[i] = file.Text is null
                    ? new Outcome(null, file.Problem, null)
                    : new Outcome(ArticleAnnotator.Annotate(file.Text, options, RawName(files[i])), null, null);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                results[i] = new Outcome(null, null, $"cannot read '{files[i]}': {exception.Message}");
            }
        });

        // A draft written to a named file lands in a folder too, and must validate with the drafts
        // already there (a.article.md then b.article.md from two texts with one headline).
        if (toFolder)
        {
            UniqueIds(results, targets, request.Output!, request.MaxFileSize);
        }
        else if (targets[0] is { } target)
        {
            UniqueIds(results, targets, Path.GetDirectoryName(Path.GetFullPath(target))!, request.MaxFileSize);
        }

        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            if (results[i].Result is { } result && targets[i] is { } target && !result.Findings.Any(f => f.Severity == DiagnosticSeverity.Error))
            {
                try
                {
                    AtomicFile.Write(target, result.Draft, request.Force);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    results[i] = new Outcome(null, null, $"cannot write '{target}': {exception.Message}");
                }
            }
        });

        return Report(files, targets, results, output, error);
    }

    private static int Report(IReadOnlyList<string> files, string?[] targets, Outcome[] results, TextWriter output, TextWriter error)
    {
        var exit = ExitCodes.Success;
        var quotes = 0;
        var notes = 0;
        var reported = new MsBuildValidationWriter(error);
        for (var i = 0; i < files.Count; i++)
        {
            var (result, problem, failure) = results[i];
            if (failure is not null)
            {
                error.WriteLine("artc: error: " + failure);
                exit = ExitCodes.UsageOrInputProblem;
                continue;
            }

            if (problem is not null)
            {
                reported.Write(ReportedFinding.InText(files[i], problem, null));
                exit = Math.Max(exit, ExitCodes.FindingsAtErrorLevel);
                continue;
            }

            foreach (var note in result!.Notes)
            {
                error.WriteLine(FormattableString.Invariant($"{files[i]}({note.Line},{note.Column}): note: {note.Message}"));
            }

            foreach (var finding in result.Findings.Where(f => f.Severity == DiagnosticSeverity.Error))
            {
                // The annotator drops what would not validate; reaching this is a bug, said plainly.
                error.WriteLine(FormattableString.Invariant($"{files[i]}: error {finding.Code}: the draft would not validate ({finding.Message}); no draft written"));
                exit = Math.Max(exit, ExitCodes.FindingsAtErrorLevel);
            }

            if (targets[i] is null && !result.Findings.Any(f => f.Severity == DiagnosticSeverity.Error))
            {
                output.Write(result.Draft);
            }

            quotes += result.QuoteCount;
            notes += result.Notes.Count;
        }

        if (targets.Any(t => t is not null))
        {
            var written = results.Count(r => r.Result is not null && !r.Result.Findings.Any(f => f.Severity == DiagnosticSeverity.Error));
            error.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} {1} written: {2} quotes annotated, {3} attributions to check.", written, written == 1 ? "draft" : "drafts", quotes, notes));
        }

        return exit;
    }

    private static bool Conflicts(IReadOnlyList<string> inputs, string?[] targets, bool force, TextWriter error)
    {
        var conflict = false;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var raw = new HashSet<string>(inputs.Select(Path.GetFullPath), StringComparer.Ordinal);
        foreach (var target in targets.OfType<string>())
        {
            var full = Path.GetFullPath(target);
            if (raw.Contains(full))
            {
                // Not even with --force: the raw article would be lost.
                error.WriteLine($"artc: error: '{target}' is a raw article being annotated; write the draft elsewhere");
                conflict = true;
            }
            else if (!seen.Add(full))
            {
                error.WriteLine($"artc: error: two raw articles would both be written to '{target}'");
                conflict = true;
            }
            else if (Directory.Exists(target))
            {
                error.WriteLine($"artc: error: '{target}' is a folder");
                conflict = true;
            }
            else if (AtomicFile.Resolve(target, out var problem) is not { } resolved)
            {
                error.WriteLine("artc: error: " + problem);
                conflict = true;
            }
            else if (!force && resolved.Kind == AtomicFile.Kind.Replace && File.Exists(target))
            {
                // A device or a FIFO holds no draft to lose: it is written into, as by a shell's >.
                error.WriteLine($"artc: error: '{target}' exists; use --force to overwrite it");
                conflict = true;
            }
        }

        return conflict;
    }

    // Drafts written into one folder validate together: each id differs from the others of this run
    // and from those of the drafts already in the folder (those this run replaces aside), in input
    // order, with -2, -3 ... as needed.
    private static void UniqueIds(Outcome[] results, string?[] targets, string folder, long maxFileSize)
    {
        var replaced = new HashSet<string>(targets.OfType<string>().Select(Path.GetFullPath), StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*" + ArticleFileFinder.Extension).Order(StringComparer.Ordinal))
            {
                // DiskCorpusFiles.Read never opens a FIFO, socket or device; those, and unreadable
                // drafts, hold no id we can see.
                try
                {
                    if (!replaced.Contains(Path.GetFullPath(path)) && DiskCorpusFiles.Read(path, maxFileSize).Text is { } text)
                    {
                        taken.Add(ArticleParser.Parse(text).Article.Metadata.Id);
                    }
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                }
            }
        }

        for (var i = 0; i < results.Length; i++)
        {
            if (results[i].Result is { } result)
            {
                results[i] = results[i] with { Result = ArticleAnnotator.WithId(result, ArticleAnnotator.UniqueId(result.Id, taken)) };
            }
        }
    }

    // news/a.txt gives "a": the name an article without a headline takes its id from.
    private static string RawName(string file)
    {
        var name = Path.GetFileName(file);
        return name.EndsWith(RawExtension, StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - RawExtension.Length) : name;
    }

    /// <summary>news/a.txt gives a.article.md.</summary>
    public static string DraftName(string file) => RawName(file) + ArticleFileFinder.Extension;

    private sealed record Outcome(AnnotationResult? Result, Finding? Problem, string? Failure);
}
