using System;
using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>The words the speaker rules read: who a mention can be, and which pronoun fits whom.</summary>
internal static partial class EnglishLexicon
{
    // "one resident said", "another aide said", "two officials said": a quantity that opens a
    // description of someone the article does not name, as a determiner does.
    private static readonly HashSet<string> DescriptorQuantifierSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "one", "another", "two", "three", "several", "some", "many", "most", "other", "few",
    };

    /// <summary>A quantity that opens a description of a speaker ("one resident", "several aides").</summary>
    public static bool IsDescriptorQuantifier(string word) => DescriptorQuantifierSet.Contains(word);

    // What a person is, as written before or after the name: "Clinton spokesman Josh Lee",
    // "a senior Cruz adviser". Only nouns a person can be (never a verb: "Trump slams Cruz").
    private static readonly HashSet<string> RoleNounSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "aide", "aides", "ally", "adviser", "advisor", "advisers", "spokesman", "spokeswoman", "spokesperson", "manager", "director",
        "chairman", "chairwoman", "chair", "strategist", "pollster", "delegate", "resident", "host", "constituent", "executive",
        "governor", "congressman", "congresswoman", "senator", "speechwriter", "anchor", "co-anchor", "lawyer", "attorney",
        "official", "officials", "candidate", "leader", "member", "chief", "secretary", "president", "analyst", "economist",
        "professor", "researcher", "expert", "consultant", "organizer", "activist", "donor", "supporter", "backer", "voter",
        "volunteer", "staffer", "writer", "editor", "reporter", "correspondent", "columnist", "commentator", "contributor",
        "founder", "co-founder", "owner", "investor", "treasurer", "counsel", "operative", "surrogate", "fundraiser", "insider",
        "veteran", "nominee", "mayor", "sheriff", "prosecutor", "judge", "historian", "scientist", "comedian", "actress", "actor",
        "singer", "student", "teacher", "worker", "employee", "partner", "representative", "lawmaker", "legislator", "minister",
        "ambassador", "diplomat", "general", "commander", "officer", "agent", "deputy", "adjutant", "publicist", "pastor",
        "designer", "artist", "author", "novelist", "poet", "musician", "photographer", "architect", "chef", "coach", "athlete",
        "doctor", "physician", "nurse", "engineer", "entrepreneur", "producer", "filmmaker", "journalist", "priest", "bishop",
    };

    // Capitalised words that open a sentence as adverbs or prepositions, never as a one-word name (nor the time of
    // "Last month, ..." and "Minutes later, ...").
    private static readonly HashSet<string> SentenceAdverbSet = new(StringComparer.Ordinal)
    {
        "Likewise", "Then", "Alongside", "Even", "Instead", "Indeed", "Perhaps", "Finally", "Again", "Otherwise", "Besides",
        "Unlike", "Like", "Despite", "During", "After", "Before", "Since", "Until", "Although", "Though", "Because", "Here",
        "There", "Thus", "Hence", "Moreover", "Furthermore", "Nonetheless", "Nevertheless", "Today", "Tonight", "Yesterday",
        "Recently", "Separately", "Similarly", "Overall", "Ultimately", "Notably", "Asked", "Surveying", "From", "With", "For",
        "Of", "By", "To", "Under", "Over", "Through", "Among", "Amid", "Why", "What", "How", "Who", "Where", "This", "That",
        "These", "Those", "It", "His", "Her", "Their", "Our", "My", "Its", "Said", "Says", "Continued", "Added", "Wrote", "Explained", "Noted", "Recalled", "Ever", "Don't", "Don\u2019t",
        "Last", "Next", "Minutes", "Hours", "Moments", "Days", "Weeks", "Months", "Years",
    };

    // Lower-case words that stand between a subject and its verb and never end the subject's noun phrase: auxiliaries,
    // modals, negations and the adverbs of "Roe however said", "The paper first reported", "Roe can ask".
    private static readonly HashSet<string> SubjectTailWordSet = new(StringComparer.Ordinal)
    {
        "can", "could", "must", "would", "will", "should", "may", "might", "shall", "did", "does", "do", "has", "have", "had",
        "is", "was", "are", "were", "not", "never", "however", "only", "first", "even", "often", "later", "earlier", "also",
        "still", "then", "already", "now", "once", "again", "always", "just", "ever", "too", "though", "since", "soon",
        "meanwhile", "instead", "barely", "hardly", "previously", "repeatedly", "recently", "reportedly", "allegedly",
        "publicly", "privately", "separately", "subsequently", "initially", "originally", "quickly", "openly", "flatly",
        "promptly", "immediately", "frequently", "consistently", "long",
    };

    // The words that open a noun phrase, left dangling when a subject was read on into its verb's object ("The
    // judge rubbed his", "The union filed a").
    private static readonly HashSet<string> ObjectOpenerSet = new(StringComparer.Ordinal) { "a", "an", "the", "his", "her", "its", "their", "our", "no", "this", "that" };

    /// <summary>A lower-case word between a subject and its verb that never ends the subject ("can", "however", "never").</summary>
    public static bool IsSubjectTailWord(string word) => SubjectTailWordSet.Contains(word);

    /// <summary>A word that opens an object's noun phrase ("a", "his", "no").</summary>
    public static bool IsObjectOpener(string word) => ObjectOpenerSet.Contains(word);

    /// <summary>A noun for what a person is ("spokesman", "pollster", "adviser").</summary>
    public static bool IsRoleNoun(string word) => RoleNounSet.Contains(word);

    /// <summary>A capitalised opening word that is never a one-word name ("Then", "Likewise").</summary>
    public static bool IsSentenceAdverb(string word) => SentenceAdverbSet.Contains(word);

    // Capitalised nouns for a person's party or creed: "a New Hampshire Republican said".
    private static readonly HashSet<string> PartisanNounSet = new(StringComparer.Ordinal)
    {
        "Republican", "Republicans", "Democrat", "Democrats", "Conservative", "Conservatives", "Liberal", "Liberals", "Independent",
    };

    /// <summary>A capitalised noun for a person by party ("Republican", "Democrat").</summary>
    public static bool IsPartisanNoun(string word) => PartisanNounSet.Contains(word);

    // How someone said the words before them, in '"...," Trump shot back.': verbs of manner that
    // are no reporting verbs for a clause ("fumed that" is rare), so only a quote's cue.
    private static readonly HashSet<string> MannerOfSpeakingSet = new(StringComparer.Ordinal)
    {
        "pressed", "fumed", "repeated", "barked", "shouted", "snapped", "retorted", "interjected", "mused", "laughed",
        "exclaimed", "yelled", "boasted", "bragged", "scoffed", "teased", "answered", "wondered", "quipped", "joked",
        "deadpanned", "sighed", "screamed", "cried", "chanted", "sang", "whispered", "muttered", "growled", "thundered",
        "gushed", "marveled", "marvelled", "cracked", "riffed", "ribbed", "chided", "scolded", "demanded", "pleaded",
    };

    // Two-word forms: "shot back", "went on", "chimed in", "cut in", "fired back".
    private static readonly HashSet<string> MannerVerbWithParticleSet = new(StringComparer.Ordinal) { "shot", "went", "chimed", "cut", "fired", "broke", "jumped", "piped", "started" };

    /// <summary>
    /// Whether token <paramref name="i"/> is a verb that can follow the speaker after a quote: a
    /// reporting verb ("said"), a verb of manner ("fumed", "barked") or one with its particle ("shot back").
    /// </summary>
    public static bool IsQuoteVerbAt(IReadOnlyList<TextToken> tokens, int i)
    {
        var word = tokens[i].Text;
        if (IsReportingVerb(word) || MannerOfSpeakingSet.Contains(word))
        {
            return true;
        }

        return MannerVerbWithParticleSet.Contains(word) && i + 1 < tokens.Count && tokens[i + 1].Text is "back" or "on" or "in" or "up";
    }
}
