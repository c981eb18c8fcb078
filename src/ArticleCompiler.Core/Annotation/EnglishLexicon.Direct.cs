using System;
using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>The words of the direct-quote rules (<see cref="DirectQuoteFinder"/>).</summary>
internal static partial class EnglishLexicon
{
    /// <summary>
    /// The most words a quoted title of a work or a name has ("This Week With George
    /// Stephanopoulos"); longer runs of capitalised words are more often a shouted sentence.
    /// </summary>
    public const int MaxTitleWords = 7;

    /// <summary>
    /// The most words of a scare quote: a word or two in lower case ("confidential", "anchor baby")
    /// in a sentence that speaks of no speech are the writer's distance from a term, not a quote.
    /// </summary>
    public const int MaxScareQuoteWords = 2;

    /// <summary>
    /// The most tokens between a reporting verb and the comma or colon before its quote ("said in
    /// an interview with CNN on Tuesday: "...").
    /// </summary>
    public const int MaxVerbComplementTokens = 8;

    /// <summary>The most tokens of a sentence that only attributes the quote before it ("said Trump on Tuesday.").</summary>
    public const int MaxShortAttributionTokens = 6;

    /// <summary>
    /// The most tokens from the speaker between the halves of a split quote to the comma before the
    /// second half ('"...," Roe said on Tuesday, "..."').
    /// </summary>
    public const int MaxSplitAttributionTokens = 6;

    // Words before a second verb of the same subject: "said it was early but added", "began by saying".
    private static readonly HashSet<string> SecondVerbJoinSet = new(StringComparer.Ordinal) { "and", "but", "by", "before", "after", "while" };

    /// <summary>A word that joins a second verb to its clause's subject ("but added", "by saying").</summary>
    public static bool JoinsSecondVerb(string word) => SecondVerbJoinSet.Contains(word);

    // Reporting verbs in "-ing" form that hang on a clause: "..., saying, "..."", "..., writing "..."".
    private static readonly HashSet<string> ParticipleSet = new(StringComparer.Ordinal)
    {
        "saying", "adding", "telling", "writing", "tweeting", "posting", "noting", "explaining", "arguing", "stating", "declaring",
        "asking", "replying", "responding", "insisting", "warning", "claiming", "recalling", "concluding", "announcing", "remarking",
        "observing", "acknowledging", "admitting", "suggesting", "predicting", "vowing", "promising", "pledging", "urging",
        "complaining", "cautioning", "countering", "reiterating", "proclaiming", "quipping", "joking", "shouting", "yelling",
        "exclaiming", "stressing", "emphasizing", "emphasising", "continuing", "interjecting",
    };

    // Lower-case words that cannot stand between a reporting verb and its quote ("said [in a
    // statement]: "..."" but not "said [he would] ..."): they belong to a clause of their own.
    private static readonly HashSet<string> VerbComplementEndSet = new(StringComparer.Ordinal)
    {
        "who", "which", "that", "whether", "and", "or", "but", "not", "has", "have", "had", "was", "were", "is", "are", "be", "been",
        "will", "would", "could", "should", "can", "may", "might", "must", "did", "does", "do", "if", "when", "because", "while",
        "although", "though", "before", "after", "since", "he", "she", "they", "it", "we", "i", "you", "as", "than",
    };

    // Verbs of speaking that attribute quoted words but rarely a reported clause ("shouted", "yelled").
    private static readonly HashSet<string> QuoteOnlyVerbSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "shouted", "yelled", "exclaimed", "chanted", "wondered", "demanded", "answered", "boomed", "cried", "screamed",
        "whispered", "mused", "snapped", "scoffed", "interjected", "retorted", "shot", "tweets", "posts", "writes", "asks",
        "recalls", "notes", "explains", "continues", "concludes", "quips", "jokes", "shouts", "yells", "answers",
        "agrees", "remembered", "remembers", "opined", "opines", "exhorted", "beamed", "gushed", "laughed", "marveled",
        "cracked", "jeered",
    };

    // Reporting verbs that put a named speaker after them ("said Rosenberg", "explained Rosenberg"),
    // unlike "told CNN" or "asked reporters", whose object follows.
    private static readonly HashSet<string> InvertingVerbSet = new(StringComparer.Ordinal)
    {
        "said", "says", "added", "adds", "explained", "explains", "noted", "notes", "wrote", "writes", "continued", "continues",
        "recalled", "recalls", "concluded", "concludes", "observed", "remarked", "quipped", "declared", "argued", "insisted",
        "countered", "replied", "responded", "answered", "exclaimed", "joked", "warned", "cautioned", "agrees", "agreed",
        "remembered", "remembers",
    };

    // Written texts that "read" the words quoted from them: '"...," the email read', '"...," reads the sign'.
    private static readonly HashSet<string> WrittenTextSet = new(StringComparer.Ordinal)
    {
        "email", "e-mail", "statement", "letter", "editorial", "memo", "tweet", "post", "message", "note", "sign", "banner", "ad",
        "advertisement", "caption", "headline", "release", "text", "notice", "placard", "poster", "petition", "card", "flier",
        "flyer", "report", "document", "filing", "complaint", "lawsuit", "order", "ruling", "motion", "invitation", "mailer",
    };

    // Words between the speaker named after a quote and the verb: '"...," he later said', 'she often says', 'he will say'.
    private static readonly HashSet<string> AfterQuoteAdverbSet = new(StringComparer.Ordinal)
    {
        "later", "often", "once", "also", "then", "still", "again", "recently", "previously", "earlier", "frequently",
        "repeatedly", "will", "would", "always", "sometimes", "now",
    };

    /// <summary>A word that may stand between the speaker named after a quote and the verb ('"...," he later said').</summary>
    public static bool IsAfterQuoteAdverb(string word) => AfterQuoteAdverbSet.Contains(word);

    // Verbs whose quoted object names something in the subject's words: 'called the plan "a disgrace"', 'what Roe dubbed "...".
    private static readonly HashSet<string> NamingVerbSet = new(StringComparer.Ordinal)
    {
        "call", "calls", "called", "calling", "dubbed", "dubs", "labeled", "labelled", "branded", "nicknamed", "termed",
    };

    /// <summary>A verb whose quoted object names something in its subject's words ("called it "a disgrace"").</summary>
    public static bool IsNamingVerb(string word) => NamingVerbSet.Contains(word);

    /// <summary>"I", "we", "you": the writer's or the reader's voice, not a quoted speaker's.</summary>
    public static bool IsFirstOrSecondPerson(string word) => word is "I" or "we" or "We" or "you" or "You" or "i";

    /// <summary>A written text that can "read" quoted words ("the email read").</summary>
    public static bool IsWrittenText(string word) => WrittenTextSet.Contains(word);

    /// <summary>"read" or "reads": the verb of a written text's words.</summary>
    public static bool IsReadVerb(string word) => word is "read" or "reads";

    // Capitalised words that open an adverbial phrase, not a subject ("Alongside the protests, ...").
    private static readonly HashSet<string> IntroPrepositionSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "alongside", "amid", "among", "despite", "during", "following", "like", "unlike", "without", "within", "through",
        "throughout", "toward", "towards", "under", "across", "against", "around", "behind", "beyond", "near", "until", "upon",
        "in", "on", "at", "after", "before", "since", "with", "for", "from", "by", "of", "asked", "when", "while", "if", "as",
    };

    /// <summary>A verb that attributes the quoted words next to it: a reporting verb or a verb of speaking ("shouted").</summary>
    public static bool IsQuoteVerb(string word) => IsReportingVerb(word) || QuoteOnlyVerbSet.Contains(word);

    /// <summary>A reporting verb whose speaker may follow it ("said Rosenberg").</summary>
    public static bool TakesInvertedSubject(string word) => InvertingVerbSet.Contains(word);

    /// <summary>A word that opens an adverbial phrase before a sentence's subject.</summary>
    public static bool IsIntroPreposition(string word) => IntroPrepositionSet.Contains(word);

    /// <summary>A reporting verb's "-ing" form after a comma ("..., saying"): its subject is the clause's.</summary>
    public static bool IsParticiple(string word) => ParticipleSet.Contains(word);

    /// <summary>A word of a clause, never of what stands between a reporting verb and its quote.</summary>
    public static bool EndsVerbComplement(string word) => VerbComplementEndSet.Contains(word);

    // Words before a work's title in quotation marks: 'on "This Week"', 'her memoir, "Tough Choices"'.
    private static readonly HashSet<string> WorkTitleLeadSet = new(StringComparer.Ordinal)
    {
        "on", "in", "of", "and", "told", "book", "memoir", "show", "program", "programme", "film", "movie", "novel", "documentary",
        "series", "album", "song", "play", "musical", "titled", "entitled", "column", "op-ed", "essay", "biography",
    };

    /// <summary>A word after which a quotation in title case is a work's title ('on "This Week"').</summary>
    public static bool LeadsWorkTitle(string word) => WorkTitleLeadSet.Contains(word);
}
