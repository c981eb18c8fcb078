using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ArticleCompiler.Checking;
using ArticleCompiler.Cli.Input;
using ArticleCompiler.Cli.Output;
using ArticleCompiler.Cli.Output.Diff;
using ArticleCompiler.Diffing;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Cli.Commands;

/// <summary><c>artc diff OLD NEW</c>: what changed between two revisions of an article, in editorial terms.</summary>
internal static class DiffCommand
{
    /// <summary>The formats <c>artc diff</c> writes.</summary>
    public enum Format
    {
        /// <summary>For a terminal, coloured like git's word diff.</summary>
        Text,

        /// <summary>One JSON document (schema in docs/diff.md).</summary>
        Json,

        /// <summary>For a pull-request comment.</summary>
        Markdown,

        /// <summary>One self-contained page for a browser (docs/diff.md).</summary>
        Html,
    }

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var oldPath = new Argument<string>("old") { Description = "The old revision: an annotated *.article.md or a plain-text article." };
        var newPath = new Argument<string>("new") { Description = "The new revision: an annotated *.article.md or a plain-text article." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (default), json, markdown or html.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "markdown", "html");
        var outputPath = new Option<string?>("--output", "-o")
        {
            Description = "The file to write, whole or not at all. Default: standard output.",
        };
        var ignoreTypography = new Option<bool>("--ignore-typography")
        {
            Description = "Straight and curly quotes, non-breaking and ordinary spaces, and dash variants compare equal.",
        };
        var maxFileSize = CommonOptions.MaxFileSize();

        var command = new Command("diff", "Show what changed between two revisions of an article: front matter, speakers, sections, quotes and sentences. Exit code 0: no differences, 1: differences, 2: trouble.")
        {
            oldPath, newPath, format, outputPath, ignoreTypography, maxFileSize,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(oldPath)!,
            parseResult.GetValue(newPath)!,
            parseResult.GetValue(format) switch { "json" => Format.Json, "markdown" => Format.Markdown, "html" => Format.Html, _ => Format.Text },
            new DiffOptions(parseResult.GetValue(ignoreTypography)),
            parseResult.GetValue(maxFileSize),
            output,
            error,
            parseResult.GetValue(outputPath)));
        return command;
    }

    /// <summary>
    /// Diffs the two files and writes the diff to <paramref name="outputPath"/> (whole or not at all)
    /// or, without it, to <paramref name="output"/>; returns 0 (same), 1 (different) or 2 (trouble).
    /// </summary>
    public static int Run(string oldPath, string newPath, Format format, DiffOptions options, long maxFileSize, TextWriter output, TextWriter error, string? outputPath = null)
    {
        // A path that cannot be written is found before the work, as a shell's > finds it.
        if (outputPath is not null && !Writable(outputPath, error))
        {
            return ExitCodes.UsageOrInputProblem;
        }

        // Both sides are read before either is checked, so that one corpus check (the registries
        // read once) serves both; what is wrong with each side is still reported side by side.
        var files = new DiskCorpusFiles(maxFileSize);
        var sides = new[] { Load(oldPath, files), Load(newPath, files) };
        var annotated = sides.Where(IsArticle).Select(side => side.Path).ToList();
        var check = annotated.Count == 0 ? null : new CorpusCheck(files, annotated, new ValidationOptions(DateTimeOffset.UtcNow));

        // The new side is checked on another core while the old side is (a third of a large diff's
        // time); its messages wait in a buffer, so they still follow the old side's. A registry that
        // cannot be read is reported once: by the old side when it is an annotated article.
        var oldIsArticle = IsArticle(sides[0]);
        var newError = new StringWriter();
        var newSide = Task.Run(() => Read(sides[1], check, newError, reportRegistryFailures: !oldIsArticle));
        var old = Read(sides[0], check, error, reportRegistryFailures: true);
        var @new = newSide.GetAwaiter().GetResult();
        error.Write(newError.ToString());
        if (old is null || @new is null)
        {
            return ExitCodes.UsageOrInputProblem;
        }

        var diff = ArticleDiffer.Diff(old, @new, options);
        var shown = new DiffSides(oldPath, newPath, old.Article?.Metadata.Revision, @new.Article?.Metadata.Revision);
        var into = outputPath is null ? output : new StringWriter();
        switch (format)
        {
            case Format.Json:
                JsonDiffWriter.Write(into, shown, diff);
                break;
            case Format.Markdown:
                MarkdownDiffWriter.Write(into, shown, diff);
                break;
            case Format.Html:
                HtmlDiffWriter.Write(into, shown, diff);
                break;
            default:
                new TextDiffWriter(into, ConsoleColour.IsWanted(into)).Write(shown, diff);
                break;
        }

        if (outputPath is not null)
        {
            try
            {
                AtomicFile.Write(outputPath, into.ToString()!, overwrite: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"artc: error: cannot write '{outputPath}': {exception.Message}");
                return ExitCodes.UsageOrInputProblem;
            }
        }

        output.Flush();
        return diff.HasDifferences ? ExitCodes.Different : ExitCodes.Success;
    }

    private static bool Writable(string path, TextWriter error)
    {
        if (AtomicFile.Resolve(path, out var problem) is null)
        {
            error.WriteLine("artc: error: " + problem);
            return false;
        }

        return true;
    }

    // One side as read: its file, or what is wrong with the path.
    private sealed record Side(string Path, InputFile? File, string? Problem);

    private static Side Load(string path, DiskCorpusFiles files)
    {
        if (Directory.Exists(path))
        {
            return new Side(path, null, $"'{path}' is a folder; artc diff compares two article files.");
        }

        try
        {
            return new Side(path, files.Read(path), null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new Side(path, null, $"cannot read '{path}': {exception.Message}");
        }
    }

    // An annotated article (it starts with front matter) must validate: its findings are printed
    // and it is trouble otherwise. Anything else is a plain-text article.
    private static bool IsArticle(Side side) => side.File?.Text?.StartsWith("---", StringComparison.Ordinal) == true;

    private static DiffSource? Read(Side side, CorpusCheck? check, TextWriter error, bool reportRegistryFailures)
    {
        var (path, file, problem) = side;
        if (file is null)
        {
            error.WriteLine("artc: error: " + problem);
            return null;
        }

        var writer = new TextValidationWriter(error, useColour: false);
        if (file.Text is null)
        {
            // Not text, or too large: the finding, then the one line every exit 2 ends with.
            writer.Write(new ReportedFinding(path, file.Problem!, SourceExcerpt.In(file, file.Problem!.Span)));
            error.WriteLine($"artc: error: '{path}' {(file.Problem!.Code == DiagnosticDescriptors.FileTooLarge.Code ? "is too large to compare" : "is not text")}; nothing compared.");
            return null;
        }

        if (!file.Text.StartsWith("---", StringComparison.Ordinal))
        {
            return DiffSource.FromPlainText(file.Text);
        }

        // Speakers resolve against the registries above the file, as in the build; a registry that
        // cannot be read, or has errors, is trouble as the article's own errors are.
        if (check!.ReadFailures.Count > 0)
        {
            if (reportRegistryFailures)
            {
                foreach (var failure in check.ReadFailures)
                {
                    error.WriteLine("artc: error: cannot read " + failure);
                }
            }

            return null;
        }

        // Findings as validate reports them: configured by .editorconfig and limited per file (ARTC115).
        var registryErrors = check.RegistryFindings(path).Where(f => f.Finding.Severity == DiagnosticSeverity.Error).ToList();
        foreach (var finding in registryErrors)
        {
            writer.Write(finding);
        }

        if (registryErrors.Count > 0)
        {
            error.WriteLine($"artc: error: the speaker registries that '{path}' uses have {registryErrors.Count} error{(registryErrors.Count == 1 ? string.Empty : "s")}; fix them to compare it as an article.");
            return null;
        }

        var report = check.CheckArticle(file, out var checkedArticle);
        var errors = report.Findings.Where(f => f.Finding.Severity == DiagnosticSeverity.Error).ToList();
        foreach (var finding in errors)
        {
            writer.Write(finding);
        }

        if (errors.Count > 0)
        {
            error.WriteLine($"artc: error: '{path}' is not a valid article ({errors.Count} error{(errors.Count == 1 ? string.Empty : "s")}); fix it or compare it as plain text.");
            return null;
        }

        return DiffSource.FromArticle(checkedArticle.Article!);
    }
}
