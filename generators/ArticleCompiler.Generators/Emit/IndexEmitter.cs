using System.Linq;
using ArticleCompiler.Generators.Models;
using Microsoft.CodeAnalysis.Text;
using static ArticleCompiler.Generators.Emit.CSharpLiterals;

namespace ArticleCompiler.Generators.Emit;

/// <summary>
/// Writes the entry class <c>Articles</c>: a property per article (its newest revision), the
/// revisions linked oldest first, and <c>All</c> in id order. A pure function of the index.
/// </summary>
internal static class IndexEmitter
{
    private const string Runtime = "global::ArticleCompiler.";

    /// <summary>The hint name and source of the entry class.</summary>
    public static (string HintName, SourceText Source) Emit(IndexOutput output)
    {
        var w = new IndentedWriter();
        GeneratedFile.WriteHeader(w);
        GeneratedFile.OpenNamespace(w, output.Namespace);
        w.Summary("Every article of this project, typed: one property per article id, compiled from its <c>*.article.md</c> file.");
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Open("public static partial class Articles");

        var newest = output.Index.Articles.Where(a => a.PropertyName is not null).ToArray();
        w.Line("private static readonly " + Runtime + "Article[] s_all;");
        w.Line();
        w.Line("// An explicit static constructor: revisions are linked before any article is handed out.");
        w.Open("static Articles()");
        foreach (var article in newest.Where(a => a.RevisionClassNames.Count > 1))
        {
            w.Line(Runtime + "Article.LinkRevisions(" + string.Join(", ", article.RevisionClassNames.Select(name => name + ".Value")) + ");");
        }

        w.Line("s_all = new " + Runtime + "Article[] { " + string.Join(", ", newest.Select(a => a.ClassName + ".Value")) + " };");
        w.Close();
        w.Line();
        w.Summary("Every article (its newest revision), in id order.");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Runtime + "Article> All => s_all;");
        foreach (var article in newest)
        {
            w.Line();
            w.Summary(DocText(output.Titles.Find(article.Path)));
            w.Line("/// <remarks>Article <c>" + DocText(article.Id) + "</c>"
                + (article.RevisionClassNames.Count > 1 ? ", revision " + Int(article.Revision ?? 0) + " of " + Int(article.RevisionClassNames.Count) + " (see <c>Revisions</c>)" : string.Empty) + ".</remarks>");
            w.Line("public static " + ArticleEmitter.ArticleType(article.ClassName) + " " + article.PropertyName + " => " + article.ClassName + ".Value;");
        }

        w.Close();
        GeneratedFile.CloseNamespace(w, output.Namespace);
        return ("Articles.g.cs", w.ToSourceText());
    }
}
