using System.Linq;
using ArticleCompiler.Generators.Models;
using ArticleCompiler.Model;
using static ArticleCompiler.Generators.Emit.CSharpLiterals;

namespace ArticleCompiler.Generators.Emit;

/// <summary>
/// Writes the articles of one part: a pure function of the specs. Each article file becomes a
/// static class holding the article's value (an <c>ArticleCompiler.Article&lt;Speakers, Sections&gt;</c>)
/// and its two typed sets, with a field per speaker key and section id. Nothing else is declared
/// per article: every type and member costs each build that compiles it.
/// </summary>
internal static class ArticleEmitter
{
    private const string Runtime = "global::ArticleCompiler.";

    /// <summary>The hint name and source of the part's articles.</summary>
    public static (string HintName, string Source) Emit(ArticleChunk chunk)
    {
        // Room for the data and the members around it (about 3,500 characters for a seed), up to what
        // stays off the large object heap: a bigger part grows by blocks, which stay off it too.
        var capacity = 1024;
        foreach (var article in chunk.Articles)
        {
            capacity += article.Data.Length + 3500 + (200 * (article.Spec.Speakers.Count + article.Spec.Sections.Count));
        }

        var w = new IndentedWriter(System.Math.Min(capacity, 40_000));
        GeneratedFile.WriteHeader(w);
        GeneratedFile.OpenNamespace(w, chunk.Namespace);
        w.Open("public static partial class Articles");
        for (var i = 0; i < chunk.Articles.Count; i++)
        {
            if (i > 0)
            {
                w.Line();
            }

            WriteArticle(w, chunk.Articles[i], chunk.StringLiterals);
        }

        w.Close();
        GeneratedFile.CloseNamespace(w, chunk.Namespace);
        return (chunk.HintName, w.ToString());
    }

    /// <summary>The type of an article's value, as seen from the <c>Articles</c> class.</summary>
    public static string ArticleType(string className) => Runtime + "Article<" + className + ".Speakers, " + className + ".Sections>";

    private static void WriteArticle(IndentedWriter w, EncodedArticle article, bool stringLiterals)
    {
        var spec = article.Spec;
        w.Summary(DocText(spec.Title) + (spec.Dateline is null ? string.Empty : " (" + DocText(spec.Dateline) + ")"));
        w.Line("/// <remarks>");
        w.Line("/// Article <c>" + DocText(spec.Id) + "</c>" + (spec.Revision is { } revision ? ", revision " + Int(revision) : string.Empty)
            + ", from <c>" + DocText(spec.RelativePath) + "</c>: " + Int(spec.Speakers.Count) + " speakers, " + Int(spec.Sections.Count) + " sections, " + Int(spec.Quotes.Count) + " quotes.");
        w.Line("/// </remarks>");
        w.Open("public static class " + spec.ClassName);
        w.Summary("The article, decoded on first use.");
        var source = spec.Embedded?.ResourceName is { } resourceName
            ? ", typeof(" + spec.ClassName + ").Assembly, " + String(resourceName)
            : string.Empty;
        var registry = spec.Speakers.Any(s => s.Origin != SpeakerOrigin.Article)
            ? (source.Length == 0 ? ", null, null, " : ", ") + RegistryEmitter.AllExpression(spec.Namespace)
            : string.Empty;
        // The data goes straight into the call: a field, a method or a constant per article each
        // cost the build that compiles a thousand articles (see docs/generator.md).
        w.Write(
            "public static readonly " + Runtime + "Article<Speakers, Sections> Value = " + Runtime + "ArticleData.Decode<Speakers, Sections>(",
            builder => ArticleDataEncoder.WriteLiteral(builder, article.Data, utf8: !stringLiterals),
            (stringLiterals ? string.Empty : ".ToArray()") + ", " + String(spec.RelativePath)
                + ", " + String(string.Join(",", spec.Speakers.Select(s => s.MemberName)))
                + ", " + String(string.Join(",", spec.Sections.Select(s => s.MemberName)))
                + source + registry + ");");
        w.Line();
        WriteSpeakers(w, spec);
        w.Line();
        WriteSections(w, spec);
        w.Close();
    }

    private static void WriteSpeakers(IndentedWriter w, ArticleSpec spec) =>
        WriteMemberSet(
            w,
            "The speakers of <c>" + DocText(spec.Id) + "</c>: a field per speaker key, enumerable in document order.",
            "Speakers",
            "Speaker",
            spec.Speakers.Select(s => (s.MemberName, DocText(s.Name) + (s.Role is null ? string.Empty : ", " + DocText(s.Role)) + " (<c>@" + DocText(s.Key) + "</c>).")));

    private static void WriteSections(IndentedWriter w, ArticleSpec spec) =>
        WriteMemberSet(
            w,
            "The sections of <c>" + DocText(spec.Id) + "</c>: a field per section id, enumerable in document order.",
            "Sections",
            "Section",
            spec.Sections.Select(s => (s.MemberName, s.Heading is null ? "The lead: the paragraphs before the first heading." : "Section: " + DocText(s.Heading))));

    // A typed set: the runtime's SpeakerSet or SectionSet with a field per member, in order, which
    // ArticleData fills by name. No constructor and no property bodies: those were most of what a
    // build paid per article.
    private static void WriteMemberSet(IndentedWriter w, string summary, string typeName, string element, System.Collections.Generic.IEnumerable<(string Name, string Summary)> members)
    {
        w.Summary(summary);
        w.Open("public sealed class " + typeName + " : " + Runtime + element + "Set");
        var first = true;
        foreach (var (name, memberSummary) in members)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            w.Summary(memberSummary);
            w.Line("public readonly " + Runtime + element + " " + name + ";");
        }

        w.Close();
    }
}
