using System;
using System.Collections.Generic;
using System.Linq;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Registry;

/// <summary>
/// Decides who each speaker key of an article is: the article's own entry, the registry's entry, or
/// the article's entry over the registry's (fields it writes out replace the registry's: a role that
/// changed). Reports what only then can be judged: unknown keys (ARTC104), entries without a name
/// (ARTC110), a name that contradicts the registry (ARTC114), entries never quoted (ARTC202).
/// </summary>
public static class SpeakerResolver
{
    /// <summary>
    /// The article with its speakers resolved against <paramref name="scope"/>, and the findings.
    /// Its speakers are its own entries in front-matter order, then the registry entries it quotes
    /// in order of first quote. An entry that changes no field of the registry's is the registry's
    /// entry itself.
    /// </summary>
    public static (Article Article, List<Finding> Findings) Resolve(ParsedArticle parsed, RegistryScope scope)
    {
        var article = parsed.Article;
        var findings = new List<Finding>();
        var quoted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var quote in article.Quotes)
        {
            quoted.Add(quote.SpeakerKey);
        }

        var speakers = new List<Speaker>(article.Speakers.Count);
        var resolvedKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var local in article.Speakers)
        {
            resolvedKeys.Add(local.Key);
            var entry = scope.Find(local.Key);
            if (entry is null)
            {
                if (local.Name.Length == 0 && !parsed.FrontMatter.SpeakersWithUnreadableName.Contains(local.Key))
                {
                    findings.Add(Finding.Create(DiagnosticDescriptors.SpeakerWithoutName, local.Span, local.Key));
                }

                speakers.Add(local);
            }
            else
            {
                if (local.Name.Length > 0 && entry.Name.Length > 0 && !string.Equals(local.Name, entry.Name, StringComparison.Ordinal))
                {
                    findings.Add(Finding.Create(DiagnosticDescriptors.RegistryNameConflict, local.Span, local.Key, local.Name, entry.Name, Where(entry)));
                }

                speakers.Add(Override(entry, local));
            }

            if (!quoted.Contains(local.Key))
            {
                findings.Add(Finding.Create(DiagnosticDescriptors.UnquotedSpeaker, local.Span, local.Key));
            }
        }

        List<string>? knownKeys = null;
        foreach (var quote in article.Quotes)
        {
            if (resolvedKeys.Contains(quote.SpeakerKey))
            {
                continue;
            }

            if (scope.Find(quote.SpeakerKey) is { } entry)
            {
                resolvedKeys.Add(entry.Key);
                speakers.Add(entry);
            }
            else if (parsed.FrontMatter.IsReadable)
            {
                // Without readable front matter every key would be "unknown": that is ARTC001-003's to say.
                knownKeys ??= KnownKeys(article, scope);
                findings.Add(Finding.Create(DiagnosticDescriptors.UnknownSpeaker, quote.SpeakerSpan, quote.SpeakerKey, Suggestions.DidYouMean(quote.SpeakerKey, knownKeys)));
            }
        }

        var resolved = speakers.Count == article.Speakers.Count && ReferenceEqualsAll(speakers, article.Speakers)
            ? article
            : article with { Speakers = speakers.ToEquatableArray() };
        return (resolved, findings);
    }

    /// <summary>"path(line,col)" of a registry entry, for messages.</summary>
    public static string Where(Speaker entry) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}({1},{2})", entry.RegistryPath, entry.Span.Line, entry.Span.Column);

    // The registry entry with the fields the article's entry writes out; the entry itself when none differs.
    private static Speaker Override(Speaker entry, Speaker local)
    {
        var name = local.Name.Length > 0 ? local.Name : entry.Name;
        var role = (local.Given & SpeakerFields.Role) != 0 && local.Role is not null ? local.Role : entry.Role;
        var aliases = (local.Given & SpeakerFields.Aliases) != 0 ? local.Aliases : entry.Aliases;
        var kind = (local.Given & SpeakerFields.Kind) != 0 ? local.Kind : entry.Kind;
        if (name == entry.Name && role == entry.Role && aliases.Equals(entry.Aliases) && kind == entry.Kind)
        {
            return entry;
        }

        return new Speaker(local.Key, name, role, aliases, kind, local.Span) { Given = local.Given, Overrides = entry };
    }

    private static List<string> KnownKeys(Article article, RegistryScope scope)
    {
        var keys = new List<string>(article.Speakers.Count + scope.Speakers.Count);
        foreach (var speaker in article.Speakers)
        {
            keys.Add(speaker.Key);
        }

        foreach (var speaker in scope.Speakers)
        {
            keys.Add(speaker.Key);
        }

        return keys;
    }

    private static bool ReferenceEqualsAll(List<Speaker> speakers, EquatableArray<Speaker> original)
    {
        for (var i = 0; i < speakers.Count; i++)
        {
            if (!ReferenceEquals(speakers[i], original[i]))
            {
                return false;
            }
        }

        return true;
    }
}
