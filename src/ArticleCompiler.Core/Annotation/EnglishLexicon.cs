using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleCompiler.Annotation;

/// <summary>
/// The English words the annotator's rules look for: reporting verbs, titles, pronouns, times,
/// the words that open or end a clause. Every word list of the attribution rules lives here.
/// </summary>
internal static partial class EnglishLexicon
{
    private static readonly HashSet<string> ReportingVerbSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "tells", "added", "adds", "stated", "noted", "emphasized", "emphasised", "stressed",
        "explained", "explains", "insisted", "argued", "argues", "claimed", "warned", "warns", "announced",
        "confirmed", "denied", "mentioned", "replied", "remarked", "responded", "wrote", "writes", "asked",
        "continued", "concluded", "commented", "observed", "acknowledged", "admitted", "declared", "reiterated",
        "recalled", "suggested", "predicted", "maintained", "asserted", "revealed", "indicated", "estimated",
        "reported", "believes", "believed", "thinks", "thought", "urged", "underlined", "underscored", "highlighted",
        "contended", "alleged", "complained", "cautioned", "vowed", "pledged", "promised", "agreed", "conceded",
        "affirmed", "assured", "countered", "hinted", "joked", "lamented", "quipped", "recounted", "pointed",
        "clarified", "elaborated", "testified", "announces", "confirms", "admits", "adding", "saying", "stating",
        "noting", "explaining", "arguing", "claiming", "warning", "telling", "insisting", "stressing", "emphasizing",
        "emphasising", "tweeted", "posted", "texted", "emailed", "say", "tell", "add", "note", "explain", "insist",
        "argue", "claim", "warn", "believe", "report", "estimate", "suggest", "predict", "stress", "maintain",
        "claims", "announce", "confirm", "deny", "reply", "respond", "recall", "acknowledge", "admit", "insists",
        "maintains", "stresses", "suggests", "predicts", "reports", "contends", "denies", "acknowledges", "alleges",
        "estimates",
    };

    private static readonly HashSet<string> PreVerbAdverbSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "further", "then", "later", "once", "again", "repeatedly", "previously", "recently", "earlier", "had",
        "has", "have", "would", "will", "still", "too", "reportedly", "allegedly", "publicly", "separately",
        "subsequently",
    };

    // Reporting verbs that do not take a clause of reported speech: "asked" (a question), "urged"
    // (someone to act), "continued", "joked" (quoted words, not a "that" clause).
    private static readonly HashSet<string> NoClauseVerbSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "agreed", "asked", "continued", "elaborated", "emailed", "highlighted", "joked", "lamented", "pointed",
        "quipped", "recall", "recounted", "reply", "respond", "telling", "texted", "thought", "urged",
    };

    // Verbs that introduce reported speech without "that" ("Trump said US agencies were pleased");
    // the others ("announced plans", "declared a day of mourning") need "that".
    private static readonly HashSet<string> BareClauseVerbSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "believes", "believe", "thinks", "claimed", "claims", "claim",
        "argued", "argues", "alleged", "alleges", "insisted", "insists", "warned", "warns", "estimated", "estimates", "reported", "reports",
        "stated", "noted", "admitted", "suggested", "predicted", "wrote", "explained", "mentioned", "stressed", "emphasized", "emphasised",
        "maintained", "contended", "conceded", "acknowledged", "adding", "saying", "revealed", "confirmed",
    };

    private static readonly HashSet<string> TitleWordSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "President", "Vice", "Prime", "Minister", "Ambassador", "Secretary", "Senator", "Sen.", "Governor", "Gov.",
        "Chancellor", "Chief", "Director", "General", "Spokesman", "Spokeswoman", "Spokesperson", "CEO", "Chairman",
        "Chairwoman", "Chair", "Mayor", "Judge", "Justice", "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.",
        "Prof.", "Professor", "Captain", "Capt.", "King", "Queen", "Prince", "Princess", "Pope", "Representative",
        "Rep.", "Deputy", "Head", "Leader", "Commissioner", "Officer", "Inspector", "Sheriff", "Coach", "Manager",
        "Founder", "Executive", "Colonel", "Col.", "Lieutenant", "Lt.", "Major", "Maj.", "Sergeant", "Sgt.", "Admiral",
        "Commander", "Foreign", "Defense", "Defence", "Interior", "Finance", "Health", "Trade", "Economy", "Education",
        "State", "Press", "Attorney", "Premier", "Councillor", "Councilor", "Detective", "Superintendent", "Constable",
        "Bishop", "Archbishop", "Cardinal", "Rabbi", "Imam", "Reverend", "Rev.", "Father", "Sister", "Brother", "Sir",
        "Lord", "Lady", "Dame", "MP", "MEP", "Congressman", "Congresswoman", "Envoy", "Emir", "Sheikh", "Sultan",
        "Marshal", "Chairperson", "Speaker", "Treasurer", "Auditor", "Comptroller", "Ombudsman", "Presidential",
        "Assistant", "Associate", "Senior", "Former", "Acting", "Interim", "Analyst", "Economist", "Researcher",
        "Scientist", "Author", "Editor", "Official", "Advisor", "Adviser", "Counsel", "Gen.", "Atty.", "Adm.", "Cmdr.", "Supt.",
        "Det.", "Insp.", "Msgr.", "Fr.", "Sens.", "Reps.", "Govs.",
    };

    private static readonly HashSet<string> NameStopSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "A", "An", "States", "Kingdom", "Nations", "Union", "Republic", "Federation", "Ministry", "Department",
        "Office", "Council", "Party", "Committee", "Service", "Agency", "Government", "Court", "Congress", "Senate",
        "House", "Parliament", "Assembly", "Army", "Police", "University", "Church", "Group", "Association", "Institute",
        "Foundation", "Bank", "Company", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "Organization", "Organisation",
        "Commission", "Board", "Authority", "Administration", "Treaty", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "On", "In", "At", "But", "And", "However", "Meanwhile",
        "According", "Speaking", "Shortly", "After", "Before", "While", "When", "If", "As", "So", "Besides", "Also",
        "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "His", "Her", "Their", "Our", "Its",
        "Russia", "Russian", "US", "U.S.", "America", "American", "Washington", "Moscow", "China", "Chinese", "Britain",
        "British", "UK", "EU", "UN", "NATO", "Syria", "Syrian", "Iran", "Turkey", "Israel", "France", "French", "Germany",
        "German", "India", "Japan", "Canada", "Australia", "Australian", "Scottish", "Scotland", "Labour", "Conservative",
        "Democratic", "Republican", "National", "International", "Federal", "Supreme", "Security", "Intelligence",
        "Some", "Many", "Most", "All", "Both", "Several", "Other", "Others", "Few", "Each", "Every", "Any", "No", "None", "Such",
        "There", "Here", "What", "Which", "Who", "Why", "How", "Where", "Reports", "Officials", "Authorities", "Witnesses", "Sources",
        "Experts", "Critics", "Residents", "Scientists", "Researchers", "Afghan", "Polish", "Iranian", "Israeli", "Palestinian",
        "Ukrainian", "European", "Asian", "African", "Arab", "Turkish", "Indian", "Pakistani", "Korean", "Japanese", "Mexican",
        "Canadian", "Spanish", "Italian", "Dutch", "Swedish", "Greek", "Egyptian", "Saudi", "Taliban",
    };

    private static readonly HashSet<string> OrganisationWordSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "Service", "Ministry", "Department", "Agency", "Church", "Party", "Committee", "Council", "Union", "Organization",
        "Organisation", "Office", "Commission", "Company", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "Bank",
        "University", "Police", "Army", "Government", "Court", "Group", "Association", "Institute", "Foundation",
        "Board", "Authority", "Administration", "Federation", "Kremlin", "Pentagon", "Navy", "Force", "Forces", "Club",
        "League", "Society", "Centre", "Center", "Network", "Times", "News", "Post", "Press", "Media", "Parliament",
        "Congress", "Senate", "Assembly", "Embassy", "Bureau", "Team", "Trust", "Fund", "Coalition", "Alliance",
        "Movement", "Front", "Unison", "FSB", "NASA", "FBI", "CIA", "WHO", "UN", "NATO", "EU",
    };

    private static readonly HashSet<string> TitleCaseMinorWordSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as",
        "vs", "vs.", "-", "–", "—", "is", "after", "over", "into",
    };

    private static readonly HashSet<string> PronounSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "we", "i",
    };

    // Words that open an adverbial between a reporting verb and its clause ("said on Thursday
    // that", "told in a statement that").
    private static readonly HashSet<string> AfterVerbAdverbialSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "last", "earlier", "later", "this", "at", "during", "yesterday", "today", "late", "also", "further", "then", "again", "recently", "previously", "told",
    };

    // Declared before TimeWordSet, which it opens: static fields start in the order a file lists them.
    private static readonly HashSet<string> WeekdaySet = new(StringComparer.Ordinal) { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

    private static readonly HashSet<string> TimeWordSet = new(WeekdaySet.Concat(new[]
    {
        "week", "month", "year", "night", "morning", "afternoon",
        "evening", "weekend", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    }), StringComparer.OrdinalIgnoreCase);

    // The word before a time word: "on Friday", "last week".
    private static readonly HashSet<string> TimeLeadSet = new(StringComparer.Ordinal) { "on", "last", "this", "late", "early" };

    private static readonly HashSet<string> TimeAdverbSet = new(StringComparer.Ordinal) { "today", "yesterday", "tonight", "earlier", "later" };

    // Who or what is told, between "told" and the reported clause: "told reporters", "told the BBC".
    private static readonly HashSet<string> ToldObjectSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "reporters", "journalists", "media", "press", "police", "lawmakers", "parliament", "investigators", "officials", "local", "state", "national",
        "foreign", "news", "radio", "television", "tv", "today", "yesterday", "him", "her", "them", "me", "us", "the", "a", "an", "court", "audience", "crowd",
        "supporters", "students", "members", "residents", "congress", "senators", "delegates", "broadcaster", "newspaper", "agency",
    };

    // "The attacker is reported to ...": an auxiliary before a reporting verb makes it passive.
    private static readonly HashSet<string> PassiveAuxiliarySet = new(StringComparer.Ordinal) { "is", "was", "were", "are", "been", "be", "being" };

    // After a reporting verb, these mean no reported clause follows ("said to be", "spoke of").
    private static readonly HashSet<string> NonClauseOpenerSet = new(StringComparer.Ordinal) { "being", "to", "for", "of", "about" };

    // After a comma, these end a reported clause: ", adding ...", ", while ...", ", which ...".
    // Not ", with ...": an attendant circumstance ("was cordial, with tense moments") is part of its clause.
    private static readonly HashSet<string> ClauseBreakAfterCommaSet = new(StringComparer.Ordinal)
    {
        "adding", "saying", "while", "according", "whose", "which", "whereas",
    };

    private static readonly HashSet<string> ContrastConjunctionSet = new(StringComparer.Ordinal) { "while", "whereas" };

    // Words after which a mention can be the subject of its own clause ("... and Smith said").
    private static readonly HashSet<string> SubjectOpenerSet = new(StringComparer.Ordinal)
    {
        "and", "but", "while", "as", "that", "whereas", "because", "although", "when", "then", "also",
    };

    // The word before an opening quotation mark that makes the quotation a scare quote or a name.
    private static readonly HashSet<string> ScareQuoteLeadSet = new(StringComparer.OrdinalIgnoreCase) { "as", "so-called", "dubbed", "termed", "named", "titled", "entitled", "word", "term" };

    // "characterised the deaths as "crushing"": after these the quoted words are the subject's own.
    private static readonly HashSet<string> DescribingVerbSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "characterised", "characterized", "described", "branded", "labelled", "labeled", "called", "saw", "regarded", "considered", "dismissed", "hailed",
    };

    // Head words of a descriptor that count people or take a rank, not describe them ("some", "the latter").
    private static readonly HashSet<string> QuantityWordSet = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some", "many", "several", "all", "both", "others", "few", "most",
        "first", "second", "last", "latter", "former",
    };

    // Head words of a descriptor that stand for a group, kept as an organisation ("German officials").
    private static readonly HashSet<string> GroupNounSet = new(StringComparer.Ordinal)
    {
        "government", "ministry", "police", "military", "authorities", "officials", "company", "agency", "team", "researchers", "scientists",
        "archaeologists", "organisers", "organizers",
    };

    private static readonly string[] Articles = { "the ", "The ", "a ", "A ", "an ", "An " };

    // Lower-case words that may stand inside a name ("Ambassador to the United States", "Osama bin Laden").
    private static readonly HashSet<string> NameConnectorSet = new(StringComparer.Ordinal) { "to", "of", "the", "for", "and", "de", "van", "von", "al", "bin", "da", "del", "la", "le" };

    private static readonly HashSet<string> DeterminerSet = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "its", "his", "her", "their", "another" };

    // Capitalised words that open a sentence and are never the start of a name.
    private static readonly HashSet<string> CapitalisedSentenceWordSet = new(StringComparer.Ordinal)
    {
        "As", "But", "And", "When", "While", "If", "So", "Then", "Also", "However", "Meanwhile", "Still", "Yet", "Now", "Later", "Earlier", "Speaking",
    };

    // "one of the photographers", "some of the officials".
    private static readonly HashSet<string> PartitiveQuantifierSet = new(StringComparer.OrdinalIgnoreCase) { "one", "some", "many", "several", "two", "three", "most" };

    // Lower-case words that belong to a clause, never to a mention ("who", "was", "because").
    private static readonly HashSet<string> ClauseWordSet = new(StringComparer.Ordinal)
    {
        "who", "which", "that", "and", "or", "but", "not", "also", "has", "have", "had", "was", "were", "is", "are", "be",
        "while", "as", "if", "when", "because", "after", "before", "since", "in", "on", "at", "with", "for", "from", "by", "to", "of", "whereas",
        "although", "though",
    };

    // Words that end a descriptor read forward ("the official who ...", "the man from ...").
    private static readonly HashSet<string> DescriptorEndSet = new(StringComparer.Ordinal) { "who", "which", "in", "from", "at", "on", "with" };

    // "Carl Lipo of Binghamton University": the words before an affiliation.
    private static readonly HashSet<string> AffiliationPrepositionSet = new(StringComparer.Ordinal) { "of", "at", "from" };

    // A descriptor's head noun and the role words it may stand for ("the diplomat" for an ambassador).
    private static readonly Dictionary<string, string[]> DescriptorRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["diplomat"] = new[] { "ambassador", "envoy", "diplomat", "foreign minister", "consul" },
        ["envoy"] = new[] { "ambassador", "envoy" },
        ["official"] = new[] { "minister", "secretary", "official", "director", "spokes", "chief", "head", "commissioner" },
        ["leader"] = new[] { "president", "prime minister", "chancellor", "leader", "premier", "king", "queen" },
        ["politician"] = new[] { "senator", "minister", "mp", "congress", "representative", "president", "leader" },
        ["lawmaker"] = new[] { "senator", "mp", "congress", "representative", "assembly" },
        ["executive"] = new[] { "ceo", "chief executive", "chairman", "president", "director" },
        ["spokesman"] = new[] { "spokes" },
        ["spokeswoman"] = new[] { "spokes" },
        ["spokesperson"] = new[] { "spokes" },
    };

    /// <summary>A word that opens an adverbial after a reporting verb ("on", "in", "last").</summary>
    public static bool IsAfterVerbAdverbial(string word) => AfterVerbAdverbialSet.Contains(word);

    /// <summary>A day, month or unit of time ("Friday", "week").</summary>
    public static bool IsTimeWord(string word) => TimeWordSet.Contains(word);

    /// <summary>A day of the week ("Monday").</summary>
    public static bool IsWeekday(string word) => WeekdaySet.Contains(word);

    /// <summary>A word before a time word ("on" Friday, "last" week).</summary>
    public static bool IsTimeLead(string word) => TimeLeadSet.Contains(word);

    /// <summary>A time on its own ("yesterday", "earlier").</summary>
    public static bool IsTimeAdverb(string word) => TimeAdverbSet.Contains(word);

    /// <summary>A word of who is told, after "told" ("reporters", "the").</summary>
    public static bool IsToldObject(string word) => ToldObjectSet.Contains(word);

    /// <summary>An auxiliary that makes the reporting verb after it passive ("was" reported).</summary>
    public static bool IsPassiveAuxiliary(string word) => PassiveAuxiliarySet.Contains(word);

    /// <summary>A word after a reporting verb that shows no reported clause follows ("to", "of").</summary>
    public static bool IsNonClauseOpener(string word) => NonClauseOpenerSet.Contains(word);

    /// <summary>A word after a comma that ends a reported clause ("adding", "which").</summary>
    public static bool IsClauseBreakAfterComma(string word) => ClauseBreakAfterCommaSet.Contains(word);

    /// <summary>A conjunction that ends a reported clause wherever it stands ("while", "whereas").</summary>
    public static bool IsContrastConjunction(string word) => ContrastConjunctionSet.Contains(word);

    /// <summary>A word after which a mention opens its own clause ("and", "but", "that").</summary>
    public static bool IsSubjectOpener(string word) => SubjectOpenerSet.Contains(word.ToLowerInvariant());

    /// <summary>A word before a quotation that makes it a scare quote or a name ("so-called", "dubbed").</summary>
    public static bool IsScareQuoteLead(string word) => ScareQuoteLeadSet.Contains(word);

    /// <summary>A verb after which quoted words are the subject's own ("described", "called").</summary>
    public static bool IsDescribingVerb(string word) => DescribingVerbSet.Contains(word);

    /// <summary>A descriptor's head that counts or ranks rather than describes ("some", "latter").</summary>
    public static bool IsQuantityWord(string word) => QuantityWordSet.Contains(word.ToLowerInvariant());

    /// <summary>A descriptor's head that stands for a group or organisation ("officials", "Ministry").</summary>
    public static bool IsGroupNoun(string head) => IsOrganisationWord(head) || GroupNounSet.Contains(head.ToLowerInvariant());

    /// <summary><paramref name="text"/> without a leading "the", "a" or "an".</summary>
    public static string StripArticle(string text)
    {
        foreach (var article in Articles)
        {
            if (text.StartsWith(article, StringComparison.Ordinal))
            {
                return text.Substring(article.Length);
            }
        }

        return text;
    }

    /// <summary>A lower-case word that may stand inside a name ("of", "bin").</summary>
    public static bool IsNameConnector(string word) => NameConnectorSet.Contains(word);

    /// <summary>An article or possessive before a descriptor ("the", "his").</summary>
    public static bool IsDeterminer(string word) => DeterminerSet.Contains(word);

    /// <summary>A capitalised word that opens a sentence and is no part of a name ("However").</summary>
    public static bool IsCapitalisedSentenceWord(string word) => CapitalisedSentenceWordSet.Contains(word);

    /// <summary>A quantifier before "of" in a descriptor ("one" of the ...).</summary>
    public static bool IsPartitiveQuantifier(string word) => PartitiveQuantifierSet.Contains(word);

    /// <summary>A lower-case word that belongs to a clause, never to a mention ("who", "was").</summary>
    public static bool IsClauseWord(string word) => ClauseWordSet.Contains(word);

    /// <summary>A word that ends a descriptor read forward ("who", "from").</summary>
    public static bool IsDescriptorEnd(string word) => DescriptorEndSet.Contains(word);

    /// <summary>A preposition between a name and its affiliation ("of", "at", "from").</summary>
    public static bool IsAffiliationPreposition(string word) => AffiliationPrepositionSet.Contains(word);

    /// <summary>An adverb or auxiliary between a subject and its reporting verb ("once told", "also said").</summary>
    public static bool IsPreVerbAdverb(string word) => PreVerbAdverbSet.Contains(word) || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal));

    /// <summary>A verb that attributes words to a speaker ("said", "added", "told").</summary>
    public static bool IsReportingVerb(string word) => ReportingVerbSet.Contains(word) || ThatReportVerbSet.Contains(word);

    /// <summary>A reporting verb that takes a clause of reported speech ("said that ...").</summary>
    public static bool IsClauseVerb(string word) => (ReportingVerbSet.Contains(word) && !NoClauseVerbSet.Contains(word)) || ThatReportVerbSet.Contains(word);

    /// <summary>A reporting verb whose reported clause may come without "that".</summary>
    public static bool TakesBareClause(string word) => BareClauseVerbSet.Contains(word);

    /// <summary>A word of a title before a name ("President", "Ambassador").</summary>
    public static bool IsTitleWord(string word) => TitleWordSet.Contains(word);

    /// <summary>A capitalised word that is not part of a person's name.</summary>
    public static bool IsNameStop(string word) => NameStopSet.Contains(word) || TitleWordSet.Contains(word);

    /// <summary>A word that makes a name an organisation's ("Service", "Ministry").</summary>
    public static bool IsOrganisationWord(string word) => OrganisationWordSet.Contains(word);

    /// <summary>A word that stays lower case in a title-case headline.</summary>
    public static bool IsTitleCaseMinorWord(string word) => TitleCaseMinorWordSet.Contains(word);

    /// <summary>A personal pronoun that can be a speaker ("he", "she", "they").</summary>
    public static bool IsPronoun(string word) => PronounSet.Contains(word);

    /// <summary>Whether a descriptor noun ("diplomat") can stand for a speaker with <paramref name="role"/>.</summary>
    public static bool DescriptorFits(string noun, string role)
    {
        var lowerRole = role.ToLowerInvariant();
        var lowerNoun = noun.ToLowerInvariant();
        if (lowerRole.Contains(lowerNoun))
        {
            return true;
        }

        if (DescriptorRoles.TryGetValue(lowerNoun, out var roles))
        {
            foreach (var candidate in roles)
            {
                if (lowerRole.Contains(candidate))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
