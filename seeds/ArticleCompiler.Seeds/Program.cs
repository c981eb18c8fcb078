using System;
using System.Linq;
using ArticleCompiler;
using ArticleCompiler.Seeds;

// A summary of the typed seed dataset: quotes per speaker per section, written against the
// members the generator makes from seeds/*.article.md.
var article = Articles.RussiaUsSyria;
Console.WriteLine(article.Title);
Console.WriteLine($"{article.Dateline} ({article.Source}), revision {article.Revision}: {article.Speakers.Count} speakers, {article.Sections.Count} sections, {article.Quotes.Count} quotes");
Console.WriteLine();

const int NameWidth = 52;
Console.WriteLine("Quotes (direct/partial/indirect) per speaker and section:");
Console.WriteLine("  " + "".PadRight(NameWidth) + string.Concat(article.Sections.Select(s => s.Id.PadLeft(24))));
foreach (var speaker in article.Speakers)
{
    var label = speaker.Role is null ? speaker.Name : $"{speaker.Name}, {speaker.Role}";
    var cells = article.Sections.Select(section =>
    {
        var quotes = section.Quotes.Where(q => q.Speaker == speaker).ToList();
        return $"{quotes.Count(q => q.Kind == QuoteKind.Direct)}/{quotes.Count(q => q.Kind == QuoteKind.Partial)}/{quotes.Count(q => q.Kind == QuoteKind.Indirect)}".PadLeft(24);
    });
    Console.WriteLine("  " + Truncate(label, NameWidth - 1).PadRight(NameWidth) + string.Concat(cells));
}

Console.WriteLine();
var antonov = article.Speakers.Antonov;
var direct = article.Quotes.Where(q => q.Speaker == antonov && q.Kind == QuoteKind.Direct).ToList();
Console.WriteLine($"{antonov.Name} ({antonov.Role}) is quoted directly {direct.Count} times; in \"{article.Sections.InfTreaty.Heading}\":");
foreach (var quote in article.Sections.InfTreaty.Quotes.Where(q => q.Speaker == antonov && q.Kind == QuoteKind.Direct))
{
    Console.WriteLine($"  {quote.Location}: \u201C{Truncate(quote.Text, 90)}\u201D");
}

// Across the corpus: the registry (seeds/speakers.yaml) makes a speaker one object in every
// article file, so every quote by one speaker is one query. Each revision is a compiled article.
Console.WriteLine();
var files = Articles.All.SelectMany(a => a.Revisions).ToList();
var byPutin = files.SelectMany(a => a.Quotes).Where(q => q.Speaker.Canonical == Speakers.Putin).ToList();
Console.WriteLine($"Every quote by {Speakers.Putin.Name} ({Speakers.Putin.Location}) across {files.Count} article files: {byPutin.Count}");
foreach (var quote in byPutin)
{
    Console.WriteLine($"  {quote.Location} {quote.Kind.ToString().ToLowerInvariant()}: \u201C{Truncate(quote.Text, 80)}\u201D");
}

// Revision 3 corrects the FSB's role in its own front matter: its quotes refer to that entry, which overrides the registry's.
var fsbQuotes = files.SelectMany(a => a.Quotes).Where(q => q.Speaker.Canonical == Speakers.Fsb).ToList();
Console.WriteLine($"{Speakers.Fsb.Name}: {fsbQuotes.Count} quotes, {fsbQuotes.Count(q => q.Speaker != Speakers.Fsb)} of them with the role \u201C{fsbQuotes.Select(q => q.Speaker.Role).Last()}\u201D instead of \u201C{Speakers.Fsb.Role}\u201D");

static string Truncate(string text, int length) => text.Length <= length ? text : text.Substring(0, length - 1) + "\u2026";
