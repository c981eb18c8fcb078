using System.Globalization;
using ArticleCompiler.Model;

namespace ArticleCompiler.Generators.Models;

/// <summary>
/// The articles emitted into one generated file. A file per article made the compiler pay per file
/// (a 1,000-article project compiled its generated code in 11 s as 1,000 files and in 7 s as one);
/// a fixed number of parts, each article in the part its id hashes to, keeps the file count small
/// while an edit still re-emits only the part that holds the article. A value, like every model.
/// </summary>
/// <param name="StringLiterals">
/// Whether the data goes in string literals rather than UTF-8 literals. A string literal compiles
/// far faster (a UTF-8 literal cost a build 1.2 s per 3.8 MB), but all of an assembly's string
/// literals share a 16 MB heap (CS8103), so only corpora whose data is well within it use them.
/// </param>
internal sealed record ArticleChunk(string Namespace, int Number, EquatableArray<EncodedArticle> Articles, bool StringLiterals)
{
    /// <summary>The most generated files the articles are spread over.</summary>
    public const int Parts = 32;

    /// <summary>The most characters of data kept in string literals: half of the heap they share with the consumer's own strings.</summary>
    public const int StringLiteralBudget = 4 * 1024 * 1024;

    /// <summary>The generated file's name.</summary>
    public string HintName => "Articles.Part" + Number.ToString("D2", CultureInfo.InvariantCulture) + ".g.cs";
}
