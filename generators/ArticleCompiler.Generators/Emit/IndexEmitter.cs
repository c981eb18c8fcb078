using System.Linq;
using ArticleCompiler.Generators.Models;
using Microsoft.CodeAnalysis.Text;

namespace ArticleCompiler.Generators.Emit;

/// <summary>
/// Writes the entry class <c>Articles</c>: a property per article (its newest revision), the
/// revisions linked oldest first, and <c>All</c> in id order. A pure function of the index.
/// </summary>
internal static class IndexEmitter
{
    private const string Runtime = "global::ArticleCompiler.";

    // The classes that hold what is decoded on first use. No name made from an article id starts
    // with two underscores (ids are lower-case words and digits), so these meet none of them.
    private const string AllClass = "__AllArticles";

    private static string RevisionsClass(IndexedArticle article) => "__" + article.PropertyName!.TrimStart('@') + "Revisions";

    // The newest revision, as the entry class hands it out: linked to the others when there are any.
    private static string Newest(IndexedArticle article) =>
        article.RevisionClassNames.Count > 1 ? RevisionsClass(article) + ".Newest" : article.ClassName + ".Value";

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
        w.Summary("Every article (its newest revision), in id order.");
        w.Line("/// <remarks>Its first use decodes every article; an article's own property decodes only that article and its revisions.</remarks>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Runtime + "Article> All => " + AllClass + ".Items;");
        foreach (var article in newest)
        {
            // The article's own class documents it (title, dateline, id, file): a title edit then
            // writes that class again, not this one.
            w.Line();
            w.Line("/// <inheritdoc cref=\"" + article.ClassName + "\"/>");
            w.Line("public static " + ArticleEmitter.ArticleType(article.ClassName) + " " + article.PropertyName + " => " + Newest(article) + ";");
        }

        // Each article is decoded on its own first use: no static constructor here, which would
        // decode every article (most of a second for a thousand) before the first one is handed out.
        w.Line();
        w.Open("private static class " + AllClass);
        w.Line("internal static readonly " + Runtime + "Article[] Items = new " + Runtime + "Article[] { " + string.Join(", ", newest.Select(Newest)) + " };");
        w.Line();
        w.Line("// Explicit, so that every runtime decodes them when All is read, not when code that reads it is compiled.");
        w.Line("static " + AllClass + "() { }");
        w.Close();

        // An article with several revisions: they are linked, oldest first, before any of them is
        // handed out through this class.
        foreach (var article in newest.Where(a => a.RevisionClassNames.Count > 1))
        {
            w.Line();
            w.Open("private static class " + RevisionsClass(article));
            w.Line("internal static readonly " + ArticleEmitter.ArticleType(article.ClassName) + " Newest;");
            w.Line();
            w.Open("static " + RevisionsClass(article) + "()");
            w.Line(Runtime + "Article.LinkRevisions(" + string.Join(", ", article.RevisionClassNames.Select(name => name + ".Value")) + ");");
            w.Line("Newest = " + article.ClassName + ".Value;");
            w.Close();
            w.Close();
        }

        w.Close();
        GeneratedFile.CloseNamespace(w, output.Namespace);
        return ("Articles.g.cs", w.ToSourceText());
    }
}
