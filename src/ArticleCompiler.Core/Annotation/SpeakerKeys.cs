using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using ArticleCompiler.Registry;

namespace ArticleCompiler.Annotation;

/// <summary>
/// The speaker keys of a draft. A speaker the registry knows is quoted by the registry's key and
/// not defined in the draft, so that the drafts of a corpus share their speakers (the entry of a
/// registry that does not apply where the draft goes is copied into it); any other speaker gets a
/// local key from its surname (or acronym), never one the registry defines: a local entry under a
/// registry key with another name would be ARTC114.
/// </summary>
internal sealed class SpeakerKeys
{
    private SpeakerKeys(Dictionary<Entity, string> keys, HashSet<string> registryKeys, Dictionary<string, Speaker> copied)
    {
        Keys = keys;
        RegistryKeys = registryKeys;
        Copied = copied;
    }

    /// <summary>Each quoted speaker's key.</summary>
    public Dictionary<Entity, string> Keys { get; }

    /// <summary>The keys that are the registry's: quoted, not defined in the front matter.</summary>
    public HashSet<string> RegistryKeys { get; }

    /// <summary>Registry entries the front matter writes out as the registry does, by key.</summary>
    public Dictionary<string, Speaker> Copied { get; }

    /// <summary>
    /// The keys of <paramref name="speakers"/> (in order of first mention) against
    /// <paramref name="registry"/> (quoted, not defined) and <paramref name="elsewhere"/> (quoted and copied).
    /// </summary>
    public static SpeakerKeys Assign(IEnumerable<Entity> speakers, RegistryScope registry, RegistryScope elsewhere)
    {
        var keys = new Dictionary<Entity, string>();
        var registryKeys = new HashSet<string>(StringComparer.Ordinal);
        var copied = new Dictionary<string, Speaker>(StringComparer.Ordinal);
        var known = elsewhere.Speakers.IsEmpty ? registry : new RegistryScope(registry.Speakers.Concat(elsewhere.Speakers).ToList().ToEquatableArray());
        var applies = new HashSet<string>(registry.Speakers.Select(s => s.Key), StringComparer.Ordinal);
        var used = new HashSet<string>(known.Speakers.Select(s => s.Key), StringComparer.Ordinal);
        var local = new List<Entity>();
        foreach (var speaker in speakers.Distinct().OrderBy(e => e.Order))
        {
            if (Match(speaker, known) is { } entry)
            {
                keys[speaker] = entry.Key;
                if (applies.Contains(entry.Key))
                {
                    registryKeys.Add(entry.Key);
                }
                else
                {
                    copied[entry.Key] = entry;
                }
            }
            else
            {
                local.Add(speaker);
            }
        }

        foreach (var speaker in local)
        {
            var basis = speaker.IsOrganisation ? speaker.Acronym ?? speaker.Name : speaker.Surname;
            var key = Slug.FromHeading(basis);
            if (!SyntaxRules.IsKey(key) || key == "section")
            {
                key = speaker.IsOrganisation ? "organization" : "speaker";
            }

            var unique = key;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = key + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            keys[speaker] = unique;
        }

        return new SpeakerKeys(keys, registryKeys, copied);
    }

    /// <summary>
    /// The registry entry <paramref name="speaker"/> is: the one whose name or an alias is the
    /// speaker's name (or acronym); else, for a person, the one person whose surname is the
    /// speaker's and whose first name does not contradict the speaker's ("Anatoly Antonov" is the
    /// registry's "Anatoly Ivanovich Antonov", "Ivanka Trump" is not its "Donald Trump"). Null when
    /// no entry or more than one fits.
    /// </summary>
    public static Speaker? Match(Entity speaker, RegistryScope registry)
    {
        // Someone the article only describes ("his publicist", "the ambassador") is nobody's
        // name: a registry alias such as "the ambassador" fits many people across a corpus.
        if (registry.Speakers.IsEmpty || speaker.Name.Length == 0 || !char.IsUpper(speaker.Name[0]))
        {
            return null;
        }

        var names = new List<string> { Normalize(speaker.Name) };
        if (speaker.Acronym is { } acronym)
        {
            names.Add(Normalize(acronym));
        }

        var byName = Unique(registry.Speakers.Where(entry => names.Contains(Normalize(entry.Name), StringComparer.OrdinalIgnoreCase)));
        if (byName.Found)
        {
            return byName.Entry;
        }

        var byAlias = Unique(registry.Speakers.Where(entry => entry.Aliases.Any(alias => names.Contains(Normalize(alias), StringComparer.OrdinalIgnoreCase))));
        if (byAlias.Found)
        {
            return byAlias.Entry;
        }

        if (speaker.IsOrganisation)
        {
            return null;
        }

        var bySurname = Unique(registry.Speakers.Where(entry => entry.Kind == SpeakerKind.Person && SameSurname(speaker, Normalize(entry.Name))));
        return bySurname.Found ? bySurname.Entry : null;
    }

    // An ambiguous match is no match: two entries that fit would make the draft's key a guess.
    private static (bool Found, Speaker? Entry) Unique(IEnumerable<Speaker> candidates)
    {
        var list = candidates.Take(2).ToList();
        return list.Count == 1 ? (true, list[0]) : (false, null);
    }

    private static bool SameSurname(Entity speaker, string registryName)
    {
        var words = registryName.Split(' ');
        if (words.Length < 2 || !string.Equals(words[^1], speaker.Surname, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return speaker.FirstName is null || string.Equals(words[0], speaker.FirstName, StringComparison.OrdinalIgnoreCase);
    }

    // Names are compared as words: runs of white space are one space, typographic apostrophes plain.
    private static string Normalize(string name) =>
        string.Join(" ", name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('\u2019', '\'');
}
