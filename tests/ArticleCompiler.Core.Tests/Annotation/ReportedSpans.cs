using System.Linq;
using System.Text.RegularExpressions;
using ArticleCompiler.Annotation;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>The reported spans annotate writes for a one-paragraph article: what the reported-speech tests read.</summary>
internal static class ReportedSpans
{
    private static readonly Regex Indirect = new(@"\[([^\[\]]+)\]\{@([^}]+)\}", RegexOptions.CultureInvariant);

    // A quotation inside a report that keeps a block of its own ("a disgrace,"{@roe}): the span's words are without it.
    private static readonly Regex QuoteBlock = new("\"([^\"]*)\"\\{@[^}]+\\}", RegexOptions.CultureInvariant);

    /// <summary>The reported spans of <paramref name="paragraph"/> under a headline, in order, with their speakers' keys.</summary>
    public static (string Text, string Key)[] Of(string paragraph, AnnotatorOptions? options = null)
    {
        var draft = ArticleAnnotator.Annotate("Council passes budget\n\n" + paragraph + "\n", options ?? new AnnotatorOptions()).Draft;
        var body = draft.Substring(draft.IndexOf("\n---", 3, System.StringComparison.Ordinal) + 4);
        return Indirect.Matches(body).Select(m => (QuoteBlock.Replace(m.Groups[1].Value, "\"$1\""), m.Groups[2].Value)).ToArray();
    }

    /// <summary>The words of <see cref="Of"/>'s spans.</summary>
    public static string[] Texts(string paragraph, AnnotatorOptions? options = null) => Of(paragraph, options).Select(r => r.Text).ToArray();
}
