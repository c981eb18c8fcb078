using System;
using System.Linq;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using Xunit;

namespace ArticleCompiler.Core.Tests;

public class FrontMatterTests
{
    [Fact]
    public void EveryKeyOfTheFormatIsRead()
    {
        var metadata = ArticleParser.Parse(
            "---\nid: a-1\ntitle: T\ncategory: World\nsource: Sputnik\ndateline: WASHINGTON\npublished: 2018-01-12T09:30:00Z\n" +
            "revision: 3\nurl: https://example.com/a\nauthors: [Ann, Bob]\nlanguage: pt-BR\ntags:\n  - syria\n  - diplomacy\n" +
            "meta:\n  desk: foreign\n  words: 812\n---\n").Article.Metadata;
        Assert.Equal("a-1", metadata.Id);
        Assert.Equal("T", metadata.Title);
        Assert.Equal("World", metadata.Category);
        Assert.Equal("Sputnik", metadata.Source);
        Assert.Equal("WASHINGTON", metadata.Dateline);
        Assert.Equal("2018-01-12T09:30:00Z", metadata.Published);
        Assert.Equal(new DateTimeOffset(2018, 1, 12, 9, 30, 0, TimeSpan.Zero), metadata.PublishedDate);
        Assert.Equal(3, metadata.Revision);
        Assert.Equal("https://example.com/a", metadata.Url);
        Assert.Equal(new[] { "Ann", "Bob" }, metadata.Authors);
        Assert.Equal("pt-BR", metadata.Language);
        Assert.Equal(new[] { "syria", "diplomacy" }, metadata.Tags);
        Assert.Equal(new[] { new MetaEntry("desk", "foreign"), new MetaEntry("words", "812") }, metadata.Meta);
    }

    [Theory]
    [InlineData("2018-01-12")]
    [InlineData("2018-01-12T09:30")]
    [InlineData("2018-01-12T09:30:00+03:00")]
    [InlineData("2018-01-12T09:30:00.123Z")]
    public void PublishedTakesIsoDatesAndDateTimes(string published)
    {
        var parsed = ArticleParser.Parse($"---\nid: a\ntitle: b\npublished: {published}\n---\n");
        Assert.Empty(parsed.Findings);
        Assert.NotNull(parsed.Article.Metadata.PublishedDate);
    }

    [Fact]
    public void TheLanguageDefaultsToEnglish()
    {
        Assert.Equal("en", ArticleParser.Parse("---\nid: a\ntitle: b\n---\n").Article.Metadata.Language);
    }

    [Fact]
    public void SpeakersKeepTheirOrderAndFields()
    {
        var speakers = ArticleParser.Parse(
            "---\nid: a\ntitle: b\nspeakers:\n  zed:\n    name: Zed\n    kind: person\n  fsb:\n    name: FSB\n    role: service\n    aliases: [the service]\n    kind: organization\n---\n").Article.Speakers;
        Assert.Equal(new[] { "zed", "fsb" }, speakers.Select(s => s.Key));
        Assert.Equal(SpeakerKind.Person, speakers[0].Kind);
        Assert.Equal(("FSB", "service", SpeakerKind.Organization), (speakers[1].Name, speakers[1].Role, speakers[1].Kind));
        Assert.Equal(new[] { "the service" }, speakers[1].Aliases);
        Assert.Equal("8:3-8:6", speakers[1].Span.ToString());
    }

    [Fact]
    public void YamlPositionsAreExactWithCrlfLineEndings()
    {
        var parsed = ArticleParser.Parse("---\r\nid: a\r\ntitle: b\r\nrevision: two\r\n---\r\n");
        var diagnostic = Assert.Single(parsed.Findings);
        Assert.Equal(("ARTC004", "4:11-4:14"), (diagnostic.Code, diagnostic.Span.ToString()));
    }

    [Fact]
    public void QuotedScalarsAreStrings()
    {
        var metadata = ArticleParser.Parse("---\nid: \"2018\"\ntitle: 'It''s: a title'\n---\n").Article.Metadata;
        Assert.Equal(("2018", "It's: a title"), (metadata.Id, metadata.Title));
    }

    [Fact]
    public void TheFrontMatterMayEndTheFile()
    {
        var parsed = ArticleParser.Parse("---\nid: a\ntitle: b\n---");
        Assert.Empty(parsed.Findings);
        Assert.Equal("a", parsed.Article.Id);
    }
}
