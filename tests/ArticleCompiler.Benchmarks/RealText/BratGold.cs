using System;
using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Tests.Shared;

namespace ArticleCompiler.Benchmarks.RealText;

/// <summary>A gold quote taken from a PolNeAR attribution, with what the error report needs to show.</summary>
/// <param name="Quote">The span, class and speaker the scorer reads.</param>
/// <param name="Source">The source span's text ("" when there is none).</param>
/// <param name="Class">Why it is gold or ignored (see <see cref="BratGold"/>).</param>
internal sealed record BratGoldQuote(LocatedQuote Quote, string Source, string Class);

/// <summary>
/// Maps one PolNeAR annotator's attributions to the gold the GGT-style scorer reads. Each content
/// range (a discontinuous content, "“We will,” he said, “win.”", gives one gold quote per range;
/// ranges that only spaces separate are one, see <see cref="Contiguous"/>):
/// <list type="bullet">
/// <item>wholly inside one pair of quotation marks: a direct or partial quote, whatever the cue;
/// the span is the words inside the marks, as a draft's quote text is;</item>
/// <item>otherwise, with a cue of speech ("said", "told", "according to", "wrote", a colon ...):
/// reported speech; the span is the content less a leading "that";</item>
/// <item>otherwise (beliefs, thoughts, wishes, findings: "think", "want", "polls show") and
/// attributions without a source: ignored. They are not gold, and a prediction that matches one is
/// not counted as predicted either: artc annotate is not asked to find them, nor punished when a
/// belief is phrased like speech. Content in the headline is ignored too (the draft makes it the title).</item>
/// </list>
/// The speaker is the source span: its longest run of capitalised words ("Corey Lewandowski" in
/// "Trump campaign manager Corey Lewandowski") and the whole source as an alias. PolNeAR marks no
/// coreference, so a pronoun source ("he", "they") leaves the speaker unscorable: the quote counts
/// for span F1 but not for speaker accuracy or attributed F1.
/// </summary>
internal static class BratGold
{
    public const string Direct = "direct";
    public const string Reported = "reported";
    public const string NotSpeech = "ignored: belief or thought";
    public const string NoSource = "ignored: no source";
    public const string Headline = "ignored: in the headline";

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they", "them", "their",
        "who", "whom", "whose", "which", "that", "this", "these", "those", "himself", "herself", "themselves", "itself", "one",
    };

    // Words of a cue that make it speech (or writing) rather than a belief, a wish or a finding.
    private static readonly HashSet<string> SpeechWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "according", "add", "adds", "added", "adding",
        "write", "writes", "wrote", "writing", "written", "ask", "asks", "asked", "asking", "note", "notes", "noted", "noting",
        "report", "reports", "reported", "reporting", "reportedly", "announce", "announces", "announced", "announcing",
        "suggest", "suggests", "suggested", "suggesting", "argue", "argues", "argued", "arguing", "explain", "explains", "explained", "explaining",
        "claim", "claims", "claimed", "claiming", "tweet", "tweets", "tweeted", "tweeting", "declare", "declares", "declared", "declaring",
        "acknowledge", "acknowledges", "acknowledged", "acknowledging", "warn", "warns", "warned", "warning",
        "insist", "insists", "insisted", "insisting", "reply", "replies", "replied", "replying", "respond", "responds", "responded", "responding",
        "state", "states", "stated", "stating", "statement", "stress", "stresses", "stressed", "stressing", "confirm", "confirms", "confirmed", "confirming",
        "deny", "denies", "denied", "denying", "admit", "admits", "admitted", "admitting", "predict", "predicts", "predicted", "predicting",
        "promise", "promises", "promised", "promising", "pledge", "pledges", "pledged", "pledging", "vow", "vows", "vowed", "vowing",
        "urge", "urges", "urged", "urging", "recall", "recalls", "recalled", "recalling", "describe", "describes", "described", "describing",
        "allege", "alleges", "alleged", "alleging", "contend", "contends", "contended", "contending", "mention", "mentions", "mentioned", "mentioning",
        "comment", "comments", "commented", "commenting", "complain", "complains", "complained", "complaining", "testify", "testifies", "testified", "testifying",
        "reiterate", "reiterates", "reiterated", "reiterating", "repeat", "repeats", "repeated", "repeating", "assert", "asserts", "asserted", "asserting",
        "emphasize", "emphasizes", "emphasized", "emphasizing", "remark", "remarks", "remarked", "boast", "boasts", "boasted", "boasting",
        "joke", "joked", "joking", "quip", "quipped", "continue", "continues", "continued", "continuing", "interview", "posted", "emailed", "texted",
        "speech", "wrote", "points", "pointed", "cite", "cites", "cited", "citing", "accuse", "accuses", "accused", "accusing", "charge", "charged",
    };

    /// <summary>The gold quotes of one article's <paramref name="attributions"/> in <paramref name="text"/> (its raw .txt).</summary>
    public static IReadOnlyList<BratGoldQuote> Map(string text, IReadOnlyList<Attribution> attributions)
    {
        var flat = text.Replace("\r\n", " \n").Replace('\r', '\n'); // same length: offsets stay valid
        var blocks = BratConverter.Blocks(flat);
        var marked = flat.Replace("''", "\" "); // the New York Times' two apostrophes are a quotation mark
        var gold = new List<BratGoldQuote>();
        foreach (var attribution in attributions)
        {
            var source = attribution.Source is null ? string.Empty : Flat(string.Join(" ", attribution.Source.Ranges.Select(r => Substring(flat, r.Start, r.End))));
            var cue = attribution.Cue is null ? string.Empty : Flat(string.Join(" ", attribution.Cue.Ranges.Select(r => Substring(flat, r.Start, r.End))));
            var speaker = Speaker(source);
            foreach (var (rangeStart, rangeEnd) in Contiguous(flat, attribution.Content.Ranges))
            {
                var (start, end) = BratConverter.Trim(flat, rangeStart, rangeEnd);
                if (end - start < 2)
                {
                    continue;
                }

                var block = blocks.ToList().FindIndex(b => start >= b.Start && start < b.End);
                var direct = block < 0 ? null : InQuotes(marked, blocks, start, end);
                var (spanStart, spanEnd) = direct ?? WithoutThat(flat, start, end);
                var @class = blocks.Count > 1 && block == 0 ? Headline
                    : attribution.Source is null ? NoSource
                    : direct is not null ? Direct
                    : IsSpeech(cue) ? Reported
                    : NotSpeech;
                var quote = new LocatedQuote(spanStart, spanEnd, direct is null, speaker) { Ignored = @class != Direct && @class != Reported };
                gold.Add(new BratGoldQuote(quote, source, @class));
            }
        }

        // An annotator who marked one content twice gave one quote, not two.
        return gold.GroupBy(g => (g.Quote.Start, g.Quote.End, g.Quote.IsIndirect, g.Quote.Ignored)).Select(g => g.First())
            .OrderBy(g => g.Quote.Start).ToList();
    }

    /// <summary>
    /// The content's ranges with those that only white space separates, within a paragraph, joined:
    /// annotators often selected one passage sentence by sentence (brat keeps each selection as a
    /// range), and a passage is one quote however it was selected. Ranges apart by other text
    /// (a cue between two parts: "“We will,” he said, “win.”") or by a paragraph break stay apart.
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> Contiguous(string text, IReadOnlyList<(int Start, int End)> ranges)
    {
        var joined = new List<(int Start, int End)>();
        foreach (var range in ranges.OrderBy(r => r.Start))
        {
            if (joined.Count > 0 && joined[^1].End <= range.Start && Enumerable.Range(joined[^1].End, range.Start - joined[^1].End).All(i => text[i] is ' ' or '\t' or '\u00a0'))
            {
                joined[^1] = (joined[^1].Start, range.End);
            }
            else
            {
                joined.Add(range);
            }
        }

        return joined;
    }

    /// <summary>
    /// The words of [start, end) less the quotation marks around them when they lie wholly inside one
    /// quotation: a mark opened before them in their paragraph and not closed, none inside them (but
    /// at a paragraph edge, where a quotation runs on), and the next after them closing it, or none
    /// before their paragraph ends; otherwise null.
    /// </summary>
    public static (int Start, int End)? InQuotes(string text, IReadOnlyList<(int Start, int End)> paragraphs, int start, int end)
    {
        while (start < end && (IsMark(text[start]) || char.IsWhiteSpace(text[start])))
        {
            start++;
        }

        while (end > start && (IsMark(text[end - 1]) || char.IsWhiteSpace(text[end - 1])))
        {
            end--;
        }

        var first = paragraphs.FirstOrDefault(p => start >= p.Start && start < p.End);
        var last = paragraphs.LastOrDefault(p => end > p.Start && end <= p.End);
        if (end <= start || first == default || last == default)
        {
            return null;
        }

        var open = false;
        for (var i = first.Start; i < start; i++)
        {
            open = text[i] switch { '“' => true, '”' => false, '"' => !open, _ => open };
        }

        for (var i = start; i < end; i++)
        {
            if (IsMark(text[i]) && !paragraphs.Any(p => Edge(text, p.Start, i) || Edge(text, i + 1, p.End)))
            {
                return null;
            }
        }

        var next = end;
        while (next < last.End && !IsMark(text[next]))
        {
            next++;
        }

        var closes = next == last.End || text[next] is '”' or '"';
        return open && closes ? (start, end) : null;
    }

    private static bool IsMark(char c) => c is '"' or '“' or '”';

    // Only marks, spaces and end punctuation between from and to: a mark at a paragraph's edge.
    private static bool Edge(string text, int from, int to) =>
        from <= to && to - from <= 3 && Enumerable.Range(from, to - from).All(i => IsMark(text[i]) || text[i] is ' ' or '.' or ',' or '?' or '!');

    /// <summary>Whether a cue ("said", "according to", ":") introduces speech or writing.</summary>
    public static bool IsSpeech(string cue) =>
        cue.Trim() == ":" || Words(cue).Any(SpeechWords.Contains);

    /// <summary>
    /// The speaker as the scorer compares it: the source's longest run of capitalised words and the
    /// whole source (with and without its possessives); nothing (unscorable) for a pronoun or an empty source.
    /// </summary>
    public static IReadOnlyList<string> Speaker(string source)
    {
        var words = Words(source).ToList();
        if (words.Count == 0 || words.All(Pronouns.Contains))
        {
            return Array.Empty<string>();
        }

        // A run of capitalised words ends at a comma or a parenthesis: "Rep. Jim Jordan (R-Ohio), a member".
        var raw = source.Split(new[] { ' ', '\u00a0' }, StringSplitOptions.RemoveEmptyEntries);
        var tokens = raw.Select(t => t.Trim(',', ';', ':', '(', ')', '"', '“', '”', '—'))
            .Select(t => t.EndsWith("'s", StringComparison.Ordinal) || t.EndsWith("’s", StringComparison.Ordinal) ? t.Substring(0, t.Length - 2) : t)
            .ToList();
        var best = new List<string>();
        var run = new List<string>();
        var head = false;
        void EndRun()
        {
            // A name that opens the source and ends at a comma is its head: what follows is an
            // apposition ("Vilsack, a former Iowa governor"; "Sanders, runner-up to Hillary Clinton").
            if (!head && (run.Count > best.Count || (run.Count == best.Count && run.Count > 0)))
            {
                best = run;
            }

            run = new List<string>();
        }

        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            var capitalised = token.Length > 0 && char.IsUpper(token[0]) && !(run.Count == 0 && token == "The");
            if (raw[k].StartsWith("(", StringComparison.Ordinal) || !capitalised)
            {
                EndRun();
                continue;
            }

            run.Add(token);
            if (raw[k].EndsWith(",", StringComparison.Ordinal) || raw[k].EndsWith(")", StringComparison.Ordinal))
            {
                var opens = run.Count == k + 1 || (run.Count == k && tokens[0] == "The");
                EndRun();
                head |= opens && raw[k].EndsWith(",", StringComparison.Ordinal) && k + 1 < raw.Length;
            }
        }

        EndRun();
        var whole = AnnotationScoring.Normalise(string.Join(" ", tokens.Where(t => t.Length > 0)));
        var name = best.Count > 0 ? AnnotationScoring.Normalise(string.Join(" ", best)) : whole;

        // The source as written, possessives kept: a predicted speaker "Mrs. Lee's aides" is the
        // source "Mrs. Lee's aides", whose run of capitalised words is "Mrs. Lee".
        var written = AnnotationScoring.Normalise(string.Join(" ", raw.Select(t => t.Trim(',', ';', ':', '(', ')', '"', '“', '”', '—')).Where(t => t.Length > 0)));
        return new[] { name, whole, written }.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split(new[] { ' ', '\u00a0', ',', '.', ':', ';', '(', ')', '"', '“', '”', '’', '\'' }, StringSplitOptions.RemoveEmptyEntries);

    // The span for reported speech starts after "that".
    private static (int, int) WithoutThat(string text, int start, int end)
    {
        if (end - start > 5 && string.Compare(text, start, "that ", 0, 5, StringComparison.OrdinalIgnoreCase) == 0)
        {
            return BratConverter.Trim(text, start + 5, end);
        }

        return (start, end);
    }


    private static string Substring(string text, int start, int end) => text.Substring(start, Math.Max(0, Math.Min(end, text.Length) - start));

    private static string Flat(string text) => string.Join(" ", text.Split(new[] { ' ', '\t', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries));
}
