using System;
using System.CommandLine;
using System.IO;
using System.Linq;

namespace ArticleCompiler.Cli.Commands;

/// <summary>The root command <c>artc</c>: builds the verbs and invokes the one asked for.</summary>
internal static class ArtcCommand
{
    /// <summary>Builds the root command with every verb, writing to <paramref name="output"/>.</summary>
    public static RootCommand Create(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("artc: checks, compares, annotates and exports news articles (*.article.md).");
        root.Subcommands.Add(ValidateCommand.Create(output, error));
        root.Subcommands.Add(DiffCommand.Create(output, error));
        root.Subcommands.Add(AnnotateCommand.Create(output, error));
        root.Subcommands.Add(ExportCommand.Create(output, error));
        root.Subcommands.Add(SchemaCommand.Create(output, error));
        return root;
    }

    // One line, as documented: the parser's errors often come in pairs ("Required command was
    // not provided" beside the unknown word that caused it), and the first cause is the one to fix.
    private static string ParseProblem(RootCommand root, ParseResult parseResult)
    {
        if (parseResult.CommandResult.Command == root)
        {
            var unknown = parseResult.UnmatchedTokens.FirstOrDefault(token => !token.StartsWith('-'));
            if (unknown is not null)
            {
                return $"unknown command '{unknown}'";
            }

            if (parseResult.UnmatchedTokens.Count == 0)
            {
                return "no command given (" + string.Join(", ", root.Subcommands.Select(c => c.Name)) + ")";
            }
        }

        // Some messages list the allowed values on lines of their own: one line, the values in a list.
        var lines = parseResult.Errors[0].Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 1 ? lines[0] : lines[0] + " " + string.Join(", ", lines.Skip(1));
    }

    /// <summary>Parses <paramref name="args"/> and runs the command; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = Create(output, error);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            error.WriteLine("artc: error: " + ParseProblem(root, parseResult));
            error.WriteLine("Run 'artc --help' for usage.");
            return ExitCodes.UsageOrInputProblem;
        }

        using var signals = Interruption.Listen(error);
        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("artc: error: " + exception.Message);
            return ExitCodes.UsageOrInputProblem;
        }
        catch (AggregateException exception) when (exception.Flatten().InnerExceptions.All(e => e is IOException or UnauthorizedAccessException))
        {
            // The file system failing under parallel work: each failure in one line, as above.
            foreach (var inner in exception.Flatten().InnerExceptions)
            {
                error.WriteLine("artc: error: " + inner.Message);
            }

            return ExitCodes.UsageOrInputProblem;
        }
        catch (Exception exception)
        {
            // A bug of ours, not the user's input: say so in one line; ARTC_DEBUG=1 shows the stack.
            error.WriteLine($"artc: internal error: {exception.GetType().Name}: {exception.Message} (please report this)");
            if (Environment.GetEnvironmentVariable("ARTC_DEBUG") == "1")
            {
                error.WriteLine(exception);
            }

            return ExitCodes.InternalError;
        }
    }
}
