using System.Linq;
using ArticleCompiler.Generators.Models;
using ArticleCompiler.Model;
using static ArticleCompiler.Generators.Emit.CSharpLiterals;

namespace ArticleCompiler.Generators.Emit;

/// <summary>
/// Writes article records: a pure function of the specs. Each record
/// derives from <c>ArticleCompiler.Article</c> and has typed <c>Speakers</c> and <c>Sections</c>
/// with a property per speaker key and section id.
/// </summary>
internal static class ArticleEmitter
{
    private const string Runtime = "global::ArticleCompiler.";

    /// <summary>The hint name and source of the part's article records.</summary>
    public static (string HintName, string Source) Emit(ArticleChunk chunk)
    {
        var w = new IndentedWriter();
        GeneratedFile.WriteHeader(w);
        GeneratedFile.OpenNamespace(w, chunk.Namespace);
        w.Open("public static partial class Articles");
        for (var i = 0; i < chunk.Articles.Count; i++)
        {
            if (i > 0)
            {
                w.Line();
            }

            WriteArticle(w, chunk.Articles[i]);
        }

        w.Close();
        GeneratedFile.CloseNamespace(w, chunk.Namespace);
        return (chunk.HintName, w.ToString());
    }

    private static void WriteArticle(IndentedWriter w, ArticleSpec spec)
    {
        w.Summary(DocText(spec.Title) + (spec.Dateline is null ? string.Empty : " (" + DocText(spec.Dateline) + ")"));
        w.Line("/// <remarks>");
        w.Line("/// Article <c>" + DocText(spec.Id) + "</c>" + (spec.Revision is { } revision ? ", revision " + Int(revision) : string.Empty)
            + ", from <c>" + DocText(spec.RelativePath) + "</c>: " + Int(spec.Speakers.Count) + " speakers, " + Int(spec.Sections.Count) + " sections, " + Int(spec.Quotes.Count) + " quotes.");
        w.Line("/// </remarks>");
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Open("public sealed record " + spec.ClassName + " : " + Runtime + "Article");
        w.Line("internal static readonly " + spec.ClassName + " Instance = new(Decode());");
        w.Line();
        w.Line("private " + spec.ClassName + "(" + Runtime + "ArticleParts parts)");
        w.Line("    : base(parts, new ArticleSpeakers(parts.Speakers), new ArticleSections(parts.Sections))");
        w.Line("{");
        w.Line("}");
        w.Line();
        w.Summary("The speakers, one property per speaker key, enumerable in document order.");
        w.Line("public new ArticleSpeakers Speakers => (ArticleSpeakers)base.Speakers;");
        w.Line();
        w.Summary("The sections, one property per section id, enumerable in document order.");
        w.Line("public new ArticleSections Sections => (ArticleSections)base.Sections;");
        w.Line();
        w.Line("// The article's values in the compact form ArticleCompiler.ArticleData reads: one literal");
        w.Line("// compiles far faster than a constructor call per quote.");
        if (spec.UseUtf8Data)
        {
            w.Line("private static " + Runtime + "ArticleParts Decode() => " + Runtime + "ArticleData.Decode(Data().ToArray(), " + String(spec.RelativePath) + ");");
            w.Line();
            w.Write("private static global::System.ReadOnlySpan<byte> Data() => ", builder => ArticleDataEncoder.WriteLiteral(builder, spec, utf8: true), ";");
        }
        else
        {
            w.Line("private static " + Runtime + "ArticleParts Decode() => " + Runtime + "ArticleData.Decode(Data(), " + String(spec.RelativePath) + ");");
            w.Line();
            w.Write("private static string Data() => ", builder => ArticleDataEncoder.WriteLiteral(builder, spec, utf8: false), ";");
        }

        w.Line();
        WriteSpeakers(w, spec);
        w.Line();
        WriteSections(w, spec);
        w.Close();
    }

    private static void WriteSpeakers(IndentedWriter w, ArticleSpec spec) =>
        WriteMemberSet(
            w,
            "The speakers of <c>" + DocText(spec.Id) + "</c>: a property per speaker key.",
            "ArticleSpeakers",
            "Speaker",
            spec.Speakers.Select(s => (s.MemberName, DocText(s.Name) + (s.Role is null ? string.Empty : ", " + DocText(s.Role)) + " (<c>@" + DocText(s.Key) + "</c>).")));

    private static void WriteSections(IndentedWriter w, ArticleSpec spec) =>
        WriteMemberSet(
            w,
            "The sections of <c>" + DocText(spec.Id) + "</c>: a property per section id.",
            "ArticleSections",
            "Section",
            spec.Sections.Select(s => (s.MemberName, s.Heading is null ? "The lead: the paragraphs before the first heading." : "Section: " + DocText(s.Heading))));

    // A typed set: the runtime's SpeakerSet or SectionSet with a property per member, in order.
    private static void WriteMemberSet(IndentedWriter w, string summary, string typeName, string element, System.Collections.Generic.IEnumerable<(string Name, string Summary)> members)
    {
        w.Summary(summary);
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Open("public sealed class " + typeName + " : " + Runtime + element + "Set");
        w.Line("internal " + typeName + "(" + Runtime + element + "[] items)");
        w.Line("    : base(items)");
        w.Line("{");
        w.Line("}");
        var index = 0;
        foreach (var (name, memberSummary) in members)
        {
            w.Line();
            w.Summary(memberSummary);
            w.Line("public " + Runtime + element + " " + name + " => this[" + Int(index++) + "];");
        }

        w.Close();
    }
}
