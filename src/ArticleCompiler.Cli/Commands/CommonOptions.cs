using System.CommandLine;
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
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && !long.TryParse(result.Tokens[^1].Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                return;   // the parser reports the value that is not a number
            }

            if (result.GetValueOrDefault<long>() < 1)
            {
                result.AddError("--max-file-size must be a positive number of bytes");
            }
        });
        return option;
    }
}
