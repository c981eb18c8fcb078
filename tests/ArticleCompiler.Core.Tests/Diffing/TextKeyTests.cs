using System.Text;
using ArticleCompiler.Diffing;
using Xunit;

namespace ArticleCompiler.Core.Tests.Diffing;

public class TextKeyTests
{
    public static TheoryData<string> Texts() => new()
    {
        string.Empty,
        " ",
        "   \t\n ",
        "plain words with single spaces",
        " leading space",
        "trailing space ",
        "two  spaces",
        "a tab\there",
        "a line\nbreak",
        "ends with two  ",
        "  both ends  ",
        "x",
        " x",
        "x ",
        "no\u00A0break and thin\u2009spaces",
        "no-break at the end\u00A0",
        "\u00A0no-break at the start",
        "space then no-break \u00A0word",
        "\u201CCurly,\u201D she said \u2014 and \u2018single\u2019 \u00ABguillemets\u00BB",
        "curly late in a long sentence that is otherwise plain \u201Cquote\u201D",
        "en\u2013dash, minus\u2212sign, figure\u2007space, narrow\u202Fspace",
        "an ideographic\u3000space and a line\u2028separator",
        new string('w', 300) + "  " + new string('v', 300),
        new string('w', 300) + "\u201C",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void TheKeyIsTheTextWithWhiteSpaceRunsAsOneSpaceEndsTrimmedAndTypographyFoldedOnRequest(string text)
    {
        // The key skips copying texts that are their own key; it must still be the character-by-
        // character key in every case.
        foreach (var ignoreTypography in new[] { false, true })
        {
            Assert.Equal(CharacterByCharacter(text, ignoreTypography), TextKey.Of(text, ignoreTypography));
        }
    }

    private static string CharacterByCharacter(string text, bool ignoreTypography)
    {
        var key = new StringBuilder();
        var space = false;
        foreach (var raw in text)
        {
            var c = ignoreTypography ? TextKey.Fold(raw) : raw;
            if (char.IsWhiteSpace(c) && !TextKey.IsTypographicSpace(c))
            {
                space = key.Length > 0;
                continue;
            }

            if (space)
            {
                key.Append(' ');
                space = false;
            }

            key.Append(c);
        }

        return key.ToString();
    }
}
