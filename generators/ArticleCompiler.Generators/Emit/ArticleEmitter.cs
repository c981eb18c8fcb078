using System.Linq;
using ArticleCompiler.Generators.Models;
using ArticleCompiler.Model;
using Microsoft.CodeAnalysis.Text;

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
    public static (string HintName, SourceText Source) Emit(ArticleChunk chunk)
    {
        // Room for the data and the members around it (about 3,500 characters for a seed); the
        // thread's buffer, once grown, serves every part after the first.
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
        return (chunk.HintName, w.ToSourceText());
    }

    /// <summary>The type of an article's value, as seen from the <c>Articles</c> class.</summary>
    public static string ArticleType(string className) => Runtime + "Article<" + className + ".Speakers, " + className + ".Sections>";

    // Written in pieces (IndentedWriter.Start ... End): a thousand articles' lines, documentation
    // text and literals each made a string of their own first, as much again as the file itself.
    private static void WriteArticle(IndentedWriter w, EncodedArticle article, bool stringLiterals)
    {
        var spec = article.Spec;
        w.Start().Text("/// <summary>").Doc(spec.Title);
        if (spec.Dateline is not null)
        {
            w.Text(" (").Doc(spec.Dateline).Text(")");
        }

        w.Text("</summary>").End();
        w.Line("/// <remarks>");
        w.Start().Text("/// Article <c>").Doc(spec.Id).Text("</c>");
        if (spec.Revision is { } revision)
        {
            w.Text(", revision ").Text(revision);
        }

        w.Text(", from <c>").Doc(spec.RelativePath).Text("</c>: ").Text(spec.Speakers.Count).Text(" speakers, ")
            .Text(spec.Sections.Count).Text(" sections, ").Text(spec.Quotes.Count).Text(" quotes.").End();
        w.Line("/// </remarks>");
        w.Start().Text("public static class ").Text(spec.ClassName).End().Open();
        w.Summary("The article, decoded on first use.");

        // The data goes straight into the call: a field, a method or a constant per article each
        // cost the build that compiles a thousand articles (see docs/generator.md).
        w.Start()
            .Text("public static readonly " + Runtime + "Article<Speakers, Sections> Value = " + Runtime + "ArticleData.Decode<Speakers, Sections>(")
            .Data(article.Data, utf8: !stringLiterals)
            .Text(stringLiterals ? ", " : ".ToArray(), ")
            .Literal(spec.RelativePath)
            .Text(", \"");
        for (var i = 0; i < spec.Speakers.Count; i++)
        {
            w.Text(i == 0 ? string.Empty : ",").Escaped(spec.Speakers[i].MemberName);
        }

        w.Text("\", \"");
        for (var i = 0; i < spec.Sections.Count; i++)
        {
            w.Text(i == 0 ? string.Empty : ",").Escaped(spec.Sections[i].MemberName);
        }

        w.Text("\"");
        var embedded = spec.Embedded?.ResourceName is { } resourceName;
        if (embedded)
        {
            w.Text(", typeof(").Text(spec.ClassName).Text(").Assembly, ").Literal(spec.Embedded!.ResourceName);
        }

        if (spec.Speakers.Any(s => s.Origin != SpeakerOrigin.Article))
        {
            w.Text(embedded ? ", " : ", null, null, ").Text(RegistryEmitter.AllExpression(spec.Namespace));
        }

        w.Text(");").End();
        w.Line();
        WriteSpeakers(w, spec);
        w.Line();
        WriteSections(w, spec);
        w.Close();
    }

    // A typed set: the runtime's SpeakerSet or SectionSet with a field per member, in order, which
    // ArticleData fills by name. No constructor and no property bodies: those were most of what a
    // build paid per article.
    private static void WriteSpeakers(IndentedWriter w, ArticleSpec spec)
    {
        w.Start().Text("/// <summary>The speakers of <c>").Doc(spec.Id).Text("</c>: a field per speaker key, enumerable in document order.</summary>").End();
        w.Open("public sealed class Speakers : " + Runtime + "SpeakerSet");
        for (var i = 0; i < spec.Speakers.Count; i++)
        {
            var speaker = spec.Speakers[i];
            if (i > 0)
            {
                w.Line();
            }

            w.Start().Text("/// <summary>").Doc(speaker.Name);
            if (speaker.Role is not null)
            {
                w.Text(", ").Doc(speaker.Role);
            }

            w.Text(" (<c>@").Doc(speaker.Key).Text("</c>).</summary>").End();
            w.Start().Text("public readonly " + Runtime + "Speaker ").Text(speaker.MemberName).Text(";").End();
        }

        w.Close();
    }

    private static void WriteSections(IndentedWriter w, ArticleSpec spec)
    {
        w.Start().Text("/// <summary>The sections of <c>").Doc(spec.Id).Text("</c>: a field per section id, enumerable in document order.</summary>").End();
        w.Open("public sealed class Sections : " + Runtime + "SectionSet");
        for (var i = 0; i < spec.Sections.Count; i++)
        {
            var section = spec.Sections[i];
            if (i > 0)
            {
                w.Line();
            }

            if (section.Heading is null)
            {
                w.Summary("The lead: the paragraphs before the first heading.");
            }
            else
            {
                w.Start().Text("/// <summary>Section: ").Doc(section.Heading).Text("</summary>").End();
            }

            w.Start().Text("public readonly " + Runtime + "Section ").Text(section.MemberName).Text(";").End();
        }

        w.Close();
    }
}
