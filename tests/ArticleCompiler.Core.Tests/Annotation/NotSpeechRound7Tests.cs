using ArticleCompiler.Annotation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>Issue 14, round seven: words around a cue that read as a report and are the writer's own.</summary>
public class NotSpeechRound7Tests
{
    private static string[] Reported(string paragraph) => ReportedSpans.Texts(paragraph);

    [Fact]
    public void ASceneBeforeAQuotedSpeakerIsNotReportedSpeech()
    {
        Assert.Empty(Reported("In a long interview at the town hall on Friday, Jane Roe said, \"We will keep the ferry running all winter.\""));
        Assert.Empty(Reported("Standing beside the empty pool, Jane Roe said, \"We will open it again in June.\""));
    }

    [Fact]
    public void ASpeakersOwnClauseBeforeAQuotationStaysReported()
    {
        // A subordinate clause is part of what was said, and a statement before the cue without a quotation after it too.
        Assert.Single(Reported("While the council cut the ferry budget, Jane Roe said, \"we will keep it running all winter.\""));
        Assert.Single(Reported("The ferry will run all winter, Jane Roe said, and the pool will open in June."));
    }

    [Fact]
    public void ANewsroomNoteQuotesNobody()
    {
        Assert.Empty(Reported("This story has been updated to note that the ferry to Lindholm resumed service on Monday."));
        Assert.Empty(Reported("The council met on Monday. CORRECTION: An earlier draft gave the wrong date for the vote on the ferry budget."));
        Assert.Single(Reported("The council met on Monday. Jane Roe noted that the ferry to Lindholm resumed service on Monday."));
    }

    [Fact]
    public void ABeliefSetInsideTheSentenceIsNotReportedSpeech()
    {
        Assert.Equal(new string[0], Reported("The ferry to Lindholm, Jane Roe believes, will run all winter."));
        Assert.Equal(2, Reported("The ferry to Lindholm, Jane Roe said, will run all winter.").Length);
    }
}
