using System;
using System.Collections.Generic;

namespace ArticleCompiler.Text;

/// <summary>How a word ending in a period bears on the end of a sentence (see <see cref="SentenceSplitter"/>).</summary>
internal enum AbbreviationKind
{
    /// <summary>An ordinary word: its period ends the sentence.</summary>
    None,

    /// <summary>A title or a word that always has a complement ("Mr.", "Sen.", "St.", "vs."): never ends a sentence.</summary>
    Title,

    /// <summary>"No." ("No. 3"): an abbreviation only before a number, otherwise the word "no".</summary>
    Number,

    /// <summary>
    /// An abbreviation that may end a sentence ("U.S.", "Inc.", "Jan.", "p.m.", "Jr.", an initial): it does
    /// only before a word that usually opens one ("The", "He", "But") or an opening quote mark.
    /// </summary>
    Contextual,

    /// <summary>
    /// A state or province ("Calif.", "Ont."): most often ends a place name at the end of a sentence, so
    /// it does before any capitalised word except a title ("Calif. Gov. Jerry Brown").
    /// </summary>
    State,
}

/// <summary>The abbreviations of English news text, for the sentence splitter.</summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "messrs", "mmes", "mme", "dr", "drs", "rev", "revs", "gov", "govs", "sen", "sens", "rep", "reps", "gen", "gens", "lt", "sgt",
        "atty", "attys", "col", "capt", "cmdr", "cmdt", "adm", "maj", "cpl", "pvt", "spc", "prof", "pres", "supt", "det", "insp", "hon", "msgr", "fr",
        "st", "ste", "mt", "ft", "vs", "v", "nos", "fig", "figs", "vol", "vols", "pp", "p", "approx", "ca", "cf", "e.g", "i.e", "viz",
    };

    private static readonly HashSet<string> Contextual = new(StringComparer.OrdinalIgnoreCase)
    {
        "jr", "sr", "esq", "inc", "corp", "co", "cos", "ltd", "bros", "assn", "dept", "univ", "ave", "blvd", "rd", "hwy", "etc", "del",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    private static readonly HashSet<string> States = new(StringComparer.OrdinalIgnoreCase)
    {
        "ala", "ariz", "ark", "calif", "cal", "colo", "conn", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn",
        "miss", "mo", "mont", "neb", "nebr", "nev", "okla", "ore", "oreg", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wisc", "wyo",
        "ont", "que", "alta", "sask", "nfld",

        // Dotted state codes too, but not "D.C.", which names courts and councils ("the D.C. Circuit").
        "n.y", "n.j", "n.h", "n.c", "s.c", "n.d", "s.d", "n.m", "r.i", "w.va",
    };

    // Capitalised words that a state abbreviation does not end a sentence before: titles of the person
    // named next ("N.J. Gov. Chris Christie", "Toronto, Ont. Mayor John Tory").
    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "Mayor", "Premier", "Sheriff", "Governor", "Senator", "Judge", "Attorney", "Lieutenant", "Congressman", "Congresswoman",
        "Assemblyman", "Assemblywoman", "Councilman", "Councilwoman", "Delegate", "Representative", "State",
    };

    // Words that open sentences far more often than they follow an abbreviation inside one: pronouns,
    // articles, conjunctions, sentence adverbs, question words, prepositions that start an adverbial.
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "This", "That", "These", "Those", "There", "Here", "It", "Its", "He", "She", "His", "Her", "They", "Their",
        "We", "Our", "I", "You", "Your", "My", "Mr", "Mrs", "Ms", "But", "And", "Or", "Nor", "So", "Yet", "Still", "However",
        "Meanwhile", "Moreover", "Also", "Then", "Now", "Later", "Earlier", "Today", "Yesterday", "Tomorrow", "Last", "Next",
        "In", "On", "At", "For", "From", "With", "Without", "After", "Before", "During", "Since", "Until", "By", "As", "If", "When",
        "While", "Where", "Why", "How", "What", "Who", "Which", "Whether", "Although", "Though", "Because", "Despite", "According",
        "Some", "Many", "Most", "All", "Both", "Each", "Every", "Few", "Several", "None", "One", "Such", "Another", "Other", "Instead",
        "Even", "Only", "Not", "Neither", "Either", "Once", "Asked", "Officials", "Police", "Authorities", "Under", "Over", "Among",
        "Yes", "No", "Indeed", "Thus", "Otherwise", "Nevertheless", "Nonetheless", "Unlike", "Like",
    };

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "asked", "asks", "told", "tells", "added", "adds", "wrote", "writes", "tweeted", "replied", "shouted", "yelled",
        "exclaimed", "wondered", "continued", "explained", "insisted", "recalled", "declared", "chanted", "cried", "joked", "quipped",
    };

    /// <summary>What the word <paramref name="word"/> (without its final period) is, read before a period.</summary>
    /// <param name="word">Letters and inner periods, as in "U.S" or "Calif".</param>
    /// <param name="afterEt">Whether the word follows "et " ("et al.").</param>
    public static AbbreviationKind Classify(string word, bool afterEt)
    {
        if (word.Length == 0)
        {
            return AbbreviationKind.None;
        }

        if (Titles.Contains(word))
        {
            return AbbreviationKind.Title;
        }

        if (word is "No" or "no" or "NO")
        {
            return AbbreviationKind.Number;
        }

        if (States.Contains(word))
        {
            return AbbreviationKind.State;
        }

        if (Contextual.Contains(word) || (afterEt && word == "al") || word.IndexOf('.') >= 0 || (word.Length == 1 && char.IsUpper(word[0])))
        {
            return AbbreviationKind.Contextual;
        }

        return AbbreviationKind.None;
    }

    /// <summary>Whether <paramref name="word"/> usually opens a sentence (see <see cref="AbbreviationKind.Contextual"/>).</summary>
    public static bool IsOpener(string word) => Openers.Contains(word);

    /// <summary>Whether <paramref name="word"/> names a person's title (see <see cref="AbbreviationKind.State"/>).</summary>
    public static bool IsTitle(string word) => Titles.Contains(word) || TitleWords.Contains(word);

    /// <summary>Whether <paramref name="word"/> reports speech ("said", "asked").</summary>
    public static bool IsSpeechVerb(string word) => SpeechVerbs.Contains(word);
}
