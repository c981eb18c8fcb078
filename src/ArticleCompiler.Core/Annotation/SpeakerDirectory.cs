using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleCompiler.Annotation;

/// <summary>A person or organisation the article names; a speaker of the draft once quoted.</summary>
internal sealed class Entity
{
    public Entity(string name, string? role, bool isOrganisation, int order)
    {
        Name = name;
        var space = name.LastIndexOf(' ');
        Surname = isOrganisation || space < 0 ? name : name.Substring(space + 1);
        FirstName = space < 0 ? null : name.Substring(0, name.IndexOf(' '));
        Role = role;
        IsOrganisation = isOrganisation;
        Order = order;
        Gender = isOrganisation ? null : EnglishLexicon.GenderOf(FirstName, role);
    }

    /// <summary>'f' or 'm' when the text says which of "she" and "he" can mean this person; null when unknown.</summary>
    public char? Gender { get; set; }

    public string Name { get; }

    public string? Role { get; set; }

    public bool IsOrganisation { get; }

    /// <summary>The order of first mention.</summary>
    public int Order { get; }

    public string? Acronym { get; set; }

    /// <summary>How the text referred to the entity in attributions ("Antonov", "the ambassador").</summary>
    public List<string> Aliases { get; } = new();

    /// <summary>When the entity was last named anywhere, in passing too (the same counter as <see cref="LastSeen"/>).</summary>
    public int LastMentioned { get; set; }

    /// <summary>When the entity was last attributed a quote or named (a running counter).</summary>
    public int LastSeen { get; set; }

    public string Surname { get; }

    /// <summary>The first word of a name of several words.</summary>
    public string? FirstName { get; }

    public void AddAlias(string alias)
    {
        if (!string.Equals(alias, Name, StringComparison.Ordinal) && !Aliases.Contains(alias, StringComparer.Ordinal))
        {
            Aliases.Add(alias);
        }
    }
}

/// <summary>
/// The people and organisations of one article: found by name, surname, acronym or a descriptor
/// that fits their role, and ranked by how recently they were seen (for "he" and "the diplomat").
/// </summary>
internal sealed class SpeakerDirectory
{
    private readonly List<Entity> _entities = new();
    private int _clock;

    /// <summary>The person most recently named as a sentence's subject.</summary>
    public Entity? LastSubject { get; set; }

    /// <summary>The entity most recently attributed a quote.</summary>
    public Entity? LastSpeaker { get; private set; }

    /// <summary>Finds the entity <paramref name="name"/> refers to: full name, surname, alias or acronym.</summary>
    public Entity? Find(string name)
    {
        var space = name.LastIndexOf(' ');
        var surname = space < 0 ? name : name.Substring(space + 1);
        var firstName = space < 0 ? null : name.Substring(0, name.IndexOf(' '));
        Entity? best = null;
        foreach (var entity in _entities)
        {
            var matches = string.Equals(entity.Name, name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(entity.Acronym, name, StringComparison.Ordinal)
                || (!entity.IsOrganisation && string.Equals(entity.Surname, surname, StringComparison.OrdinalIgnoreCase)
                    && (firstName is null || entity.FirstName is null || string.Equals(entity.FirstName, firstName, StringComparison.OrdinalIgnoreCase)))
                || entity.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase);
            if (matches && (best is null || entity.LastSeen > best.LastSeen))
            {
                best = entity;
            }
        }

        return best;
    }

    /// <summary>Finds or adds the entity named <paramref name="name"/>, keeping the first role given.</summary>
    public Entity Add(string name, string? role, bool isOrganisation, string? acronym)
    {
        var entity = Find(name) ?? (acronym is null ? null : Find(acronym));
        if (entity is null)
        {
            entity = new Entity(name, role, isOrganisation, _entities.Count) { Acronym = acronym };
            _entities.Add(entity);
        }
        else
        {
            entity.Role ??= role;
            entity.Acronym ??= acronym;
        }

        return entity;
    }

    /// <summary>The most recently seen entity whose role fits <paramref name="noun"/> ("diplomat", "Church").</summary>
    public Entity? FindByDescriptor(string noun)
    {
        Entity? best = null;
        foreach (var entity in _entities)
        {
            var fits = (entity.Role is { } role && EnglishLexicon.DescriptorFits(noun, role))
                || (entity.IsOrganisation && entity.Name.Split(' ').Any(w => string.Equals(w, noun, StringComparison.OrdinalIgnoreCase)))
                || entity.Aliases.Any(a => a.EndsWith(" " + noun, StringComparison.OrdinalIgnoreCase));
            if (fits && (best is null || entity.LastSeen > best.LastSeen))
            {
                best = entity;
            }
        }

        return best;
    }

    /// <summary>The people seen most recently, latest first (at most <paramref name="count"/>).</summary>
    public IEnumerable<Entity> RecentPeople(int count) => _entities.Where(e => !e.IsOrganisation).OrderByDescending(e => e.LastMentioned).Take(count);

    /// <summary>Marks <paramref name="entity"/> as named in passing: it does not change whom "he" means first.</summary>
    public void Mention(Entity entity) => entity.LastMentioned = ++_clock;

    /// <summary>The most recently seen organisation.</summary>
    public Entity? LastOrganisation() => _entities.Where(e => e.IsOrganisation).OrderByDescending(e => e.LastSeen).FirstOrDefault();

    /// <summary>Marks <paramref name="entity"/> as just seen; <paramref name="spoke"/> when it was attributed a quote.</summary>
    public void Touch(Entity entity, bool spoke)
    {
        entity.LastSeen = entity.LastMentioned = ++_clock;
        if (spoke)
        {
            LastSpeaker = entity;
        }
    }
}
