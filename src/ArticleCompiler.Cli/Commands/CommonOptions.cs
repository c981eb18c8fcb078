using System;
using System.CommandLine;
using System.Globalization;
using ArticleCompiler.Parsing;

namespace ArticleCompiler.Cli.Commands;

/// <summary>Options that more than one verb takes, declared once.</summary>
internal static class CommonOptions
{
    /// <summary>The article files, folders (searched recursively) or glob patterns to read.</summary>
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Article files, folders (searched recursively for *.article.md) or glob patterns such as 'news/**/*.article.md'. Default: the current folder.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>The largest file read, in bytes (a positive number).</summary>
    public static Option<long> MaxFileSize()
    {
        var option = new Option<long>("--max-file-size")
        {
            Description = "Files larger than this many bytes are reported (ARTC011), not read.",
            DefaultValueFactory = _ => ArticleTextDecoder.DefaultMaximumSize,
        };
        RequireRange(option, text => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _), value => value >= 1, "--max-file-size must be a positive number of bytes");
        return option;
    }

    /// <summary><c>--cache</c>: reuse the results of unchanged files from the last run (as ESLint's --cache).</summary>
    public static Option<bool> Cache() => new("--cache")
    {
        Description = "Reuse the last run's results for files that have not changed (nor their .editorconfig files, the speaker registries, the options or artc). Off by default.",
    };

    /// <summary><c>--cache-location</c>: where <see cref="Cache"/> keeps its file.</summary>
    public static Option<string> CacheLocation() => new("--cache-location")
    {
        Description = "The cache file, or a folder to keep '.artccache' in. Default: '.artccache' in the current folder. Used only with --cache.",
    };

    /// <summary>
    /// Adds a range check to <paramref name="option"/>. A value that is no number is left to the
    /// parser, which reports it in one line (asking for the value would throw).
    /// </summary>
    public static void RequireRange<T>(Option<T> option, Func<string, bool> parses, Func<T, bool> inRange, string message) =>
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && !parses(result.Tokens[^1].Value))
            {
                return;
            }

            if (!inRange(result.GetValueOrDefault<T>()!))
            {
                result.AddError(message);
            }
        });
}
