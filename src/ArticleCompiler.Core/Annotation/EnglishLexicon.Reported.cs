using System;
using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>The word lists of the reported-speech rules (<see cref="ReportedSpeechFinder"/>, <see cref="ReportedSubjectReader"/>).</summary>
internal static partial class EnglishLexicon
{
    // "..., saying that ...": participles that report the sentence subject's words.
    private static readonly HashSet<string> ReportingParticipleSet = new(StringComparer.Ordinal)
    {
        "saying", "adding", "arguing", "noting", "claiming", "warning", "insisting", "explaining", "stressing", "suggesting", "contending",
        "asserting", "acknowledging", "stating", "declaring", "alleging", "predicting", "telling", "writing", "emphasizing", "emphasising",
        "maintaining", "conceding", "admitting", "promising", "vowing", "pledging", "recalling", "citing",
        "describing", "accusing", "denying", "reiterating", "repeating",
    };

    // Participles that report with "that" after any word ("a lawsuit alleging that ...", "Roe tweeting that ...").
    // Not those whose "that" is as often a determiner ("citing that report", "repeating that line").
    private static readonly HashSet<string> ThatParticipleSet = new(StringComparer.Ordinal)
    {
        "saying", "adding", "arguing", "noting", "claiming", "warning", "insisting", "explaining", "stressing", "suggesting", "contending",
        "asserting", "acknowledging", "stating", "declaring", "alleging", "predicting", "emphasizing", "emphasising", "maintaining", "conceding",
        "admitting", "promising", "vowing", "pledging", "recalling", "reiterating", "joking", "tweeting", "reporting", "announcing", "boasting",
        "complaining",
    };

    /// <summary>A participle that reports a "that"-clause after any word ("alleging" that ...).</summary>
    public static bool IsThatParticiple(string word) => ThatParticipleSet.Contains(word);

    // Relative pronouns that stand for what was said in "the wall, which he said ...", "double what Roe said ...".
    private static readonly HashSet<string> ReportRelativeSet = new(StringComparer.Ordinal) { "which", "that", "what", "whom" };

    /// <summary>A relative pronoun that may stand for a report's content ("which" he said ...).</summary>
    public static bool IsReportRelative(string word) => ReportRelativeSet.Contains(word);

    // Words before a relative pronoun that make it no report's stand-in: a preposition ("in which he said"), a verb
    // or conjunction before "that" or "what" ("finds that", "know what", "so that").
    private static readonly HashSet<string> NotNounBeforeRelativeSet = new(StringComparer.Ordinal)
    {
        "in", "on", "of", "for", "to", "from", "by", "with", "about", "at", "after", "before", "under", "over", "during", "through", "into", "than",
        "so", "now", "such", "is", "was", "are", "were", "be", "been", "and", "but", "or", "given", "fact", "like", "all", "just", "even", "only",
        "said", "says", "say", "told", "tell", "think", "believe", "know", "knew", "see", "saw", "show", "shows", "finds", "find", "hope", "clear",
        "sure", "true", "likely", "possible", "how", "because", "do", "did", "does", "not", "it", "this", "there", "ensure", "make", "means", "mean",
        "idea", "notion", "claim", "claims", "belief", "view", "argument", "assertion", "warning", "promise", "pledge", "vow", "statement", "remark",
        "suggestion", "evidence", "sign", "news", "word", "report", "reports", "out", "both", "year", "time", "day", "way", "point",
    };

    /// <summary>A word after which "which", "that" or "what" opens no relative clause standing for a report.</summary>
    public static bool IsNotNounBeforeRelative(string word) => NotNounBeforeRelativeSet.Contains(word);

    // The verb of a relative clause right after its reporting verb: "a deadline that insiders said went ...".
    private static readonly HashSet<string> GapVerbSet = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "will", "would", "could", "can", "should", "may", "might", "must", "had", "has", "have", "did", "does",
        "remains", "represents", "includes", "led", "left", "went",
    };

    /// <summary>A verb that goes on right after a reporting verb inside a relative clause ("said" was ...).</summary>
    public static bool IsGapVerb(string word) => GapVerbSet.Contains(word);

    // Finite reporting verbs that may open a second report in a coordination ("said A and added that B").
    private static readonly HashSet<string> CoordinatedReportSet = new(StringComparer.Ordinal)
    {
        "said", "says", "added", "adds", "told", "tells", "warned", "noted", "argued", "insisted", "stressed", "explained", "claimed", "suggested",
        "acknowledged", "admitted", "predicted", "vowed", "promised", "pledged", "conceded", "contended", "asserted", "declared", "wrote", "tweeted",
    };

    // Words that open an adverbial, not reported words, right after a reporting verb: "said as the
    // crowd booed", "said outside the court".
    private static readonly HashSet<string> AdverbialOpenerSet = new(StringComparer.Ordinal)
    {
        "as", "while", "when", "after", "before", "during", "by", "outside", "inside", "at", "in", "on", "from", "with", "through", "via", "under",
        "over", "near", "following", "ahead", "upon", "into", "onto", "amid", "since", "until", "carefully", "pleasantly", "quietly", "loudly",
        "recently", "repeatedly", "later", "earlier", "again", "afterward", "afterwards",
    };

    // Lower-case words a group or count may be made of before its verb: "three in 10 voters",
    // "a majority of Republicans", "about a third".
    private static readonly HashSet<string> GroupPhraseWordSet = new(StringComparer.Ordinal)
    {
        "of", "in", "the", "a", "an", "about", "nearly", "almost", "roughly", "some", "many", "most", "more", "than", "fewer", "less", "half",
        "third", "thirds", "quarter", "quarters", "percent", "per", "cent", "majority", "minority", "number", "share", "all", "both", "several",
        "other", "these", "those", "their", "his", "her", "its", "our", "only", "just", "over", "under", "at", "least", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "hundreds", "thousands", "voters", "respondents",
    };

    // Words after which a noun phrase is no subject but an object or complement ("from the voters said").
    private static readonly HashSet<string> NonSubjectLeadSet = new(StringComparer.Ordinal)
    {
        "to", "for", "from", "by", "with", "at", "on", "of", "than", "like", "against", "into", "onto", "toward", "towards",
    };

    // Verbs whose reported words are a promise in the infinitive: "vowed to fight on". Not "threatened": a threat
    // is as often a danger or a course of action as words said ("the storm threatened to flood the town",
    // "prosecutors threatened to charge him"); on PolNeAR train none of its five readings matched a quote.
    private static readonly HashSet<string> PromiseVerbSet = new(StringComparer.Ordinal)
    {
        "promised", "promises", "pledged", "pledges", "vowed", "vows",
    };

    // Words that open a reported question: "asked whether ...", "asked the mayor how ...".
    private static readonly HashSet<string> QuestionOpenerSet = new(StringComparer.Ordinal)
    {
        "if", "whether", "what", "how", "why", "when", "where", "who", "which",
    };

    // Verbs whose object is what was said: "described the field as ...", "cited a poll".
    private static readonly HashSet<string> DescribingReportSet = new(StringComparer.Ordinal)
    {
        "described", "describes", "cited", "cites", "outlined", "outlines", "detailed", "details", "accused", "accuses",
        "reiterated", "reiterates", "repeated", "repeats", "denied", "denies", "recalled", "predicted", "tweeted",
    };

    // Verbs that stand before their speaker after the report: "..., said Jane Roe.", "..., added the mayor."
    private static readonly HashSet<string> InvertedCueSet = new(StringComparer.Ordinal)
    {
        "said", "says", "added", "adds", "wrote", "writes", "explained", "explains", "noted", "notes", "continued", "continues", "recalled",
        "recalls", "argued", "argues", "insisted", "insists", "warned", "warns", "asked", "asks", "replied", "stated", "declared", "tweeted",
        "according",
    };

    // Verbs and adjectives that lead a reporting verb in the infinitive, the speaker being their subject:
    // "continued to say", "went on to argue", "is likely to stress". Not "declined" or "refused": no report.
    private static readonly HashSet<string> InfinitiveLeadSet = new(StringComparer.Ordinal)
    {
        "continued", "continues", "continue", "on", "used", "began", "begins", "seemed", "seems", "appeared", "appears", "likely", "poised",
        "expected", "set", "going", "about", "continuing", "tried", "tries", "wanted", "wants", "sought", "seeks", "hastened", "rushed", "moved", "went",
    };

    // Words before a participle of speech that make it report for the sentence's subject: "while saying",
    // "by declaring that", "after saying".
    private static readonly HashSet<string> ParticipleLeadSet = new(StringComparer.Ordinal) { "while", "by", "after", "before", "when", "in" };

    /// <summary>A word before a reporting participle that lets it report ("by" declaring that ...).</summary>
    public static bool IsParticipleLead(string word) => ParticipleLeadSet.Contains(word);

    // The plural present of reporting verbs, which groups take with a bare clause: "organizers insist they ...",
    // "polls suggest she ...".
    private static readonly HashSet<string> PluralPresentReportSet = new(StringComparer.Ordinal)
    {
        "insist", "argue", "warn", "claim", "note", "suggest", "contend", "believe", "predict", "maintain", "acknowledge", "admit", "concede",
        "stress", "explain", "add", "report", "estimate", "agree", "allege", "complain", "fear", "worry", "assert",
    };

    /// <summary>A reporting verb in the plural present that takes a bare clause ("insist" they ...).</summary>
    public static bool IsPluralPresentReport(string word) => PluralPresentReportSet.Contains(word);

    // Words that open a subordinate clause, in any case: at a sentence's start its subject is not
    // the sentence's ("While Roe spoke, ..."); inside one, a group after it may report ("even
    // though a number of voters said ...").
    private static readonly HashSet<string> SubordinatorSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "while", "as", "although", "though", "when", "whenever", "if", "because", "since", "whereas", "unless", "until",
        "after", "before", "once", "where", "whether",
    };

    /// <summary>A word that opens a subordinate clause ("While", "though", "since").</summary>
    public static bool IsSubordinator(string word) => SubordinatorSet.Contains(word);

    // After a comma, the reporter's own participles end a report: ", citing ...", ", accusing ...".
    private static readonly HashSet<string> ReportEndingAfterCommaSet = new(StringComparer.Ordinal)
    {
        "noting", "pointing", "referring", "citing", "calling", "accusing", "arguing", "insisting",
    };

    /// <summary>A word that ends a report after a comma (", citing").</summary>
    public static bool IsReportEndingAfterComma(string word) => ReportEndingAfterCommaSet.Contains(word);

    // Adverbs between an auxiliary and a reporting verb that the general list lacks: "has since said", "have long insisted".
    private static readonly HashSet<string> AuxiliaryAdverbSet = new(StringComparer.Ordinal) { "since", "long", "already", "often", "always", "now", "consistently", "frequently", "never" };

    /// <summary>An adverb between an auxiliary and its reporting verb ("has since said").</summary>
    public static bool IsAuxiliaryAdverb(string word) => AuxiliaryAdverbSet.Contains(word);

    // Verbs that report an appeal to someone, in the infinitive after whom it was made to: "urged voters to ...".
    private static readonly HashSet<string> AppealVerbSet = new(StringComparer.Ordinal) { "urged", "urges", "encouraged", "encourages", "implored", "exhorted", "begged", "pressed" };

    // The participles of appeals and requests, which report only with whom they were made to and an infinitive:
    // ", urging him to resign", "while asking voters to ...".
    private static readonly HashSet<string> AppealParticipleSet = new(StringComparer.Ordinal) { "urging", "asking", "encouraging", "imploring", "begging", "pressing" };

    // Verbs of speech whose negation still names what was (not) said: "did not say when ...", "declined to specify ...".
    private static readonly HashSet<string> WithheldSpeechVerbSet = new(StringComparer.Ordinal) { "say", "mention", "explain", "specify", "disclose", "reveal", "identify", "name" };

    /// <summary>A verb of speech that reports what was withheld when negated ("did not say" when ...).</summary>
    public static bool IsWithheldSpeechVerb(string word) => WithheldSpeechVerbSet.Contains(word);

    // Verbs of refusal before an infinitive of speech: "declined to say", "refused to name".
    private static readonly HashSet<string> RefusalVerbSet = new(StringComparer.Ordinal) { "declined", "declines", "decline", "refused", "refuses", "refuse" };

    /// <summary>A verb of refusal before an infinitive of speech ("declined" to say).</summary>
    public static bool IsRefusalVerb(string word) => RefusalVerbSet.Contains(word);

    /// <summary>A participle that reports an appeal or a request (", urging" him to ...).</summary>
    public static bool IsAppealParticiple(string word) => AppealParticipleSet.Contains(word);

    /// <summary>A verb that reports an appeal ("urged" voters to ...).</summary>
    public static bool IsAppealVerb(string word) => AppealVerbSet.Contains(word);

    /// <summary>A word that leads a reporting verb in the infinitive ("continued" to say).</summary>
    public static bool IsInfinitiveLead(string word) => InfinitiveLeadSet.Contains(word);

    /// <summary>A reporting verb that may stand before its speaker after the report ("..., said Roe").</summary>
    public static bool IsInvertedCue(string word) => InvertedCueSet.Contains(word);

    // Present-tense reporting verbs the main list lacks, each taking a bare clause: "Autor suggests any deal should ...".
    private static readonly HashSet<string> PresentReportSet = new(StringComparer.Ordinal)
    {
        "notes", "suggests", "explains", "recalls", "observes", "concedes", "acknowledges", "admits", "predicts", "stresses", "insists",
        "maintains", "contends", "asserts", "argues", "warns", "claims", "says", "adds",
    };

    /// <summary>A present-tense reporting verb that takes a bare clause ("notes", "suggests").</summary>
    public static bool IsPresentReport(string word) => PresentReportSet.Contains(word);

    /// <summary>A verb whose object is the report ("described" X as Y, "cited" X).</summary>
    public static bool IsDescribingReport(string word) => DescribingReportSet.Contains(word);

    /// <summary>A verb that reports a promise in the infinitive ("pledged" to ...).</summary>
    public static bool IsPromiseVerb(string word) => PromiseVerbSet.Contains(word);

    /// <summary>A word that opens a reported question ("whether", "how").</summary>
    public static bool IsQuestionOpener(string word) => QuestionOpenerSet.Contains(word);

    // Reporting verbs whose object is what was reported even without "that": "announced a new tariff".
    private static readonly HashSet<string> ReportedObjectVerbSet = new(StringComparer.Ordinal) { "announced", "announces" };

    /// <summary>A reporting verb whose bare object is the reported content ("announced" a plan).</summary>
    public static bool TakesReportedObject(string word) => ReportedObjectVerbSet.Contains(word);

    /// <summary>A participle that reports the subject's words after a comma ("saying", "adding").</summary>
    public static bool IsReportingParticiple(string word) => ReportingParticipleSet.Contains(word);

    /// <summary>A finite reporting verb that opens a second report after "and" or "but".</summary>
    public static bool IsCoordinatedReport(string word) => CoordinatedReportSet.Contains(word);

    /// <summary>A word that opens an adverbial rather than reported words after a reporting verb ("as", "outside").</summary>
    public static bool IsAdverbialOpener(string word) => AdverbialOpenerSet.Contains(word) || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal));

    /// <summary>A lower-case word that may stand inside a group or count before its verb ("percent", "of").</summary>
    public static bool IsGroupPhraseWord(string word) => GroupPhraseWordSet.Contains(word);

    /// <summary>A preposition after which a noun phrase is an object, not a subject.</summary>
    public static bool IsNonSubjectLead(string word) => NonSubjectLeadSet.Contains(word);

    // An adverb set off by commas between a subject and its verb: "Others, however, say".
    private static readonly HashSet<string> InterjectedAdverbSet = new(StringComparer.Ordinal)
    {
        "however", "though", "too", "meanwhile", "instead", "also", "moreover", "meantime", "likewise", "nonetheless", "nevertheless",
    };

    /// <summary>A lower-case adverb that may stand between commas before a reporting verb ("Others, however, say").</summary>
    public static bool IsInterjectedAdverb(string word) => InterjectedAdverbSet.Contains(word);

    // Verbs of saying that report a clause only through "that" ("boasted that ...", "charges that
    // ..."): without it they take an object ("charged a fee") or nothing. Not in the general list,
    // whose verbs may take a bare clause ("joked", "lamented", "quipped" stand there among the verbs
    // that take no clause; this list gives them the "that" one).
    private static readonly HashSet<string> ThatReportVerbSet = new(StringComparer.Ordinal)
    {
        "boasted", "bragged", "charged", "complains", "asserts", 
        "responds", "joked", "quipped", "lamented", "concedes", "declares", 
        "reveals", "disclosed", "discloses", "signaled", "signalled", "mused", "speculated", "speculates",
        "reminded", "swore", "retorted", "reasoned", "reaffirmed", "reaffirms", "affirms", "confessed",
        "confesses", "proclaimed", "proclaims", "recalls", "reiterates", 
        "implied", "theorized", "surmised", "testifies", 
        "answered", "assures", "reassured", "reassures", "notified",
    };

    // A verb of speech and the preposition after which it names what was spoken of: "pointed to", "warned of".
    private static readonly Dictionary<string, string[]> TopicCueMap = new(StringComparer.Ordinal)
    {
        ["pointed"] = new[] { "to" }, ["points"] = new[] { "to" }, ["pointing"] = new[] { "to" },
        ["warned"] = new[] { "of", "about", "against" }, ["warns"] = new[] { "of", "about", "against" }, ["warning"] = new[] { "of", "about", "against" },
        ["complained"] = new[] { "about", "of" }, ["complains"] = new[] { "about", "of" }, ["complaining"] = new[] { "about", "of" },
        ["joked"] = new[] { "about" }, ["jokes"] = new[] { "about" }, ["joking"] = new[] { "about" },
        ["boasted"] = new[] { "about", "of" }, ["boasts"] = new[] { "about", "of" }, ["boasting"] = new[] { "about", "of" },
        ["bragged"] = new[] { "about", "of" }, ["bragging"] = new[] { "about", "of" },
        ["argued"] = new[] { "for", "against" }, ["argues"] = new[] { "for", "against" }, ["arguing"] = new[] { "for", "against" },
        ["commented"] = new[] { "on" }, ["commenting"] = new[] { "on" }, ["comment"] = new[] { "on" }, ["comments"] = new[] { "on" },
        ["responded"] = new[] { "to" }, ["responds"] = new[] { "to" }, ["respond"] = new[] { "to" }, ["responding"] = new[] { "to" },
        ["asked"] = new[] { "for" }, ["asks"] = new[] { "for" },
        ["wrote"] = new[] { "about" }, ["writes"] = new[] { "about" },
    };

    /// <summary>Whether a verb and the word after it name what was spoken of ("pointed to", "warned of").</summary>
    public static bool IsTopicCue(string verb, string next) => TopicCueMap.TryGetValue(verb, out var prepositions) && Array.IndexOf(prepositions, next) >= 0;

    // Nouns of speech whose "that" clause is what was said: "his claim that ...", "her warning that ...".
    private static readonly HashSet<string> SpeechNounSet = new(StringComparer.Ordinal)
    {
        "claim", "claims", "assertion", "argument", "contention", "warning", "promise", "pledge", "vow", "insistence", "prediction",
        "accusation", "allegation", "suggestion", "statement", "assurance", "announcement", "charge",
    };

    /// <summary>A noun whose "that" clause reports what was said ("his claim that ...").</summary>
    public static bool IsSpeechNoun(string word) => SpeechNounSet.Contains(word);
    // Reporting verbs in the infinitive that report for whoever the sentence is about: "took to the radio to say ...".
    private static readonly HashSet<string> InfinitiveReportSet = new(StringComparer.Ordinal)
    {
        "say", "argue", "claim", "declare", "explain", "insist", "note", "suggest", "warn", "announce", "stress", "assert", "contend", "complain", "acknowledge", "admit",
    };

    // Of those, the ones whose bare object is still a clause ("to say she ..."); the others report only with "that"
    // ("to claim the nomination", "to announce her resignation" and "to explain the difference" name a thing).
    private static readonly HashSet<string> BareInfinitiveReportSet = new(StringComparer.Ordinal) { "say", "argue", "insist", "warn", "contend", "complain", "note" };

    /// <summary>A reporting verb in the infinitive whose clause may follow without "that" ("to say" she ...).</summary>
    public static bool TakesBareClauseInInfinitive(string word) => BareInfinitiveReportSet.Contains(word);

    /// <summary>A reporting verb in the infinitive after "to" ("to say", "to argue").</summary>
    public static bool IsInfinitiveReport(string word) => InfinitiveReportSet.Contains(word);

    // Words before "to say" that make it no report: an adjective of the writer's aside ("it is fair to say", "needless
    // to say"), a wish or a duty not yet spoken ("would like to say", "has to say"), a question ("what to say").
    private static readonly HashSet<string> NoInfinitiveReportLeadSet = new(StringComparer.Ordinal)
    {
        "fair", "safe", "hard", "difficult", "easy", "wrong", "accurate", "needless", "unfair", "tough", "impossible", "possible", "enough", "reasonable",
        "is", "was", "so", "like", "love", "hate", "have", "has", "had", "what", "how", "whether", "nothing", "something", "anything", "much", "more", "less",
        "able", "unable", "ready", "willing", "prepared", "reluctant", "afraid", "need", "needs", "ought", "dare",
        "evidence", "reason", "reasons", "little", "indication", "data", "proof",
    };

    /// <summary>A word before "to say" that makes it no report ("fair", "like", "what").</summary>
    public static bool IsNoInfinitiveReportLead(string word) => NoInfinitiveReportLeadSet.Contains(word);

    // Verbs that make someone speak; the one they make speak stands between them and "to": "led voters to say".
    private static readonly HashSet<string> CausingVerbSet = new(StringComparer.Ordinal)
    {
        "led", "leads", "prompted", "prompts", "forced", "forces", "caused", "causes", "pushed", "allowed", "asked", "asks", "urged", "invited", "got", "pressed", "encouraged",
    };

    /// <summary>A verb whose object is made to speak ("led" voters to say).</summary>
    public static bool IsCausingVerb(string word) => CausingVerbSet.Contains(word);
    // Irregular past forms that end the subject of a sentence opening with a noun phrase ("The businessman spoke ...").
    private static readonly HashSet<string> IrregularPastSet = new(StringComparer.Ordinal)
    {
        "began", "spoke", "took", "gave", "went", "made", "met", "sent", "wrote", "came", "held", "left", "ran", "saw", "stood", "sat", "brought",
        "built", "kept", "won", "lost", "fought", "felt", "found", "got", "drew", "threw", "struck", "broke", "chose", "rose", "fell", "paid", "led",
        "heard", "sought", "bought", "caught", "taught", "became", "spent", "sold", "told", "said",
    };

    /// <summary>An irregular past form of a verb ("spoke", "began"): where an opening noun phrase ends.</summary>
    public static bool IsIrregularPast(string word) => IrregularPastSet.Contains(word);

    // Connectives that may open a sentence before its "according to" ("But according to the poll, ...").
    private static readonly HashSet<string> OpeningConnectiveSet = new(StringComparer.Ordinal) { "But", "And", "Yet", "So", "Still", "Now", "Meanwhile", "Instead" };

    /// <summary>A capitalised connective that opens a sentence ("But", "Yet").</summary>
    public static bool IsOpeningConnective(string word) => OpeningConnectiveSet.Contains(word);
}
