using System.IO;
using System.Linq;
using ArticleCompiler.Diffing;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using ArticleCompiler.Registry;
using ArticleCompiler.Tests.Shared;
using ArticleCompiler.Validation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Diffing;

/// <summary>Where each sentence of a diff stands (section, paragraph) and which of its words are whose quote.</summary>
public class BodyLayoutTests
{
    private static readonly RegistryScope SeedSpeakers = SpeakerRegistry
        .Create(new[] { SpeakerRegistryFile.Read(RepositoryPaths.SeedRegistry, File.ReadAllText(RepositoryPaths.SeedRegistry)) })
        .ScopeFor(RepositoryPaths.Seed);

    private static string Revision(int number) => File.ReadAllText(number == 1
        ? RepositoryPaths.Seed
        : Path.Combine(RepositoryPaths.Root, "seeds", "revisions", $"russia-us-syria.r{number}.article.md"));

    private static DiffSource Annotated(string text) =>
        DiffSource.FromArticle(ArticleValidator.Check(ArticleParser.Parse(text), TestArticles.Options with { Registry = SeedSpeakers }).Article);

    private static string[] Words(string text, QuoteMark mark) =>
        text.Split(' ').Skip(mark.FirstWord).Take(mark.WordCount).ToArray();

    [Fact]
    public void AReattributedQuoteIsMarkedWithEachSidesSpeaker()
    {
        var diff = ArticleDiffer.Diff(Annotated(Revision(1)), Annotated(Revision(2)), new DiffOptions());

        var sentence = Assert.Single(diff.Sentences, s => s.New?.Text.StartsWith("The two countries should focus", System.StringComparison.Ordinal) == true);
        var (old, @new) = (Assert.Single(sentence.Old!.Quotes), Assert.Single(sentence.New!.Quotes));
        Assert.Equal(("antonov", "Anatoly Antonov"), (old.SpeakerKey, old.SpeakerName));
        Assert.Equal(("putin", "Vladimir Putin", QuoteKind.Indirect), (@new.SpeakerKey, @new.SpeakerName, @new.Kind));
        Assert.Equal("The", Words(sentence.New.Text, @new).First());
        Assert.Equal("services,", Words(sentence.New.Text, @new).Last());
        Assert.True(@new.Ends);
        Assert.Equal("On Russia-US Relations", diff.NewSections[sentence.New.Section].Heading);
    }

    [Fact]
    public void AQuoteOfTwoSentencesIsMarkedInBothAndEndsInTheSecond()
    {
        var diff = ArticleDiffer.Diff(Annotated(Revision(1)), Annotated(Revision(2)), new DiffOptions());

        var first = Assert.Single(diff.Sentences, s => s.New?.Text.StartsWith("\"I do not think that", System.StringComparison.Ordinal) == true).New!;
        var second = diff.Sentences.Single(s => s.New?.Index == first.Index + 1).New!;

        Assert.False(Assert.Single(first.Quotes).Ends);
        Assert.Equal(first.Text.Split(' ').Length, first.Quotes[0].WordCount);
        Assert.True(second.Quotes[0].Ends);
        Assert.Equal(0, second.Quotes[0].FirstWord);
        Assert.Equal(first.Paragraph, second.Paragraph);
    }

    [Fact]
    public void AQuoteInsideAnotherSpeakersQuoteIsMarkedToo()
    {
        var diff = ArticleDiffer.Diff(Annotated(Revision(1)), Annotated(Revision(2)), new DiffOptions());

        var sentence = Assert.Single(diff.Sentences, s => s.New?.Text.StartsWith("\"As Russian President", System.StringComparison.Ordinal) == true).New!;

        Assert.Equal(new[] { "antonov", "putin" }, sentence.Quotes.Select(q => q.SpeakerKey));
        Assert.Equal("this", Words(sentence.Text, sentence.Quotes[1]).First());
    }

    [Fact]
    public void SectionsArePairedWithTheirCounterpartsAndEveryQuoteMarkLiesInItsSentence()
    {
        var diff = ArticleDiffer.Diff(Annotated(Revision(2)), Annotated(Revision(3)), new DiffOptions());

        Assert.Equal(diff.OldSections.Count + 1, diff.NewSections.Count);
        var moved = Assert.Single(diff.Sections, s => s.Change == SectionChangeKind.Moved);
        Assert.Equal(moved.NewIndex, diff.OldSections[moved.OldIndex!.Value].Counterpart);
        Assert.Equal(moved.OldIndex, diff.NewSections[moved.NewIndex!.Value].Counterpart);
        var added = Assert.Single(diff.Sections, s => s.Change == SectionChangeKind.Added);
        Assert.Null(diff.NewSections[added.NewIndex!.Value].Counterpart);

        foreach (var side in diff.Sentences.SelectMany(s => new[] { s.Old, s.New }).Where(s => s is not null))
        {
            Assert.All(side!.Quotes, q => Assert.InRange(q.FirstWord + q.WordCount, 1, side.Text.Split(' ', System.StringSplitOptions.RemoveEmptyEntries).Length));
        }
    }

    [Fact]
    public void APlainTextSideIsOneSectionWithAParagraphPerLine()
    {
        var diff = ArticleDiffer.Diff(DiffSource.FromPlainText("One. Two.\n\nThree.\n"), DiffSource.FromPlainText("One. Two.\nThree and four.\n"), new DiffOptions());

        Assert.Equal(new SectionOutline(Section.LeadId, null, 0), Assert.Single(diff.OldSections));
        Assert.Equal(new SectionOutline(Section.LeadId, null, 0), Assert.Single(diff.NewSections));
        Assert.Equal(new[] { 0, 0, 1 }, diff.Sentences.Select(s => s.New!.Paragraph));
        Assert.All(diff.Sentences, s => Assert.Empty(s.New!.Quotes));
    }
}
