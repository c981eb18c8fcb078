using System;
using System.Collections.Generic;
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

    /// <summary>Parses the text of the .editorconfig at <paramref name="path"/>.</summary>
    public static EditorConfigFile Parse(string path, string text)
    {
        var isRoot = false;
        var sections = new List<EditorConfigSection>();
        string? name = null;
        var properties = new List<KeyValuePair<string, string>>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#' || line[0] == ';')
            {
                continue;
            }

            if (line[0] == '[' && line[line.Length - 1] == ']')
            {
                if (name is not null)
                {
                    sections.Add(new EditorConfigSection(name, ToEntries(properties)));
                }

                name = line.Substring(1, line.Length - 2);
                properties.Clear();
                continue;
            }

            var equals = line.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var key = line.Substring(0, equals).Trim().ToLowerInvariant();
            var value = line.Substring(equals + 1).Trim();
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
