using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleCompiler.Diffing;
using static ArticleCompiler.Cli.Output.Diff.HtmlDiffWriter;

namespace ArticleCompiler.Cli.Output.Diff;

/// <summary>
/// The article of an HTML diff page, section by section in the new revision's order: each sentence
/// as the diff aligned it (removed ones where the diff puts them), its changed words marked, its
/// quotes marked with their speaker. A moved sentence or section leaves a note where it was, and
/// each links to the other.
/// </summary>
internal sealed class HtmlArticleBody
{
    private readonly TextWriter _output;
    private readonly ArticleDiff _diff;
    private readonly IReadOnlyDictionary<string, string> _names;
    private readonly HashSet<string> _anchors = new(System.StringComparer.Ordinal);
    private readonly Dictionary<int, List<SectionChange>> _sectionsMovedAfter = new();
    private readonly HashSet<int> _withSentences;
    private (char Side, int Index)? _block;
    private int _nextEmpty;
    private bool _inParagraph;
    private int _newParagraph = -1;
    private int _oldParagraph = -1;

    public HtmlArticleBody(TextWriter output, ArticleDiff diff, IReadOnlyDictionary<string, string> names)
    {
        _output = output;
        _diff = diff;
        _names = names;
        _withSentences = new HashSet<int>(diff.Sentences.Where(s => s.New is not null).Select(s => s.New!.Section));

        // A moved section's note stands where it was: after the section before it in the old revision.
        foreach (var moved in diff.Sections.Where(s => s.Change == SectionChangeKind.Moved))
        {
            var after = moved.OldIndex!.Value - 1;
            if (!_sectionsMovedAfter.TryGetValue(after, out var list))
            {
                _sectionsMovedAfter[after] = list = new List<SectionChange>();
            }

            list.Add(moved);
        }
    }

    public void Write()
    {
        var sentences = _diff.Sentences;
        var movedAwayBefore = MovedAwayBefore(sentences);
        SectionsMovedAfter(-1);
        for (var i = 0; i <= sentences.Count; i++)
        {
            var notes = movedAwayBefore.TryGetValue(i, out var moved) ? moved : null;
            if (i == sentences.Count)
            {
                // Moves from the end of the old revision: their notes close its last section.
                foreach (var change in notes ?? [])
                {
                    Paragraph(true);
                    MovedAway(change);
                }

                break;
            }

            var sentence = sentences[i];
            Block(BlockOf(sentence));
            foreach (var change in notes ?? [])
            {
                Paragraph(false);
                MovedAway(change);
            }

            Paragraph(StartsParagraph(sentence));
            Sentence(sentence);
        }

        CloseBlock();
        EmptySectionsBefore(_diff.NewSections.Count);
        foreach (var rest in _sectionsMovedAfter.Keys.ToList())
        {
            SectionsMovedAfter(rest);
        }
    }

    // Where a moved sentence's note goes: before the first sentence in place whose old index is past
    // its old index (sentences in place and removed ones come in old order).
    private Dictionary<int, List<SentenceChange>> MovedAwayBefore(IReadOnlyList<SentenceChange> sentences)
    {
        var inPlace = new List<(int Old, int Position)>();
        for (var i = 0; i < sentences.Count; i++)
        {
            if (sentences[i].Operation != SentenceOperation.Moved && sentences[i].Old is { } old)
            {
                inPlace.Add((old.Index, i));
            }
        }

        var before = new Dictionary<int, List<SentenceChange>>();
        foreach (var moved in sentences.Where(MovedAlone))
        {
            var low = 0;
            var high = inPlace.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                (low, high) = inPlace[middle].Old > moved.Old!.Index ? (low, middle) : (middle + 1, high);
            }

            var position = low < inPlace.Count ? inPlace[low].Position : sentences.Count;
            if (!before.TryGetValue(position, out var list))
            {
                before[position] = list = new List<SentenceChange>();
            }

            list.Add(moved);
        }

        return before;
    }

    // A sentence of a moved section moved with it: the section's note says so once for all of them.
    private bool MovedAlone(SentenceChange sentence) =>
        sentence.Operation == SentenceOperation.Moved
        && !(_diff.OldSections.ElementAtOrDefault(sentence.Old!.Section)?.Counterpart == sentence.New!.Section
             && _diff.Sections.Any(s => s.Change == SectionChangeKind.Moved && s.NewIndex == sentence.New.Section));

    // A sentence belongs to its new section; a removed one to the new counterpart of its old
    // section, or, when that section was removed too, to the old section itself.
    private (char Side, int Index) BlockOf(SentenceChange sentence) =>
        sentence.New is { } @new ? ('n', @new.Section)
        : _diff.OldSections.ElementAtOrDefault(sentence.Old!.Section)?.Counterpart is int counterpart ? ('n', counterpart)
        : ('o', sentence.Old.Section);

    private bool StartsParagraph(SentenceChange sentence)
    {
        var starts = sentence.New is { } @new ? @new.Paragraph != _newParagraph : sentence.Old!.Paragraph != _oldParagraph;
        _newParagraph = sentence.New?.Paragraph ?? _newParagraph;
        _oldParagraph = sentence.Old?.Paragraph ?? _oldParagraph;
        return starts;
    }

    private void Block((char Side, int Index) block)
    {
        if (_block == block)
        {
            return;
        }

        CloseBlock();
        if (block.Side == 'n')
        {
            EmptySectionsBefore(block.Index);
        }

        _block = block;
        _newParagraph = _oldParagraph = -1;
        var anchor = SectionAnchor(block.Side, block.Index);
        _output.Write(_anchors.Add(anchor) ? $"<section id=\"{anchor}\">\n" : "<section>\n");
        if (block.Side == 'o')
        {
            var removed = _diff.OldSections.ElementAtOrDefault(block.Index);
            _output.Write($"<h3><del>{Title(removed?.Heading)}</del><span class=\"note section-note\">section removed</span></h3>\n");
            return;
        }

        var section = _diff.NewSections.ElementAtOrDefault(block.Index);
        var changes = _diff.Sections.Where(s => s.NewIndex == block.Index).ToList();
        var heading = changes.FirstOrDefault(c => c.Change == SectionChangeKind.Renamed) is { } renamed
            ? $"<del>{Title(renamed.OldHeading)}</del> <ins>{Title(renamed.NewHeading)}</ins>"
            : Title(section?.Heading);
        var notes = string.Concat(changes.Select(c => c.Change switch
        {
            SectionChangeKind.Added => "<span class=\"note section-note\">section added</span>",
            SectionChangeKind.Moved => $"<span class=\"note section-note\">moved from section {c.OldIndex + 1}: <a href=\"#{SectionAnchor('o', c.OldIndex!.Value)}\">where it was</a></span>",
            _ => string.Empty,
        }));
        _output.Write($"<h3>{heading}{notes}</h3>\n");
    }

    // A section without sentences (a heading alone) is shown too, in its place: the summary may link to it.
    private void EmptySectionsBefore(int index)
    {
        for (; _nextEmpty < index; _nextEmpty++)
        {
            if (!_withSentences.Contains(_nextEmpty))
            {
                Block(('n', _nextEmpty));
                CloseBlock();
            }
        }
    }

    private void CloseBlock()
    {
        if (_block is not { } block)
        {
            return;
        }

        EndParagraph();
        _output.Write("</section>\n");
        _block = null;
        SectionsMovedAfter(block.Side == 'o' ? block.Index : _diff.NewSections.ElementAtOrDefault(block.Index)?.Counterpart ?? int.MinValue);
    }

    private void SectionsMovedAfter(int oldIndex)
    {
        if (!_sectionsMovedAfter.Remove(oldIndex, out var moved))
        {
            return;
        }

        foreach (var section in moved)
        {
            var anchor = SectionAnchor('o', section.OldIndex!.Value);
            _output.Write($"<p class=\"moved-away\"{(_anchors.Add(anchor) ? $" id=\"{anchor}\"" : string.Empty)}><span class=\"note\">section moved</span> ");
            _output.Write($"<a href=\"#{SectionAnchor('n', section.NewIndex!.Value)}\">{Heading(section.NewHeading)}</a> was section {section.OldIndex + 1} here; it is section {section.NewIndex + 1} now.</p>\n");
        }
    }

    // Continues the open paragraph, or starts one (closing the open one when asked to start).
    private void Paragraph(bool start)
    {
        if (start)
        {
            EndParagraph();
        }

        _output.Write(_inParagraph ? " " : "<p>");
        _inParagraph = true;
    }

    private void EndParagraph()
    {
        if (_inParagraph)
        {
            _output.Write("</p>\n");
            _inParagraph = false;
        }
    }

    private void MovedAway(SentenceChange moved)
    {
        var words = moved.Old!.Text.Split(' ');
        var opening = string.Join(" ", words.Take(8)) + (words.Length > 8 ? " …" : string.Empty);
        _output.Write($"<span class=\"moved-away\" id=\"o{moved.Old.Index}\"><span class=\"note\">sentence moved</span> <a href=\"#n{moved.New!.Index}\">“{E(opening)}”</a> was here.</span>");
    }

    private void Sentence(SentenceChange sentence)
    {
        var (side, index) = sentence.New is { } shown ? ('n', shown.Index) : ('o', sentence.Old!.Index);
        _output.Write($"<span class=\"sentence\" id=\"{side}{index}\">");
        if (MovedAlone(sentence))
        {
            _output.Write($"<a class=\"note\" href=\"#o{sentence.Old!.Index}\">moved here</a> ");
        }
        else if (sentence.Operation == SentenceOperation.Edited && (sentence.New!.Count > 1 || sentence.Old!.Count > 1))
        {
            _output.Write($"<span class=\"note\">{(sentence.New.Count > 1 ? "split" : "merged")}</span> ");
        }

        var tokens = sentence.Words.Count > 0
            ? HtmlSentenceTokens.FromWords(sentence.Words, sentence.New!.Quotes)
            : sentence.New is { } @new
                ? HtmlSentenceTokens.FromText(@new.Text, sentence.Old is null ? WordOperation.Inserted : WordOperation.Equal, @new.Quotes)
                : HtmlSentenceTokens.FromText(sentence.Old!.Text, WordOperation.Deleted, sentence.Old.Quotes);
        var marks = sentence.New?.Quotes ?? sentence.Old!.Quotes;
        HtmlSentenceTokens.Write(_output, tokens, marks, sentence.New is null ? null : sentence.Old?.Quotes, _names);
        _output.Write("</span>");
    }

    private static string Title(string? heading) => heading is null ? "Lead" : E(heading);
}
