using System.CommandLine;
using System.IO;

namespace ArticleCompiler.Cli.Commands;

/// <summary><c>artc schema</c>: prints the JSON Schema (draft 2020-12) of the article front matter or of a speaker registry.</summary>
internal static class SchemaCommand
{
    /// <summary>The schemas artc knows, by the name given on the command line.</summary>
    public static readonly string[] Names = { "front-matter", "speakers" };

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var name = new Argument<string>("name")
        {
            Description = "Which schema: front-matter (default) or speakers (a speakers.yaml registry).",
            DefaultValueFactory = _ => "front-matter",
        };
        name.AcceptOnlyFromAmong(Names);
        var command = new Command("schema", "Print a JSON Schema (draft 2020-12) for editors with a YAML language server: of the front matter (artc schema > article.schema.json) or of speakers.yaml (artc schema speakers).")
        {
            name,
        };
        command.SetAction(parseResult =>
        {
            output.Write(Read(parseResult.GetValue(name)!));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The text of the schema called <paramref name="name"/>.</summary>
    public static string Read(string name)
    {
        var resource = "schemas/article-" + name + ".schema.json";
        using var stream = typeof(SchemaCommand).Assembly.GetManifestResourceStream(resource)
            ?? throw new FileNotFoundException("artc was built without its schema " + resource);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
