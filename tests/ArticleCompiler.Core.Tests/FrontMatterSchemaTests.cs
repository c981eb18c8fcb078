using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ArticleCompiler.Parsing;
using ArticleCompiler.Tests.Shared;
using ArticleCompiler.Validation;
using Json.Schema;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace ArticleCompiler.Core.Tests;

/// <summary>The JSON Schema artc schema prints agrees with the parser.</summary>
public class FrontMatterSchemaTests
{
    private static readonly string SchemaText = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "ArticleCompiler.Cli", "Schemas", "article-front-matter.schema.json"));
    private static readonly JsonSchema Schema = JsonSchema.FromText(SchemaText);

    [Fact]
    public void EveryKeyTheParserKnowsIsInTheSchemaAndNoOther()
    {
        using var json = JsonDocument.Parse(SchemaText);
        var keys = json.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name);
        var speakerKeys = json.RootElement.GetProperty("$defs").GetProperty("speaker").GetProperty("properties").EnumerateObject().Select(p => p.Name);

        Assert.Equal(FrontMatterReader.KnownKeys.OrderBy(k => k), keys.OrderBy(k => k));
        Assert.Equal(FrontMatterReader.KnownSpeakerKeys.OrderBy(k => k), speakerKeys.OrderBy(k => k));
    }

    [Fact]
    public void EveryArticleOfTheRepositoryValidatesAgainstTheSchema()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "seeds"), "*.article.md", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(RepositoryPaths.Gold, "*.article.md", SearchOption.AllDirectories))
            .ToList();
        Assert.True(files.Count >= 16);
        foreach (var file in files)
        {
            var result = Schema.Evaluate(FrontMatter(File.ReadAllText(file)), new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, file + ": " + string.Join("; ", (result.Details ?? new System.Collections.Generic.List<EvaluationResults>()).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + " " + e.Value))));
        }
    }

    [Theory]
    [InlineData("id: a\ntitle: T\ncategroy: World\n", "ARTC201")]
    [InlineData("id: Bad_Id\ntitle: T\n", "ARTC102")]
    [InlineData("title: T\n", "ARTC101")]
    [InlineData("id: a\ntitle: T\nrevision: 0\n", "ARTC111")]
    [InlineData("id: a\ntitle: T\nlanguage: english\n", "ARTC111")]
    [InlineData("id: a\ntitle: T\nspeakers:\n  x:\n    name: X\n    kind: company\n", "ARTC111")]
    [InlineData("id: a\ntitle: T\nspeakers:\n  Bad_Key:\n    name: X\n", "ARTC103")]
    [InlineData("id: a\ntitle: T\nauthors: Jane Doe\n", "ARTC004")]
    [InlineData("id: a\ntitle: T\nurl: ftp://example.com/file\n", "ARTC111")]
    [InlineData("id: a\ntitle: T\nurl: /world/article-slug\n", "ARTC111")]
    [InlineData("id: a\ntitle: T\nurl: javascript:alert(1)\n", "ARTC111")]
    public void WhatTheSchemaRejectsTheValidatorReportsToo(string yaml, string code)
    {
        var article = "---\n" + yaml + "---\n\nText.\n";

        Assert.False(Schema.Evaluate(FrontMatter(article)).IsValid);
        Assert.Contains(ArticleValidator.Validate(article, new ValidationOptions(DateTimeOffset.UtcNow)), f => f.Code == code);
    }

    [Theory]
    [InlineData("id: 2018\ntitle: 2018\ncategory: 12\ndateline: true\nauthors: [1999]\ntags: [true]\n")]
    [InlineData("id: a\ntitle: T\nrevision: \"3\"\n")]
    [InlineData("id: a\ntitle: T\nspeakers:\n  x:\n    name: 12\n    role: 5\n    aliases: [1]\n")]
    [InlineData("id: a\ntitle: T\npublished: 2018-01-12\n")]
    [InlineData("id: a\ntitle: T\npublished: 2018-01-12T09:30\n")]
    [InlineData("id: a\ntitle: T\npublished: 2018-01-12T09:30:00.5Z\n")]
    [InlineData("id: a\ntitle: T\npublished: 2018-01-12T09:30:00+0300\n")]
    [InlineData("id: a\ntitle: T\npublished: 2018-01-12T09:30+03:00\n")]
    [InlineData("id: a\ntitle: T\npublished: 2018-01-12 09:30:00Z\n")]
    [InlineData("id: a\ntitle: T\ncategory:\nsource: ~\nmeta:\n  desk: World\n  pages: 3\n")]
    [InlineData("id: a\ntitle: T\nurl: https://jane@example.org:s3cret@www.newspaper.com/world/article-slug/\n")]
    [InlineData("id: a\ntitle: T\nurl: HTTPS://b\u00FCcher.de:8443/a?q=1#f\n")]
    [InlineData("id: a\ntitle: T\nurl: http://[::1]/\n")]
    [InlineData("id: a\ntitle: T\nurl: \"https:\\\\example.com\\\\a\"\n")]
    public void WhatTheValidatorAcceptsTheSchemaAcceptsToo(string yaml)
    {
        var article = "---\n" + yaml + "---\n\nText.\n";

        Assert.DoesNotContain(ArticleValidator.Validate(article, new ValidationOptions(DateTimeOffset.MaxValue)), f => f.Severity == DiagnosticSeverity.Error);
        var result = Schema.Evaluate(FrontMatter(article), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? new System.Collections.Generic.List<EvaluationResults>()).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + " " + e.Value))));
    }

    [Theory]
    [InlineData("id: a\ntitle: T\npublished: 2018-01-12 09:30+03:00\n", "ARTC004")]
    [InlineData("id: a\ntitle: T\npublished: 2018-01-12 09:30:00.5\n", "ARTC004")]
    public void PublishedDatesTheParserRefusesTheSchemaRefusesToo(string yaml, string code)
    {
        var article = "---\n" + yaml + "---\n\nText.\n";

        Assert.False(Schema.Evaluate(FrontMatter(article)).IsValid);
        Assert.Contains(ArticleValidator.Validate(article, new ValidationOptions(DateTimeOffset.MaxValue)), f => f.Code == code);
    }

    private static readonly string RegistrySchemaText = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "ArticleCompiler.Cli", "Schemas", "article-speakers.schema.json"));
    private static readonly JsonSchema RegistrySchema = JsonSchema.FromText(RegistrySchemaText);

    [Fact]
    public void TheRegistrySchemaHasTheSpeakerKeysTheParserKnowsAndTheSeedRegistryValidates()
    {
        using var json = JsonDocument.Parse(RegistrySchemaText);
        var speakerKeys = json.RootElement.GetProperty("$defs").GetProperty("speaker").GetProperty("properties").EnumerateObject().Select(p => p.Name);
        Assert.Equal(FrontMatterReader.KnownSpeakerKeys.OrderBy(k => k), speakerKeys.OrderBy(k => k));

        var seedRegistry = File.ReadAllText(RepositoryPaths.SeedRegistry);
        Assert.Empty(ArticleCompiler.Registry.SpeakerRegistryFile.Read("speakers.yaml", seedRegistry).Findings);
        Assert.True(RegistrySchema.Evaluate(Yaml(seedRegistry)).IsValid);
    }

    [Theory]
    [InlineData("x:\n  role: R\n", "ARTC110")]
    [InlineData("x:\n  name: X\n  kind: company\n", "ARTC111")]
    [InlineData("Bad_Key:\n  name: X\n", "ARTC103")]
    [InlineData("x:\n  name: X\n  rol: R\n", "ARTC201")]
    [InlineData("- x\n", "ARTC004")]
    public void WhatTheRegistrySchemaRejectsTheRegistryReaderReportsToo(string yaml, string code)
    {
        Assert.False(RegistrySchema.Evaluate(Yaml(yaml)).IsValid);
        Assert.Contains(ArticleCompiler.Registry.SpeakerRegistryFile.Read("speakers.yaml", yaml).Findings, f => f.Code == code);
    }

    private static JsonElement Yaml(string text)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        return JsonSerializer.SerializeToElement(ToJson(yaml.Documents[0].RootNode));
    }

    // The front matter as the JSON a YAML language server checks: plain scalars typed as YAML 1.2's
    // core schema types them (null, booleans, integers), everything else a string.
    private static JsonElement FrontMatter(string article) => JsonSerializer.SerializeToElement(FrontMatterNode(article));

    private static JsonNode? FrontMatterNode(string article)
    {
        var match = Regex.Match(article, "^---\\n(.*?)\\n---", RegexOptions.Singleline);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(match.Groups[1].Value));
        return ToJson(yaml.Documents[0].RootNode);
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar => scalar.Value switch
        {
            null or "" or "~" or "null" => null,
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            var v when Regex.IsMatch(v, "^-?[0-9]+$") => JsonValue.Create(long.Parse(v, System.Globalization.CultureInfo.InvariantCulture)),
            var v => JsonValue.Create(v),
        },
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => null,
    };
}
