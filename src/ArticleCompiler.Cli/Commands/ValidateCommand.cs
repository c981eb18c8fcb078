using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using ArticleCompiler.Checking;
using ArticleCompiler.Cli.Input;
using ArticleCompiler.Cli.Output;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Cli.Commands;

/// <summary><c>artc validate</c>: checks articles and reports every finding, for people and for CI.</summary>
internal static class ValidateCommand
{
    /// <summary>The formats <c>artc validate</c> writes.</summary>
    public enum Format
    {
        /// <summary>Compiler-style lines with the source line and a caret, and a summary.</summary>
        Text,

        /// <summary><c>file(line,col): error CODE: message</c>, which CI systems turn into annotations.</summary>
        MsBuild,

        /// <summary>One JSON document.</summary>
        Json,

        /// <summary>SARIF 2.1.0, for code scanning.</summary>
        Sarif,
    }

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = CommonOptions.Paths();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (default), msbuild, json or sarif.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "msbuild", "json", "sarif");
        var warnAsError = new Option<bool>("--warnaserror")
        {
            Description = "Treat warnings as errors (they then fail validation).",
        };
        var maxFileSize = CommonOptions.MaxFileSize();
        var cache = CommonOptions.Cache();
        var cacheLocation = CommonOptions.CacheLocation();

        var command = new Command("validate", "Check articles against the format and report every finding with its file, line and column.")
        {
            paths, format, warnAsError, maxFileSize, cache, cacheLocation,
        };
        command.SetAction(parseResult => Run(
            new Request(
                parseResult.GetValue(paths) ?? Array.Empty<string>(),
                ParseFormat(parseResult.GetValue(format)),
                parseResult.GetValue(warnAsError),
                parseResult.GetValue(maxFileSize),
                ConsoleColour.IsWanted(output))
            {
                Cache = parseResult.GetValue(cache) ? parseResult.GetValue(cacheLocation) ?? string.Empty : null,
            },
            output,
            error));
        return command;
    }

    private static Format ParseFormat(string? name) => name switch
    {
        "msbuild" => Format.MsBuild,
        "json" => Format.Json,
        "sarif" => Format.Sarif,
        _ => Format.Text,
    };

    /// <summary>Everything one validation run is asked to do.</summary>
    public sealed record Request(IReadOnlyList<string> Paths, Format Format, bool WarnAsError, long MaxFileSize, bool UseColour)
    {
        /// <summary>With <c>--cache</c>: where its file is (<see cref="CheckCache.Locate"/>; empty: the default); null without it.</summary>
        public string? Cache { get; init; }

        /// <summary>The artc a cache is written by and for; null: this one (<see cref="CheckCache.ArtcVersion"/>; tests play another).</summary>
        public string? ArtcVersion { get; init; }
    }

    /// <summary>Validates the files of <paramref name="request"/>; returns the exit code.</summary>
    public static int Run(Request request, TextWriter output, TextWriter error)
    {
        var cacheFile = request.Cache is null ? null : CheckCache.Preload(request.Cache);   // read while the folders are walked
        var files = ArticleFileFinder.FindOrReport(request.Paths, error, withRegistries: true);
        if (files is null)
        {
            return ExitCodes.UsageOrInputProblem;
        }

        var disk = new DiskCorpusFiles(request.MaxFileSize);
        var options = new ValidationOptions(DateTimeOffset.UtcNow);
        var check = new CorpusCheck(disk, files, options);
        foreach (var failure in check.ReadFailures)
        {
            error.WriteLine("artc: error: cannot read " + failure);
        }

        var writer = ValidationWriter.For(request.Format, output, request.UseColour);
        var report = new ValidationReport();
        var readFailures = check.ReadFailures.Count;
        var internalFailures = 0;
        var progress = Progress.For(error, check.Articles.Count, "checked");
        using var cache = cacheFile is null ? null : CheckCache.Open(cacheFile, request.ArtcVersion ?? CheckCache.ArtcVersion, request.MaxFileSize, check.Registries, check.ContextOf, options.Now, error);

        // Files are read and checked in parallel but reported in order; only each file's report
        // (not its text) outlives the file, so memory stays flat however many files there are.
        OrderedWork.Run(check.Articles, path => cache is null
            ? ValidateFile(check, disk, path, null)
            : cache.Check(path, cached => new FileResult(path, cached.ToReport(path), null), () => ValidateFile(check, disk, path, options.Now), result => result.ForCache), result =>
        {
            if (result.InternalError is not null || result.ReadError is not null || result.Report?.Findings.Count > 0)
            {
                progress.Clear();
            }

            progress.Advance();
            if (result.InternalError is not null)
            {
                error.WriteLine($"artc: internal error on '{result.Path}': {result.InternalError} (please report this)");
                internalFailures++;
                return;
            }

            if (result.ReadError is not null)
            {
                error.WriteLine($"artc: error: cannot read '{result.Path}': {result.ReadError}");
                readFailures++;
                return;
            }

            report.Files++;
            check.Add(result.Report!);
            foreach (var finding in result.Report!.Findings)
            {
                writer.Write(report.Add(finding, request.WarnAsError));
            }
        }, windowPerCore: 1024);   // a file's report: its findings, a few hundred bytes

        // The registries' own findings and keys defined twice, then the corpus rule on article ids.
        progress.Clear();
        report.Files += check.RegistryFileCount;
        foreach (var finding in check.Finish())
        {
            writer.Write(report.Add(finding, request.WarnAsError));
        }

        writer.Complete(report);
        output.Flush();
        cache?.Save(error);

        if (internalFailures > 0)
        {
            return ExitCodes.InternalError;
        }

        if (readFailures > 0)
        {
            return ExitCodes.UsageOrInputProblem;
        }

        return report.Errors > 0 ? ExitCodes.FindingsAtErrorLevel : ExitCodes.Success;
    }

    // A file's report, or why there is none.
    private sealed record FileResult(string Path, FileReport? Report, string? ReadError, string? InternalError = null)
    {
        /// <summary>What <see cref="CheckCache"/> keeps of the file (with --cache only).</summary>
        public CachedFile? ForCache { get; init; }
    }

    // One file's failure never costs the other files their findings: everything that goes wrong
    // here becomes part of this file's result. With a cache (cachedAt: the run's time) the result
    // also carries what the cache keeps.
    private static FileResult ValidateFile(CorpusCheck check, DiskCorpusFiles disk, string path, DateTimeOffset? cachedAt)
    {
        try
        {
            var file = disk.Read(path);
            var report = check.CheckArticle(file, out var checkedArticle);
            return new FileResult(path, report, null) { ForCache = cachedAt is { } now ? CachedFile.Of(file, checkedArticle, report, now) : null };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return new FileResult(path, null, exception.Message);
        }
        catch (Exception exception)
        {
            return new FileResult(path, null, null, $"{exception.GetType().Name}: {exception.Message}");
        }
    }
}
