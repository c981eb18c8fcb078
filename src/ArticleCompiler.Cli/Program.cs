return ArticleCompiler.Cli.Commands.ArtcCommand.Run(args, System.Console.Out, System.Console.Error);
