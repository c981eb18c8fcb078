ArticleCompiler.Cli.StandardOutput.Buffer();
try
{
    return ArticleCompiler.Cli.Commands.ArtcCommand.Run(args, System.Console.Out, System.Console.Error);
}
finally
{
    ArticleCompiler.Cli.StandardOutput.Flush();
}
