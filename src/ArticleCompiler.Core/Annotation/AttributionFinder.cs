using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Model;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Finds the quotes of a raw article and who said them, paragraph by paragraph: the
/// <see cref="DirectQuoteFinder"/> (quotation marks and their cues), the
/// <see cref="ReportedSpeechFinder"/> (clauses reading through the <see cref="ClauseReader"/>) and the
/// <see cref="SentenceSubjectReader"/> (who each sentence is about) list what waits for a speaker, in
/// text order; the <see cref="MentionResolver"/> then decides who said each. Words the rules look
/// for are in <see cref="EnglishLexicon"/>; mentions of people are read by <see cref="MentionReader"/>.
/// </summary>
internal static class AttributionFinder
{
    /// <summary>The quotes of <paramref name="article"/> and the people and organisations they come from.</summary>
    public static (IReadOnlyList<QuoteAnnotation> Quotes, SpeakerDirectory Speakers) Find(RawArticle article)
    {
        var speakers = new SpeakerDirectory();
        var found = new List<QuoteAnnotation>();
        var subjects = new SentenceSubjectReader(article.Blocks, speakers);
        var blocks = article.Blocks;
        var spans = QuoteSpan.Find(blocks);
        var spansByBlock = spans.SelectMany(span => Enumerable.Range(span.OpenBlock, span.CloseBlock - span.OpenBlock + 1).Select(b => (Block: b, Span: span))).ToLookup(x => x.Block, x => x.Span);
        var resolver = new MentionResolver(speakers, found);
        resolver.RegisterTitledPeople(blocks);
        Entity? lastParagraphSpeaker = null;
        Mention? introducer = null;
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].Kind != RawBlockKind.Paragraph)
            {
                continue;
            }

            var paragraph = new ParagraphContext(blocks[b].Text, b, spansByBlock[b].ToList());
            var foundBefore = found.Count;
            var items = DirectQuoteFinder.Find(paragraph, subjects).Concat(ReportedSpeechFinder.Find(paragraph)).Concat(subjects.SentenceSubjects(paragraph)).OrderBy(i => i.Order).ToList();
            resolver.ResolveInOrder(paragraph, items, lastParagraphSpeaker, introducer);
            introducer = subjects.IntroducingSubjectAtEnd(paragraph);
            lastParagraphSpeaker = found.Skip(foundBefore).Where(q => q.CloseBlock == b && q.Speaker is not null).OrderBy(q => q.End).LastOrDefault()?.Speaker ?? (paragraph.Quotes.Count > 0 ? null : lastParagraphSpeaker);
        }

        return (found, speakers);
    }
}
