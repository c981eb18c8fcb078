using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using ArticleCompiler.Text;

namespace ArticleCompiler.Tests.Shared;

/// <summary>A quote located in the raw text: its words' span, its class and its speaker.</summary>
/// <param name="Start">Offset of the first quoted character in the raw text.</param>
/// <param name="End">Offset just after the last one.</param>
/// <param name="IsIndirect">Reported speech (else words in quotation marks, direct or partial).</param>
/// <param name="Speaker">The speaker's name and aliases, lower case; empty when the gold does not say who (a pronoun source): the speaker cannot be scored.</param>
internal sealed record LocatedQuote(int Start, int End, bool IsIndirect, IReadOnlyList<string> Speaker)
{
    public int Length => End - Start;

    /// <summary>
    /// Gold that neither counts nor penalises: a prediction matched to it is dropped from the
    /// predicted count (PolNeAR's attributions of beliefs and thoughts, and those without a source).
    /// </summary>
    public bool Ignored { get; init; }

    /// <summary>A prediction's confidence (0 to 1), when the annotator told it.</summary>
    public double? Confidence { get; init; }
}

/// <summary>Counts for one class of quotes over a set of articles.</summary>
/// <param name="Gold">Gold quotes (ignored ones left out).</param>
/// <param name="Predicted">Predicted quotes, less those matched to ignored gold.</param>
/// <param name="ExactMatches">Gold quotes a prediction gives to the character.</param>
/// <param name="OverlapMatches">One-to-one matches at the threshold.</param>
/// <param name="SpeakerRight">Matches whose speaker is right.</param>
/// <param name="GoldUnscorable">Gold quotes whose speaker the gold does not name.</param>
/// <param name="MatchedUnscorable">Matches to those: left out of speaker accuracy and attributed F1.</param>
internal sealed record QuoteCounts(int Gold, int Predicted, int ExactMatches, int OverlapMatches, int SpeakerRight, int GoldUnscorable = 0, int MatchedUnscorable = 0)
{
    public static QuoteCounts operator +(QuoteCounts a, QuoteCounts b) =>
        new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.ExactMatches + b.ExactMatches, a.OverlapMatches + b.OverlapMatches, a.SpeakerRight + b.SpeakerRight, a.GoldUnscorable + b.GoldUnscorable, a.MatchedUnscorable + b.MatchedUnscorable);

    public static QuoteCounts Zero { get; } = new(0, 0, 0, 0, 0);

    public double ExactF1 => F1(ExactMatches);

    public double OverlapPrecision => Ratio(OverlapMatches, Predicted);

    public double OverlapRecall => Ratio(OverlapMatches, Gold);

    public double OverlapF1 => F1(OverlapMatches);

    /// <summary>Share of the overlap-matched quotes (whose gold names a speaker) whose speaker is right.</summary>
    public double SpeakerAccuracy => Ratio(SpeakerRight, OverlapMatches - MatchedUnscorable);

    /// <summary>
    /// F1 where a match needs both the span and the speaker right, over the quotes whose gold names
    /// a speaker (and the predictions not matched to the others).
    /// </summary>
    public double AttributedF1 => F1(SpeakerRight, Gold - GoldUnscorable, Predicted - MatchedUnscorable);

    private double F1(int matches) => F1(matches, Gold, Predicted);

    private static double F1(int matches, int gold, int predicted) => gold + predicted == 0 ? 1 : 2.0 * matches / (gold + predicted);

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;
}

/// <summary>
/// Scores annotated drafts against hand-annotated gold: quote spans matched one to one (greedily,
/// best overlap first) exactly and at 0.8 overlap, where overlap is the shared characters over the
/// longer span's length (each span covers at least 80% of the other); speaker accuracy on the
/// matched quotes; and attributed-quote F1 (span and speaker right). Direct and partial quotes
/// (words in quotation marks) form one class, reported speech the other.
/// </summary>
internal static class AnnotationScoring
{
    public const double Overlap = 0.8;

    /// <summary>
    /// The articles the rules were developed on: the raw seed and tests/Gold/*.txt, each with its
    /// annotated form.
    /// </summary>
    public static IReadOnlyList<(string Name, string Raw, string Gold)> DevelopmentSet()
    {
        var set = new List<(string, string, string)> { ("seed: russia-us-syria", File.ReadAllText(RepositoryPaths.RawSeed), File.ReadAllText(RepositoryPaths.Seed)) };
        set.AddRange(Folder(RepositoryPaths.Gold));
        return set;
    }

    /// <summary>Articles annotated apart and never looked at while the rules were written (tests/Gold/heldout).</summary>
    public static IReadOnlyList<(string Name, string Raw, string Gold)> HeldOutSet() => Folder(Path.Combine(RepositoryPaths.Gold, "heldout"));

    private static List<(string, string, string)> Folder(string folder) =>
        Directory.GetFiles(folder, "*.txt")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(raw => (Path.GetFileNameWithoutExtension(raw), File.ReadAllText(raw), File.ReadAllText(Path.ChangeExtension(raw, null) + ".article.md")))
            .ToList();

    /// <summary>
    /// The quotes of <paramref name="annotated"/>, located in <paramref name="raw"/>. With
    /// <paramref name="quotationsInReports"/>, quoted words inside an indirect span that carry no block
    /// of their own count as a quote of the span's speaker too, as the format reads them ("quoted words
    /// inside an indirect span belong to ... its speaker") and as the Wikinews gold marks mixed
    /// quotation (<c>[Roe said the plan was "dead"{@roe} on arrival]{@roe}</c>). Without it a report is
    /// one quote however many quotations it holds, as PolNeAR and the GGT metric count. With
    /// <paramref name="perParagraph"/>, a quote running over several paragraphs is one located quote
    /// per paragraph, the unit the PolNeAR gold has (<c>BratGold</c> keeps one quote per paragraph).
    /// </summary>
    public static IReadOnlyList<LocatedQuote> Locate(string annotated, string raw, bool quotationsInReports = true, bool perParagraph = false)
    {
        var article = ArticleParser.Parse(annotated).Article;
        var text = raw.Replace('\r', ' ').Replace('\n', ' ');
        var paragraphOffsets = new Dictionary<(string, int), int>();
        var cursor = 0;
        foreach (var section in article.Sections)
        {
            for (var i = 0; i < section.Paragraphs.Count; i++)
            {
                var found = text.IndexOf(section.Paragraphs[i].Text, cursor, StringComparison.Ordinal);
                if (found < 0)
                {
                    throw new InvalidOperationException($"paragraph {section.Id}[{i}] is not in the raw text: {section.Paragraphs[i].Text}");
                }

                paragraphOffsets[(section.Id, i)] = found;
                cursor = found + section.Paragraphs[i].Text.Length;
            }
        }

        var quotes = new List<LocatedQuote>();
        foreach (var quote in article.Quotes)
        {
            var from = paragraphOffsets[(quote.SectionId, quote.ParagraphIndex)];
            var parts = quote.Text.Split(new[] { "\n\n" }, StringSplitOptions.None);
            var start = text.IndexOf(parts[0], from, StringComparison.Ordinal);
            var end = parts.Length == 1 ? start + parts[0].Length : text.IndexOf(parts[parts.Length - 1], start, StringComparison.Ordinal) + parts[parts.Length - 1].Length;
            if (start < 0 || end < start)
            {
                throw new InvalidOperationException("quote not found in the raw text: " + quote.Text);
            }

            var speaker = article.FindSpeaker(quote.SpeakerKey);
            var names = new List<string>();
            if (speaker is not null)
            {
                names.Add(Normalise(speaker.Name));
                names.AddRange(speaker.Aliases.Select(Normalise));
            }

            if (perParagraph && parts.Length > 1)
            {
                // Each paragraph's part where it stands in the raw text, after the part before it.
                var partStart = start;
                foreach (var part in parts)
                {
                    partStart = text.IndexOf(part, partStart, StringComparison.Ordinal);
                    quotes.Add(new LocatedQuote(partStart, partStart + part.Length, quote.Kind == QuoteKind.Indirect, names));
                    partStart += part.Length;
                }
            }
            else
            {
                quotes.Add(new LocatedQuote(start, end, quote.Kind == QuoteKind.Indirect, names));
            }

            if (quotationsInReports && quote.Kind == QuoteKind.Indirect)
            {
                quotes.AddRange(QuotationsIn(annotated, quote.Span, text, start, names));
            }
        }

        return quotes;
    }

    private static string Unescape(string source)
    {
        var output = new StringBuilder(source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '\\' && i + 1 < source.Length && SyntaxRules.IsEscapable(source[i + 1]))
            {
                i++;
            }

            output.Append(source[i]);
        }

        return output.ToString();
    }

    // The quotations without a block of their own ('"x"{@a}' and '"x"{-}' have one) in the source of
    // an indirect span, located in the raw text from where the span starts.
    private static IEnumerable<LocatedQuote> QuotationsIn(string annotated, SourceSpan span, string text, int from, IReadOnlyList<string> speaker)
    {
        var end = Math.Min(annotated.Length, span.Start + span.Length);
        int? open = null;
        for (var i = span.Start; i < end; i++)
        {
            var c = annotated[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            var before = i > 0 ? annotated[i - 1] : ' ';
            var opens = c == '\u201C' || (c == '"' && (char.IsWhiteSpace(before) || before is '(' or '[' or '\u2014' or '-'));
            var closes = c == '\u201D' || (c == '"' && !opens);
            if (open is null && opens)
            {
                open = i;
            }
            else if (open is { } o && closes)
            {
                open = null;
                if (i + 1 < annotated.Length && annotated[i + 1] == '{')
                {
                    continue;
                }

                // The words as the parser gives a quote's text: trimmed, one trailing comma dropped.
                var words = InlineReader.QuoteText(Unescape(annotated.Substring(o + 1, i - o - 1)));
                var at = words.Length == 0 ? -1 : text.IndexOf(words, from, StringComparison.Ordinal);
                if (at >= 0)
                {
                    yield return new LocatedQuote(at, at + words.Length, false, speaker);
                }
            }
        }
    }

    /// <summary>Scores one article's predicted quotes against its gold quotes, for one class (null: all quotes), at 0.8 overlap.</summary>
    public static QuoteCounts Score(IReadOnlyList<LocatedQuote> gold, IReadOnlyList<LocatedQuote> predicted, bool? indirect) =>
        Score(gold, predicted, indirect, Overlap);

    /// <summary>Scores one article's predicted quotes against its gold quotes, for one class (null: all quotes), at <paramref name="threshold"/> overlap.</summary>
    public static QuoteCounts Score(IReadOnlyList<LocatedQuote> gold, IReadOnlyList<LocatedQuote> predicted, bool? indirect, double threshold)
    {
        var g = gold.Where(q => indirect is null || q.IsIndirect == indirect).ToList();
        var p = predicted.Where(q => indirect is null || q.IsIndirect == indirect).ToList();
        var counted = g.Where(q => !q.Ignored).ToList();
        var exact = counted.Count(a => p.Any(b => a.Start == b.Start && a.End == b.End));
        int matches = 0, speakerRight = 0, onIgnored = 0, unscorable = 0;
        foreach (var (i, j) in Match(g, p, threshold))
        {
            if (g[i].Ignored)
            {
                onIgnored++;
                continue;
            }

            matches++;
            if (g[i].Speaker.Count == 0)
            {
                unscorable++;
            }
            else if (SameSpeaker(g[i].Speaker, p[j].Speaker))
            {
                speakerRight++;
            }
        }

        return new QuoteCounts(counted.Count, p.Count - onIgnored, exact, matches, speakerRight, counted.Count(q => q.Speaker.Count == 0), unscorable);
    }

    /// <summary>
    /// The one-to-one matches (gold index, predicted index) where each span covers at least
    /// <paramref name="threshold"/> of the other, taken greedily, best overlap first.
    /// </summary>
    public static IReadOnlyList<(int Gold, int Predicted)> Match(IReadOnlyList<LocatedQuote> gold, IReadOnlyList<LocatedQuote> predicted, double threshold)
    {
        var pairs = new List<(int Gold, int Predicted, double Overlap)>();
        for (var i = 0; i < gold.Count; i++)
        {
            for (var j = 0; j < predicted.Count; j++)
            {
                var overlap = OverlapOf(gold[i], predicted[j]);
                if (overlap > 0 && overlap >= threshold)
                {
                    pairs.Add((i, j, overlap));
                }
            }
        }

        var usedGold = new HashSet<int>();
        var usedPredicted = new HashSet<int>();
        var matches = new List<(int, int)>();
        foreach (var (i, j, _) in pairs.OrderByDescending(x => x.Overlap).ThenBy(x => x.Gold).ThenBy(x => x.Predicted))
        {
            if (!usedGold.Contains(i) && !usedPredicted.Contains(j))
            {
                usedGold.Add(i);
                usedPredicted.Add(j);
                matches.Add((i, j));
            }
        }

        return matches;
    }

    /// <summary>Shared characters over the longer span's length.</summary>
    public static double OverlapOf(LocatedQuote a, LocatedQuote b)
    {
        var shared = Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
        return shared <= 0 ? 0 : (double)shared / Math.Max(a.Length, b.Length);
    }

    /// <summary>
    /// Speakers agree when a name or alias of one equals a name or alias of the other, or when
    /// both names end with the same surname ("Antonov" and "Anatoly Antonov").
    /// </summary>
    public static bool SameSpeaker(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        if (gold.Count == 0 || predicted.Count == 0)
        {
            return false;
        }

        if (gold.Intersect(predicted).Any())
        {
            return true;
        }

        // A multi-word name inside the other's name or alias: "interior ministry" and
        // "a source within the central interior ministry".
        static bool Inside(string name, IReadOnlyList<string> names) => name.Contains(' ') && names.Any(n => (" " + n + " ").Contains(" " + name + " "));
        if (predicted.Any(n => Inside(n, gold)) || gold.Any(n => Inside(n, predicted)))
        {
            return true;
        }

        var goldSurname = gold[0].Split(' ').Last();
        var predictedSurname = predicted[0].Split(' ').Last();
        return goldSurname.Length > 2 && goldSurname == predictedSurname;
    }

    /// <summary>The table <c>annotate-eval</c> prints and the tests read.</summary>
    public static (QuoteCounts Direct, QuoteCounts Indirect, QuoteCounts All) Totals(IEnumerable<(IReadOnlyList<LocatedQuote> Gold, IReadOnlyList<LocatedQuote> Predicted)> articles)
    {
        var direct = QuoteCounts.Zero;
        var indirect = QuoteCounts.Zero;
        var all = QuoteCounts.Zero;
        foreach (var (gold, predicted) in articles)
        {
            direct += Score(gold, predicted, indirect: false);
            indirect += Score(gold, predicted, indirect: true);
            all += Score(gold, predicted, indirect: null);
        }

        return (direct, indirect, all);
    }

    /// <summary>A Markdown table of the three rows.</summary>
    public static string Table(QuoteCounts direct, QuoteCounts indirect, QuoteCounts all)
    {
        var table = new StringBuilder();
        table.AppendLine("| quotes | gold | found | exact F1 | P @0.8 | R @0.8 | F1 @0.8 | speaker accuracy | attributed F1 |");
        table.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var (name, counts) in new[] { ("direct and partial", direct), ("indirect", indirect), ("all", all) })
        {
            table.AppendLine(string.Format(
                CultureInfo.InvariantCulture,
                "| {0} | {1} | {2} | {3:0.0} | {4:0.0} | {5:0.0} | {6:0.0} | {7:0.0}% | {8:0.0} |",
                name, counts.Gold, counts.Predicted, counts.ExactF1 * 100, counts.OverlapPrecision * 100, counts.OverlapRecall * 100, counts.OverlapF1 * 100, counts.SpeakerAccuracy * 100, counts.AttributedF1 * 100));
        }

        return table.ToString();
    }

    /// <summary>A name as the scorer compares it: lower case, single spaces, no leading "the".</summary>
    public static string Normalise(string name)
    {
        var lower = string.Join(" ", name.ToLowerInvariant().Split(new[] { ' ', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries));
        return lower.StartsWith("the ", StringComparison.Ordinal) ? lower.Substring(4) : lower;
    }
}
