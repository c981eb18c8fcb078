using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using ArticleCompiler.Diffing;
using ArticleCompiler.Model;

namespace ArticleCompiler.Cli.Output.Diff;

/// <summary>The diff as one JSON document; the schema is documented in docs/diff.md. Absent sides are omitted.</summary>
internal static class JsonDiffWriter
{
    public static void Write(TextWriter output, DiffSides sides, ArticleDiff diff) => JsonOutput.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("old", sides.OldPath);
        json.WriteString("new", sides.NewPath);
        json.WriteBoolean("different", diff.HasDifferences);

        json.WriteStartArray("metadata");
        foreach (var field in diff.Metadata)
        {
            Field(json, field);
        }

        json.WriteEndArray();

        json.WriteStartArray("speakers");
        foreach (var speaker in diff.Speakers)
        {
            json.WriteStartObject();
            json.WriteString("change", DiffNames.Of(speaker.Change));
            json.WriteString("key", speaker.Key);
            Speaker(json, "old", speaker.Old);
            Speaker(json, "new", speaker.New);
            json.WriteStartArray("fields");
            foreach (var field in speaker.Fields)
            {
                Field(json, field);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("sections");
        foreach (var section in diff.Sections)
        {
            json.WriteStartObject();
            json.WriteString("change", DiffNames.Of(section.Change));
            OptionalString(json, "oldId", section.OldId);
            OptionalString(json, "newId", section.NewId);
            OptionalString(json, "oldHeading", section.OldHeading);
            OptionalString(json, "newHeading", section.NewHeading);
            OptionalNumber(json, "oldIndex", section.OldIndex);
            OptionalNumber(json, "newIndex", section.NewIndex);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("quotes");
        foreach (var quote in diff.Quotes)
        {
            json.WriteStartObject();
            json.WriteString("change", DiffNames.Of(quote.Change));
            json.WriteBoolean("serious", quote.Serious);
            OptionalString(json, "speaker", (quote.New ?? quote.Old)!.SpeakerKey);
            OptionalString(json, "oldSpeaker", quote.Old?.SpeakerKey);
            OptionalString(json, "kind", quote.New is null ? null : DiffNames.Of(quote.New.Kind));
            OptionalString(json, "oldKind", quote.Old is null ? null : DiffNames.Of(quote.Old.Kind));
            OptionalString(json, "oldText", quote.Old?.Text);
            OptionalString(json, "newText", quote.New?.Text);
            OptionalString(json, "section", quote.New?.SectionId);
            OptionalString(json, "oldSection", quote.Old?.SectionId);
            Location(json, "oldLocation", quote.Old);
            Location(json, "newLocation", quote.New);
            Words(json, quote.Words);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("sentences");
        foreach (var sentence in diff.Sentences)
        {
            json.WriteStartObject();
            json.WriteString("op", DiffNames.Of(sentence.Operation));
            Side(json, "old", sentence.Old);
            Side(json, "new", sentence.New);
            Words(json, sentence.Words);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void Field(Utf8JsonWriter json, FieldChange field)
    {
        json.WriteStartObject();
        json.WriteString("field", field.Field);
        OptionalString(json, "old", field.Old);
        OptionalString(json, "new", field.New);
        json.WriteEndObject();
    }

    private static void Speaker(Utf8JsonWriter json, string name, Speaker? speaker)
    {
        if (speaker is null)
        {
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("name", speaker.Name);
        OptionalString(json, "role", speaker.Role);
        json.WriteString("kind", speaker.Kind == SpeakerKind.Organization ? "organization" : "person");
        json.WriteEndObject();
    }

    private static void Side(Utf8JsonWriter json, string name, SentenceSide? side)
    {
        if (side is null)
        {
            return;
        }

        json.WriteStartObject(name);
        json.WriteNumber("index", side.Index);
        json.WriteString("text", side.Text);
        if (side.Count > 1)
        {
            json.WriteNumber("count", side.Count);
        }

        json.WriteEndObject();
    }

    private static void Location(Utf8JsonWriter json, string name, Quote? quote)
    {
        if (quote is null)
        {
            return;
        }

        json.WriteStartObject(name);
        json.WriteNumber("line", quote.Span.Line);
        json.WriteNumber("column", quote.Span.Column);
        json.WriteEndObject();
    }

    private static void Words(Utf8JsonWriter json, IReadOnlyList<WordChange> words)
    {
        if (words.Count == 0)
        {
            return;
        }

        json.WriteStartArray("words");
        foreach (var word in words)
        {
            json.WriteStartObject();
            json.WriteString("op", DiffNames.Of(word.Operation));
            json.WriteString("text", word.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void OptionalString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void OptionalNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is int number)
        {
            json.WriteNumber(name, number);
        }
    }
}
