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

    /// <summary>The largest file read, in bytes.</summary>
    public static Option<long> MaxFileSize() => new("--max-file-size")
    {
        Description = "Files larger than this many bytes are reported (ARTC011), not read.",
        DefaultValueFactory = _ => ArticleTextDecoder.DefaultMaximumSize,
    };
}
