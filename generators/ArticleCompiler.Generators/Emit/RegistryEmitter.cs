using ArticleCompiler.Generators.Models;
using ArticleCompiler.Generators.Naming;
using Microsoft.CodeAnalysis.Text;
using static ArticleCompiler.Generators.Emit.CSharpLiterals;

namespace ArticleCompiler.Generators.Emit;

/// <summary>
/// Writes the corpus class <c>Speakers</c>: a property per registry key, each the one object that
/// every article quoting the key refers to. A pure function of the spec.
/// </summary>
internal static class RegistryEmitter
{
    private const string Runtime = "global::ArticleCompiler.";

    private const string ClassName = GeneratedNames.SpeakersClass;

    /// <summary>The fully qualified name of the registry's speaker set, for generated code inside other types.</summary>
    public static string AllExpression(string @namespace) =>
        "global::" + (@namespace.Length > 0 ? @namespace + "." : string.Empty) + ClassName + ".All";

    /// <summary>The hint name and source of the <c>Speakers</c> class.</summary>
    public static (string HintName, SourceText Source) Emit(RegistrySpec spec)
    {
        var w = new IndentedWriter();
        GeneratedFile.WriteHeader(w);
        GeneratedFile.OpenNamespace(w, spec.Namespace);
        w.Summary("The speakers of this project's registries (<c>speakers.yaml</c>): a property per key. An article that quotes a key without overriding a field refers to this same object.");
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Open("public static partial class " + ClassName);
        w.Line("// The registry's values in the compact form ArticleCompiler.ArticleData reads.");
        w.Start().Text("private const string Data = ").Data(ArticleDataEncoder.EncodeRegistry(spec), utf8: false).Text(";").End();
        w.Line();
        w.Summary("Every registry speaker, in registry order (shallowest file first).");
        w.Line("public static " + Runtime + "SpeakerSet All { get; } = new " + Runtime + "SpeakerSet(" + Runtime + "ArticleData.DecodeSpeakers(Data));");
        for (var i = 0; i < spec.Speakers.Count; i++)
        {
            var speaker = spec.Speakers[i];
            w.Line();
            w.Summary(DocText(speaker.Name) + (speaker.Role is null ? string.Empty : ", " + DocText(speaker.Role)) + " (<c>@" + DocText(speaker.Key) + "</c>, " + DocText(spec.Files[speaker.FileIndex]) + ").");
            w.Line("public static " + Runtime + "Speaker " + speaker.MemberName + " => All[" + Int(i) + "];");
        }

        w.Close();
        GeneratedFile.CloseNamespace(w, spec.Namespace);
        return (ClassName + ".g.cs", w.ToSourceText());
    }
}
