using System.Linq;
using ArticleCompiler.Generators.Models;
using ArticleCompiler.Model;
using static ArticleCompiler.Generators.Emit.CSharpLiterals;

namespace ArticleCompiler.Generators.Emit;

/// <summary>
/// Writes one article's record: a pure function of its <see cref="ArticleSpec"/>. The record
/// derives from <c>ArticleCompiler.Article</c> and has typed <c>Speakers</c> and <c>Sections</c>
/// with a property per speaker key and section id.
/// </summary>
internal static class ArticleEmitter
{
    private const string Runtime = "global::ArticleCompiler.";

    /// <summary>The hint name and source of the article's record.</summary>
    public static (string HintName, string Source) Emit(ArticleSpec spec)
    {
        var w = new IndentedWriter();
        GeneratedFile.WriteHeader(w);
        GeneratedFile.OpenNamespace(w, spec.Namespace);
        w.Open("public static partial class Articles");
        WriteArticle(w, spec);
        w.Close();
        GeneratedFile.CloseNamespace(w, spec.Namespace);
        return (spec.HintName, w.ToString());
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
        w.Line("internal static readonly " + spec.ClassName + " Instance = Create();");
        w.Line();
        w.Line("private " + spec.ClassName + "(" + Runtime + "SpeakerSet speakers, " + Runtime + "SectionSet sections, global::System.Collections.Generic.IReadOnlyList<" + Runtime + "Quote> quotes)");
        w.Line("    : base(");
        w.Line("        " + String(spec.Id) + ",");
        w.Line("        " + String(spec.Title) + ",");
        w.Line("        " + String(spec.Category) + ",");
        w.Line("        " + String(spec.Source) + ",");
        w.Line("        " + String(spec.Dateline) + ",");
        w.Line("        " + (spec.PublishedTicks is { } ticks
            ? "new global::System.DateTimeOffset(" + ticks.ToString(System.Globalization.CultureInfo.InvariantCulture) + "L, global::System.TimeSpan.FromMinutes(" + Int(spec.PublishedOffsetMinutes) + "))"
            : "null") + ",");
        w.Line("        " + NullableInt(spec.Revision) + ",");
        w.Line("        " + String(spec.Url) + ",");
        w.Line("        " + StringArray(spec.Authors) + ",");
        w.Line("        " + String(spec.Language) + ",");
        w.Line("        " + StringArray(spec.Tags) + ",");
        w.Line("        " + Meta(spec) + ",");
        w.Line("        speakers,");
        w.Line("        sections,");
        w.Line("        quotes,");
        w.Line("        new " + Runtime + "SourceLocation(File, 1, 1))");
        w.Line("{");
        w.Line("}");
        w.Line();
        w.Line("private const string File = " + String(spec.RelativePath) + ";");
        w.Line();
        w.Summary("The speakers, one property per speaker key, enumerable in document order.");
        w.Line("public new ArticleSpeakers Speakers => (ArticleSpeakers)base.Speakers;");
        w.Line();
        w.Summary("The sections, one property per section id, enumerable in document order.");
        w.Line("public new ArticleSections Sections => (ArticleSections)base.Sections;");
        w.Line();
        WriteCreate(w, spec);
        w.Line();
        WriteSpeakers(w, spec);
        w.Line();
        WriteSections(w, spec);
        w.Close();
    }

    private static void WriteCreate(IndentedWriter w, ArticleSpec spec)
    {
        w.Open("private static " + spec.ClassName + " Create()");
        for (var i = 0; i < spec.Speakers.Count; i++)
        {
            var s = spec.Speakers[i];
            w.Line("var speaker" + Int(i) + " = new " + Runtime + "Speaker(" + String(s.Key) + ", " + String(s.Name) + ", " + String(s.Role) + ", "
                + StringArray(s.Aliases) + ", " + Runtime + "SpeakerKind." + s.Kind + ", " + Location(s.Line, s.Column) + ");");
        }

        for (var i = 0; i < spec.Sections.Count; i++)
        {
            w.Line("var quotes" + Int(i) + " = new global::System.Collections.Generic.List<" + Runtime + "Quote>();");
        }

        for (var i = 0; i < spec.Sections.Count; i++)
        {
            var s = spec.Sections[i];
            w.Line("var section" + Int(i) + " = new " + Runtime + "Section(" + String(s.Id) + ", " + String(s.Heading) + ", " + StringArray(s.Paragraphs) + ", quotes" + Int(i) + ", " + Asides(s) + ", " + Location(s.Line, s.Column) + ");");
        }

        w.Line("var quotes = new " + Runtime + "Quote[" + Int(spec.Quotes.Count) + "];");
        for (var i = 0; i < spec.Quotes.Count; i++)
        {
            var q = spec.Quotes[i];
            w.Line("quotes" + Int(q.SectionIndex) + ".Add(quotes[" + Int(i) + "] = new " + Runtime + "Quote(" + String(q.Id) + ", " + String(q.Text) + ", speaker" + Int(q.SpeakerIndex)
                + ", " + Runtime + "QuoteKind." + q.Kind + ", section" + Int(q.SectionIndex) + ", " + Location(q.Line, q.Column) + "));");
        }

        w.Line("return new " + spec.ClassName + "(");
        w.Line("    new ArticleSpeakers(" + string.Join(", ", Enumerable.Range(0, spec.Speakers.Count).Select(i => "speaker" + Int(i))) + "),");
        w.Line("    new ArticleSections(" + string.Join(", ", Enumerable.Range(0, spec.Sections.Count).Select(i => "section" + Int(i))) + "),");
        w.Line("    quotes);");
        w.Close();
    }

    private static void WriteSpeakers(IndentedWriter w, ArticleSpec spec)
    {
        w.Summary("The speakers of <c>" + DocText(spec.Id) + "</c>: a property per speaker key.");
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Open("public sealed class ArticleSpeakers : " + Runtime + "SpeakerSet");
        var parameters = string.Join(", ", Enumerable.Range(0, spec.Speakers.Count).Select(i => Runtime + "Speaker speaker" + Int(i)));
        var arguments = string.Join(", ", Enumerable.Range(0, spec.Speakers.Count).Select(i => "speaker" + Int(i)));
        w.Line("internal ArticleSpeakers(" + parameters + ")");
        w.Line("    : base(" + arguments + ")");
        w.Line("{");
        w.Line("}");
        for (var i = 0; i < spec.Speakers.Count; i++)
        {
            var s = spec.Speakers[i];
            w.Line();
            w.Summary(DocText(s.Name) + (s.Role is null ? string.Empty : ", " + DocText(s.Role)) + " (<c>@" + DocText(s.Key) + "</c>).");
            w.Line("public " + Runtime + "Speaker " + s.MemberName + " => this[" + Int(i) + "];");
        }

        w.Close();
    }

    private static void WriteSections(IndentedWriter w, ArticleSpec spec)
    {
        w.Summary("The sections of <c>" + DocText(spec.Id) + "</c>: a property per section id.");
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Open("public sealed class ArticleSections : " + Runtime + "SectionSet");
        var parameters = string.Join(", ", Enumerable.Range(0, spec.Sections.Count).Select(i => Runtime + "Section section" + Int(i)));
        var arguments = string.Join(", ", Enumerable.Range(0, spec.Sections.Count).Select(i => "section" + Int(i)));
        w.Line("internal ArticleSections(" + parameters + ")");
        w.Line("    : base(" + arguments + ")");
        w.Line("{");
        w.Line("}");
        for (var i = 0; i < spec.Sections.Count; i++)
        {
            var s = spec.Sections[i];
            w.Line();
            w.Summary(s.Heading is null ? "The lead: the paragraphs before the first heading." : "Section: " + DocText(s.Heading));
            w.Line("public " + Runtime + "Section " + s.MemberName + " => this[" + Int(i) + "];");
        }

        w.Close();
    }

    private static string StringArray(EquatableArray<string> values) =>
        values.Count == 0 ? "global::System.Array.Empty<string>()" : "new string[] { " + string.Join(", ", values.Select(v => String(v))) + " }";

    private static string Asides(SectionSpec section) =>
        section.Asides.Count == 0
            ? "global::System.Array.Empty<" + Runtime + "Aside>()"
            : "new " + Runtime + "Aside[] { " + string.Join(", ", section.Asides.Select(a => "new " + Runtime + "Aside(" + Runtime + "AsideKind." + a.Kind + ", " + String(a.Text) + ", " + Location(a.Line, a.Column) + ")")) + " }";

    private static string Meta(ArticleSpec spec) =>
        "new global::System.Collections.Generic.Dictionary<string, string>(global::System.StringComparer.Ordinal)"
        + (spec.Meta.Count == 0 ? string.Empty : " { " + string.Join(", ", spec.Meta.Select(m => "[" + String(m.Key) + "] = " + String(m.Value))) + " }");

    private static string Location(int line, int column) => "new " + Runtime + "SourceLocation(File, " + Int(line) + ", " + Int(column) + ")";
}
