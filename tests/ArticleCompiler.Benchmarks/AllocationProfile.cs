using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Linq;
using System.Text;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Benchmarks;

/// <summary>
/// 'allocations [N]': bytes per article of parse and of validate on the seed, and the allocated
/// types sampled by the runtime (one AllocationTick event per ~100 KB), so a change to the parser's
/// allocations can be aimed before it is made (the native artc has no dynamic PGO: every byte counts).
/// </summary>
internal static class AllocationProfile
{
    public static int Run(int articles)
    {
        var seed = SeedCorpus.Seed;
        var options = new ValidationOptions(DateTimeOffset.UtcNow);
        for (var i = 0; i < 2000; i++)
        {
            ArticleValidator.Validate(seed, options);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        ParsedArticle parsed = null!;
        for (var i = 0; i < 1000; i++)
        {
            parsed = ArticleParser.Parse(seed);
        }

        var parse = (GC.GetAllocatedBytesForCurrentThread() - before) / 1000;
        before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            ArticleValidator.Validate(parsed, options);
        }

        var validate = (GC.GetAllocatedBytesForCurrentThread() - before) / 1000;

        // The front matter alone: the seed cut after its closing delimiter.
        var frontMatterOnly = seed.Substring(0, seed.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5);
        ArticleParser.Parse(frontMatterOnly);
        before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            ArticleParser.Parse(frontMatterOnly);
        }

        var frontMatter = (GC.GetAllocatedBytesForCurrentThread() - before) / 1000;
        Console.WriteLine(FormattableString.Invariant($"parse: {parse} B/article (the front matter alone: {frontMatter} B), validate of a parsed article: {validate} B/article"));

        // The floor: the texts the model must hold (a string is 22 bytes and two per character, rounded to 8).
        static long Bytes(string? text) => text is null ? 0 : (22 + (2L * text.Length) + 7) / 8 * 8;
        var article = parsed.Article;
        var paragraphs = article.Sections.SelectMany(section => section.Paragraphs).Sum(paragraph => Bytes(paragraph.Text));
        var quotes = article.Quotes.Sum(quote => Bytes(quote.Text));
        var asides = article.Sections.SelectMany(section => section.Asides).Sum(aside => Bytes(aside.Text));
        Console.WriteLine(FormattableString.Invariant($"model texts: paragraphs {paragraphs} B, quotes {quotes} B ({article.Quotes.Count}), asides {asides} B"));

        using var listener = new TickListener();
        for (var i = 0; i < articles; i++)
        {
            ArticleValidator.Validate(seed, options);
        }

        var total = listener.Bytes.Values.Sum();
        foreach (var (type, bytes) in listener.Bytes.OrderByDescending(pair => pair.Value).Take(25))
        {
            Console.WriteLine(FormattableString.Invariant($"{100.0 * bytes / total,6:F1}%  {type}"));
        }

        return 0;
    }

    private sealed class TickListener : EventListener
    {
        public Dictionary<string, long> Bytes { get; } = new();

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs data)
        {
            if (data.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || data.Payload is null)
            {
                return;
            }

            var type = data.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? data.Payload[t] as string ?? "?" : "?";
            var amount = data.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(data.Payload[a], CultureInfo.InvariantCulture) : 100_000;
            lock (Bytes)
            {
                Bytes[type] = Bytes.TryGetValue(type, out var sum) ? sum + amount : amount;
            }
        }
    }
}
