using System;
using System.Linq;
using System.Reflection;
using System.Text;
using Xunit;

namespace ArticleCompiler.Generators.Tests;

/// <summary>
/// When the build embeds an article (build/ArticleCompiler.targets), the generated data refers to
/// stretches of the embedded text instead of repeating it. These tests hold that the values come
/// out the same as from the self-contained data, whatever the text looks like.
/// </summary>
public class EmbeddedTextTests
{
    // Every value of every article, written out: two runs agree when these strings are equal.
    private const string Dump = """
        using System.Linq;
        using System.Text;

        public static class Dump
        {
            public static string All()
            {
                var b = new StringBuilder();
                foreach (var a in Consumer.Articles.All)
                {
                    b.AppendLine(string.Join("|", a.Id, a.Title, a.Category, a.Source, a.Dateline, a.Published, a.Revision, a.Url, a.Language, a.Location));
                    b.AppendLine(string.Join("|", a.Authors) + "/" + string.Join("|", a.Tags) + "/" + string.Join("|", a.Meta.Select(m => m.Key + "=" + m.Value)));
                    foreach (var s in a.Speakers)
                    {
                        b.AppendLine(string.Join("|", s.Key, s.Name, s.Role, string.Join(",", s.Aliases), s.Kind, s.Location));
                    }

                    foreach (var s in a.Sections)
                    {
                        b.AppendLine(string.Join("|", s.Id, s.Heading, s.Location, s.Quotes.Count));
                        foreach (var p in s.Paragraphs)
                        {
                            b.AppendLine("  " + p);
                        }

                        foreach (var x in s.Asides)
                        {
                            b.AppendLine(string.Join("|", x.Kind, x.Text, x.Location));
                        }
                    }

                    foreach (var q in a.Quotes)
                    {
                        b.AppendLine(string.Join("|", q.Id, q.Text, q.Speaker.Key, q.Kind, q.Section.Id, q.Location));
                    }
                }

                return b.ToString();
            }
        }
        """;

    public static TheoryData<string, string, bool> Articles() => new()
    {
        { "the seed", GeneratorHarness.Seed, false },
        { "the seed with a byte order mark", GeneratorHarness.Seed, true },
        { "the seed with CRLF line ends", GeneratorHarness.Seed.Replace("\n", "\r\n"), false },
        {
            "escapes, quoted YAML and characters beyond the BMP",
            GeneratorHarness.Seed
                .Replace("name: Anatoly Antonov", "name: \"Anatoly \\\"Tolya\\\" Antonov \\u00e9\"")
                .Replace("Russia is ready", "Russia \\*is\\* ready 😀 \u00a0to")
                .Replace("role: Russian President", "role: >-\n      Russian\n      President"),
            false
        },
        {
            "a stretch that would split a surrogate pair",
            "---\nid: a\ntitle: \"\U0001F600abcdefghijklmnop\"\nspeakers:\n  x:\n    name: X\n---\n\n\"Hi,\"{@x} X said \U00010600abcdefghijklmnop here.\n",
            false
        },
        {
            "short values and separators of the data form in the text",
            "---\nid: a\ntitle: \"A \u241F\u241B title\"\nspeakers:\n  x:\n    name: X\n---\n\n## S {#s}\n\n\"Hi,\"{@x} X said \u241B\u241Fs1,2; here.\n",
            false
        },
    };

    [Theory]
    [MemberData(nameof(Articles))]
    public void ValuesFromTheEmbeddedTextEqualTheSelfContainedOnes(string description, string text, bool byteOrderMark)
    {
        var selfContained = GeneratorHarness.Run(Dump, GeneratorHarness.Article("news/a.article.md", text));
        var embedded = GeneratorHarness.Run(Dump, GeneratorHarness.EmbeddedArticle("news/a.article.md", text, byteOrderMark));
        Assert.Empty(selfContained.CompileProblems);
        Assert.Empty(embedded.CompileProblems);

        var expected = Invoke(selfContained.Load());
        Assert.Contains("|", expected);
        Assert.True(expected == Invoke(embedded.Load()), description + ": the values differ");
        Assert.Contains("ArticleCompiler/news/a.article.md", embedded.ArticlePart());
        Assert.True(HasNoLoneSurrogate(embedded.ArticlePart()), description + ": the generated source holds a lone surrogate");
    }

    [Fact]
    public void TextThatWasNotUtf8IsNotReferredTo()
    {
        // The compiler reads bytes that are not UTF-8 as U+FFFD; the runtime could not read the same text back.
        var result = GeneratorHarness.Run(Dump, GeneratorHarness.EmbeddedArticle("a.article.md", GeneratorHarness.Seed.Replace("Moscow", "Mosc\uFFFDw")));

        Assert.Empty(result.CompileProblems);
        Assert.DoesNotContain(".Assembly, ", result.ArticlePart());
        Assert.Contains("Mosc\uFFFDw", Invoke(result.Load()));
    }

    private static bool HasNoLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void TheEmbeddedDataIsAFractionOfTheSelfContainedData()
    {
        var selfContained = GeneratorHarness.Run(string.Empty, GeneratorHarness.Article("seed.article.md", GeneratorHarness.Seed)).ArticlePart();
        var embedded = GeneratorHarness.Run(string.Empty, GeneratorHarness.EmbeddedArticle("seed.article.md", GeneratorHarness.Seed)).ArticlePart();

        Assert.True(embedded.Length * 2 < selfContained.Length, $"{embedded.Length} characters embedded against {selfContained.Length} self-contained");
    }

    [Fact]
    public void AnEmbeddedTextThatIsNotTheCompiledOneIsAClearError()
    {
        var result = GeneratorHarness.Run(Dump, new ArticleText(GeneratorHarness.ProjectDirectory + "/a.article.md", GeneratorHarness.Seed, "ArticleCompiler/a.article.md", Encoding.UTF8.GetBytes(GeneratorHarness.Seed.Replace("Moscow", "Moskau"))));
        Assert.Empty(result.CompileProblems);

        var error = Assert.IsType<InvalidOperationException>(Innermost(Assert.Throws<TargetInvocationException>(() => Invoke(result.Load()))));
        Assert.Contains("The embedded text of 'a.article.md' is not the text that was compiled", error.Message);
    }

    [Fact]
    public void AMissingResourceIsAClearError()
    {
        var result = GeneratorHarness.Run(Dump, GeneratorHarness.EmbeddedArticle("a.article.md", GeneratorHarness.Seed));
        result = result with { Resources = System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.ResourceDescription>.Empty };

        var error = Assert.IsType<InvalidOperationException>(Innermost(Assert.Throws<TargetInvocationException>(() => Invoke(result.Load()))));
        Assert.Contains("is not embedded in Consumer as the resource 'ArticleCompiler/a.article.md'", error.Message);
    }

    // The error surfaces through the reflection call and the type initializers of Articles and the article.
    private static Exception Innermost(Exception exception) => exception.InnerException is { } inner ? Innermost(inner) : exception;

    private static string Invoke(Assembly assembly) => (string)assembly.GetType("Dump")!.GetMethod("All")!.Invoke(null, null)!;
}
