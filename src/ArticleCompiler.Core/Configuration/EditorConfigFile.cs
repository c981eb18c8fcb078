using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using ArticleCompiler.Model;

namespace ArticleCompiler.Configuration;

/// <summary>
/// One .editorconfig file, parsed: whether it is the root, and its sections with their keys
/// (lower-cased, as the spec makes keys case-insensitive). Reading the file is the caller's job.
/// </summary>
public sealed record EditorConfigFile(string Path, bool IsRoot, EquatableArray<EditorConfigSection> Sections)
{
    /// <summary>The folder the file applies to.</summary>
    public string Directory
    {
        get
        {
            var normalized = EditorConfigGlob.Normalize(Path);
            var slash = normalized.LastIndexOf('/');
            return slash <= 0 ? "/" : normalized.Substring(0, slash);
        }
    }

    // The compiler's own patterns for a section line and a property line.
    private static readonly Regex SectionLine = new(@"^\s*\[(([^#;]|\\#|\\;)+)\]\s*([#;].*)?$", RegexOptions.CultureInvariant);
    private static readonly Regex PropertyLine = new(@"^\s*([\w\.\-_]+)\s*[=:]\s*(.*?)\s*([#;].*)?$", RegexOptions.CultureInvariant);

    /// <summary>Parses the text of the .editorconfig at <paramref name="path"/>.</summary>
    public static EditorConfigFile Parse(string path, string text)
    {
        var isRoot = false;
        var sections = new List<EditorConfigSection>();
        string? name = null;
        var properties = new List<KeyValuePair<string, string>>();
        foreach (var rawLine in text.Split('\n'))
        {
            // As the compiler reads .editorconfig: comments after a section or a value, and ':' as
            // well as '=' between key and value.
            var section = SectionLine.Match(rawLine);
            if (section.Success)
            {
                if (name is not null)
                {
                    sections.Add(new EditorConfigSection(name, ToEntries(properties)));
                }

                name = section.Groups[1].Value;
                properties.Clear();
                continue;
            }

            var property = PropertyLine.Match(rawLine);
            if (!property.Success)
            {
                continue;
            }

            var key = property.Groups[1].Value.ToLowerInvariant();
            var value = property.Groups[2].Value;
            if (name is null)
            {
                if (key == "root")
                {
                    isRoot = string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
                }
            }
            else
            {
                properties.Add(new KeyValuePair<string, string>(key, value));
            }
        }

        if (name is not null)
        {
            sections.Add(new EditorConfigSection(name, ToEntries(properties)));
        }

        return new EditorConfigFile(path, isRoot, new EquatableArray<EditorConfigSection>(sections.ToArray()));
    }

    private static EquatableArray<EditorConfigEntry> ToEntries(List<KeyValuePair<string, string>> properties)
    {
        var entries = new EditorConfigEntry[properties.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = new EditorConfigEntry(properties[i].Key, properties[i].Value);
        }

        return new EquatableArray<EditorConfigEntry>(entries);
    }
}

/// <summary>A section: its glob and its entries in order.</summary>
public sealed record EditorConfigSection(string Glob, EquatableArray<EditorConfigEntry> Entries);

/// <summary>A key (lower-cased) and its value.</summary>
public sealed record EditorConfigEntry(string Key, string Value);
