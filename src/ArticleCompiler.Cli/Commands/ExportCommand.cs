using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ArticleCompiler.Checking;
using ArticleCompiler.Cli.Input;
using ArticleCompiler.Cli.Output;
using ArticleCompiler.Cli.Output.Export;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Cli.Commands;

/// <summary><c>artc export</c>: a corpus of articles as JSON, JSON Lines, CSV or Parquet datasets.</summary>
internal static class ExportCommand
{
    /// <summary>The formats <c>artc export</c> writes.</summary>
    public enum Format
    {
        Json,
        JsonLines,
        Csv,
        Parquet,
    }

    /// <summary>What to export and where.</summary>
    public sealed record Request(IReadOnlyList<string> Paths, Format Format, RecordKind? Records, string? Output, bool AllowInvalid, long MaxFileSize)
    {
        /// <summary>With <c>--cache</c>: where its file is (<see cref="CheckCache.Locate"/>; empty: the default); null without it.</summary>
        public string? Cache { get; init; }

        /// <summary>The artc a cache is written by and for; null: this one (<see cref="CheckCache.ArtcVersion"/>; tests play another).</summary>
        public string? ArtcVersion { get; init; }
    }

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = CommonOptions.Paths();
        var format = new Option<string>("--format", "-f")
        {
            Description = "json (the corpus in one document, default), jsonl (one article a line, or one record a line with --records), csv or parquet (typed columns; needs --output).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl", "csv", "parquet");
        var records = new Option<string?>("--records")
        {
            Description = "Write one kind of record: articles, speakers, sections or quotes (jsonl, csv and parquet).",
        };
        records.AcceptOnlyFromAmong("articles", "speakers", "sections", "quotes");
        var outputPath = new Option<string?>("--output", "-o")
        {
            Description = "The file to write, or for csv and parquet without --records the folder for articles, speakers, sections and quotes (.csv or .parquet). Default: standard output (not for parquet).",
        };
        var allowInvalid = new Option<bool>("--allow-invalid") { Description = "Export even when articles have errors (they are still printed)." };
        var maxFileSize = CommonOptions.MaxFileSize();
        var cache = CommonOptions.Cache();
        var cacheLocation = CommonOptions.CacheLocation();

        var command = new Command("export", "Export articles as datasets: JSON, JSON Lines, CSV or Parquet, for pandas, R, DuckDB and Spark. An invalid corpus is refused (exit 1) unless --allow-invalid.")
        {
            paths, format, records, outputPath, allowInvalid, maxFileSize, cache, cacheLocation,
        };
        command.SetAction(parseResult => Run(
            new Request(
                parseResult.GetValue(paths) ?? Array.Empty<string>(),
                parseResult.GetValue(format) switch { "jsonl" => Format.JsonLines, "csv" => Format.Csv, "parquet" => Format.Parquet, _ => Format.Json },
                ExportRecords.Parse(parseResult.GetValue(records)),
                parseResult.GetValue(outputPath),
                parseResult.GetValue(allowInvalid),
                parseResult.GetValue(maxFileSize))
            {
                Cache = parseResult.GetValue(cache) ? parseResult.GetValue(cacheLocation) ?? string.Empty : null,
            },
            output,
            error));
        return command;
    }

    /// <summary>Exports the articles of <paramref name="request"/>; returns 0, 1 (invalid corpus) or 2 (trouble).</summary>
    public static int Run(Request request, TextWriter output, TextWriter error)
    {
        if (request.Format == Format.Json && request.Records is not null)
        {
            error.WriteLine("artc: error: --records goes with --format jsonl, csv or parquet; json writes whole articles");
            return ExitCodes.UsageOrInputProblem;
        }

        if (request.Format == Format.Csv && request.Records is null && request.Output is null)
        {
            error.WriteLine("artc: error: csv writes four files: give --output FOLDER, or --records KIND for one");
            return ExitCodes.UsageOrInputProblem;
        }

        if (request.Format == Format.Parquet && request.Output is null)
        {
            // Parquet is binary and its footer comes last: nothing a terminal or a pipe's reader can use as it comes.
            error.WriteLine(request.Records is null
                ? "artc: error: parquet is written to files, not standard output: give --output FOLDER for the four files, or --records KIND --output FILE for one"
                : "artc: error: parquet is written to a file, not standard output: give --output FILE");
            return ExitCodes.UsageOrInputProblem;
        }

        var cacheFile = request.Cache is null ? null : CheckCache.Preload(request.Cache);   // read while the folders are walked
        var files = ArticleFileFinder.FindOrReport(request.Paths, error, withRegistries: true);
        if (files is null)
        {
            return ExitCodes.UsageOrInputProblem;
        }

        var wanted = Targets(request);
        var targets = new List<AtomicFile.Target?>();
        foreach (var target in wanted)
        {
            // Every target is checked before any is written: a run never leaves a mix of old and new files.
            if (target.Path is null)
            {
                targets.Add(null);
                continue;
            }

            var resolved = AtomicFile.Resolve(target.Path, out var problem);
            if (resolved is null)
            {
                error.WriteLine("artc: error: " + problem);
                return ExitCodes.UsageOrInputProblem;
            }

            targets.Add(resolved);
        }

        // Nothing is written anywhere until the whole corpus is exported and valid (AtomicBatch).
        using var batch = new AtomicBatch(".artc-export-");
        var writers = new List<ExportWriter>();
        for (var i = 0; i < targets.Count; i++)
        {
            var stream = batch.Add(targets[i]);
            writers.Add(request.Format switch
            {
                Format.Json => ExportWriter.Json(stream),
                Format.JsonLines => ExportWriter.JsonLines(stream, wanted[i].Records),
                Format.Parquet => ExportWriter.Parquet(stream, wanted[i].Records!.Value),
                _ => ExportWriter.Csv(stream, wanted[i].Records!.Value),
            });
        }

        var errors = Export(files, request, wanted, cacheFile, writers, error, out var readFailures);
        foreach (var writer in writers)
        {
            writer.Complete();
            writer.Dispose();
        }

        if (readFailures > 0)
        {
            // A file that cannot be read is trouble with the input, not an invalid article.
            error.WriteLine("artc: error: nothing exported");
            return ExitCodes.UsageOrInputProblem;
        }

        if (errors > 0 && !request.AllowInvalid)
        {
            error.WriteLine($"artc: error: {errors} error{(errors == 1 ? string.Empty : "s")} in the articles: nothing exported (--allow-invalid exports anyway)");
            return ExitCodes.FindingsAtErrorLevel;
        }

        batch.Commit(output);
        return ExitCodes.Success;
    }

    private sealed record Target(string? Path, RecordKind? Records);

    private static List<Target> Targets(Request request)
    {
        if (request.Format is Format.Csv or Format.Parquet && request.Records is null)
        {
            var extension = request.Format == Format.Csv ? ".csv" : ".parquet";
            return new[] { RecordKind.Articles, RecordKind.Speakers, RecordKind.Sections, RecordKind.Quotes }
                .Select(kind => new Target(Path.Combine(request.Output!, kind.ToString().ToLowerInvariant() + extension), kind))
                .ToList();
        }

        return new List<Target> { new(request.Output, request.Records) };
    }

    // Reads, validates and writes the articles in order (with a cache, the bytes and findings of
    // unchanged files as an earlier run left them); returns the number of errors, printed to
    // standard error as validate --format msbuild prints them.
    private static int Export(IReadOnlyList<string> files, Request request, IReadOnlyList<Target> targets, Task<CheckCache.Stored>? cacheFile, IReadOnlyList<ExportWriter> writers, TextWriter error, out int readFailures)
    {
        var disk = new DiskCorpusFiles(request.MaxFileSize);
        var options = new ValidationOptions(DateTimeOffset.UtcNow);
        var check = new CorpusCheck(disk, files, options);
        foreach (var failure in check.ReadFailures)
        {
            error.WriteLine("artc: error: cannot read " + failure);
        }

        var reported = new MsBuildValidationWriter(error);
        var errors = 0;
        var progress = Progress.For(error, check.Articles.Count, "exported");
        readFailures = check.ReadFailures.Count;
        var failures = readFailures;
        using var cache = cacheFile is null ? null : CheckCache.Open(cacheFile, request.ArtcVersion ?? CheckCache.ArtcVersion, request.MaxFileSize, check.Registries, check.ContextOf, options.Now, error);

        // Everything besides the file that its bytes depend on (the registries, the artc and the
        // .editorconfig files are the entry's own key).
        var export = CheckCache.ExportKey(request.Format + ":" + string.Join(",", targets.Select(target => target.Records?.ToString() ?? "whole")));
        OrderedWork.Run(check.Articles, path => cache is null
            ? Read(check, disk, path, writers, null)
            : cache.Check(path, cached => Reuse(cache, export, cached, path), () => Read(check, disk, path, writers, options.Now), result => Keep(cache, export, result)), result =>
        {
            var (path, report, article, failure) = result;
            if (failure is not null || report?.Findings.Count > 0)
            {
                progress.Clear();   // error is the terminal the line is drawn on
            }

            progress.Advance();
            if (failure is not null)
            {
                error.WriteLine($"artc: error: cannot read '{path}': {failure}");
                failures++;
                return;
            }

            foreach (var finding in report!.Findings)
            {
                reported.Write(finding);
                errors += finding.Finding.Severity == DiagnosticSeverity.Error ? 1 : 0;
            }

            if (article is null)
            {
                return;
            }

            check.Add(report);
            article.AppendTo(writers);
        }, windowPerCore: 16);   // each waits as its rendered bytes

        readFailures = failures;
        progress.Clear();
        foreach (var finding in check.Finish())
        {
            reported.Write(finding);
            errors += finding.Finding.Severity == DiagnosticSeverity.Error ? 1 : 0;
        }

        cache?.Save(error);
        return errors;
    }

    // A file's report and bytes, or why there are none; with a cache, what it keeps of the file.
    private sealed record FileResult(string Path, FileReport? Report, ExportedArticle? Article, string? Failure)
    {
        public CachedFile? ForCache { get; init; }
    }

    // The cached findings and bytes of an unchanged file, as this export writes it; null when the
    // cache has no bytes for this export of it (left by validate, or by an export with other options).
    private static FileResult? Reuse(CheckCache cache, UInt128 export, CachedFile cached, string path) =>
        cached.Rendering is { } rendering && cache.Read(rendering, export, path) is { } chunks
            ? new FileResult(path, cached.ToReport(path), chunks.Length == 0 ? null : new ExportedArticle(chunks), null)
            : null;

    // What the cache keeps of a file checked and rendered now: its findings, and its bytes.
    private static CachedFile? Keep(CheckCache cache, UInt128 export, FileResult result) =>
        result.ForCache is { } kept
            ? kept with { Rendering = cache.Store(export, result.Path, result.Article?.Chunks ?? Array.Empty<ExportChunk>()) }
            : null;

    private static FileResult Read(CorpusCheck check, DiskCorpusFiles disk, string path, IReadOnlyList<ExportWriter> writers, DateTimeOffset? cachedAt)
    {
        try
        {
            var file = disk.Read(path);
            var report = check.CheckArticle(file, out var checkedArticle);

            // Rendered here, in parallel: only the bytes wait to be written in order, not the article.
            var article = checkedArticle.Article;
            return new FileResult(path, report, article is null ? null : ExportedArticle.Render(article, path, writers), null)
            {
                ForCache = cachedAt is { } now ? CachedFile.Of(file, checkedArticle, report, now) : null,
            };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new FileResult(path, null, null, exception.Message);
        }
    }
}
