using System;
using System.Linq;
using ArticleCompiler.Annotation;
using ArticleCompiler.Model;
using ArticleCompiler.Parsing;
using ArticleCompiler.Registry;
using ArticleCompiler.Validation;
using Xunit;

namespace ArticleCompiler.Core.Tests.Annotation;

/// <summary>The annotator quoting the people of a speaker registry by the registry's keys.</summary>
public class RegistrySpeakerTests
{
    private static RegistryScope Scope(string yaml) =>
        SpeakerRegistry.Create(new[] { SpeakerRegistryFile.Read("/corpus/speakers.yaml", yaml) }).ScopeFor("/corpus/drafts/a.article.md");

    private static string Raw(string paragraph) =>
        "Ambassador Speaks on Bridge Plans\n\n" + paragraph + "\n\nThe plan was announced on Monday.\n";

    private static AnnotationResult Annotate(string raw, RegistryScope registry) =>
        ArticleAnnotator.Annotate(raw, new AnnotatorOptions { Registry = registry });

    private static (Article Article, EquatableArray<Finding> Findings) Check(string draft, RegistryScope registry) =>
        ArticleValidator.Check(ArticleParser.Parse(draft), TestArticles.Options with { Registry = registry });

    private static Article Parsed(AnnotationResult result) => ArticleParser.Parse(result.Draft).Article;

    [Fact]
    public void APersonTheRegistryNamesIsQuotedByItsKeyAndNotDefinedAgain()
    {
        var registry = Scope("envoy:\n  name: Anatoly Antonov\n  role: Russian Ambassador to the United States\n");

        var result = Annotate(Raw("\"We will build the bridge next year and open it to everyone,\" Anatoly Antonov said."), registry);

        var draft = Parsed(result);
        Assert.Equal("envoy", Assert.Single(draft.Quotes).SpeakerKey);
        Assert.Empty(draft.Speakers);
        var checkedDraft = Check(result.Draft, registry);
        Assert.DoesNotContain(checkedDraft.Findings, f => f.Severity == DiagnosticSeverity.Error);
        Assert.Same(registry.Speakers[0], Assert.Single(checkedDraft.Article.Speakers));
        Assert.Contains(Check(result.Draft, RegistryScope.Empty).Findings, f => f.Code == "ARTC104");
    }

    [Fact]
    public void APersonTheTextNamesByARegistryAliasIsQuotedByTheRegistryKey()
    {
        var registry = Scope("envoy:\n  name: Anatoly Antonov\n  aliases: [Tolya Antonov]\n");

        var result = Annotate(Raw("\"We will build the bridge next year and open it to everyone,\" Tolya Antonov said."), registry);

        Assert.Equal("envoy", Assert.Single(Parsed(result).Quotes).SpeakerKey);
        Assert.Empty(Parsed(result).Speakers);
        Assert.DoesNotContain(Check(result.Draft, registry).Findings, f => f.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void AFullNameWhoseSurnameAndFirstNameFitOneRegistryPersonIsThatPerson()
    {
        var registry = Scope("envoy:\n  name: Anatoly Ivanovich Antonov\nlavrov:\n  name: Sergey Lavrov\n");

        var result = Annotate(Raw("\"We will build the bridge next year and open it to everyone,\" Anatoly Antonov said."), registry);

        Assert.Equal("envoy", Assert.Single(Parsed(result).Quotes).SpeakerKey);
        Assert.Empty(Parsed(result).Speakers);
    }

    [Fact]
    public void ASurnameThatFitsTwoRegistryPeopleIsNeitherOfThem()
    {
        var registry = Scope("anatoly:\n  name: Anatoly Antonov\nboris:\n  name: Boris Antonov\n");

        var result = Annotate(Raw("\"We will build the bridge next year and open it to everyone,\" Antonov said."), registry);

        var draft = Parsed(result);
        Assert.Equal("antonov", Assert.Single(draft.Quotes).SpeakerKey);
        Assert.Equal("Antonov", Assert.Single(draft.Speakers).Name);
        Assert.DoesNotContain(Check(result.Draft, registry).Findings, f => f.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void APersonTheRegistryDoesNotKnowGetsALocalKeyAsWithoutARegistry()
    {
        var registry = Scope("envoy:\n  name: Anatoly Antonov\n");
        var raw = Raw("\"We will build the bridge next year and open it to everyone,\" Jane Smith said.");

        var result = Annotate(raw, registry);

        Assert.Equal(ArticleAnnotator.Annotate(raw, new AnnotatorOptions()).Draft, result.Draft);
        var speaker = Assert.Single(Parsed(result).Speakers);
        Assert.Equal(("smith", "Jane Smith"), (speaker.Key, speaker.Name));
        Assert.Equal("smith", Assert.Single(Parsed(result).Quotes).SpeakerKey);
    }

    [Fact]
    public void ALocalKeyThatWouldBeARegistryKeyIsRenamedSoThatNoNameConflictArises()
    {
        // Ivanka Trump is not the registry's Donald Trump: her key may not be "trump" (ARTC114).
        var registry = Scope("trump:\n  name: Donald Trump\n  role: US President\n");

        var result = Annotate(Raw("\"We will build the bridge next year and open it to everyone,\" Ivanka Trump said."), registry);

        var draft = Parsed(result);
        var speaker = Assert.Single(draft.Speakers);
        Assert.Equal(("trump-2", "Ivanka Trump"), (speaker.Key, speaker.Name));
        Assert.Equal("trump-2", Assert.Single(draft.Quotes).SpeakerKey);
        Assert.DoesNotContain(Check(result.Draft, registry).Findings, f => f.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void AnOrganisationIsFoundByTheAcronymTheRegistryListsAsAnAlias()
    {
        var registry = Scope("security-service:\n  name: Federal Security Service\n  aliases: [FSB]\n  kind: organization\n");

        var result = Annotate(Raw("\"We prevented a terror attack in the city and detained seven people,\" the FSB said."), registry);

        Assert.Equal("security-service", Assert.Single(Parsed(result).Quotes).SpeakerKey);
        Assert.Empty(Parsed(result).Speakers);
    }

    [Fact]
    public void ADescriptionIsNeverMatchedToARegistryAlias()
    {
        // "the ambassador" is Antonov in his registry, but this article never names him.
        var registry = Scope("envoy:\n  name: Anatoly Antonov\n  aliases: [the ambassador, ambassador]\n");

        var result = Annotate(Raw("\"We will build the bridge next year and open it to everyone,\" the ambassador said."), registry);

        Assert.DoesNotContain(Parsed(result).Quotes, q => q.SpeakerKey == "envoy");
    }

    [Fact]
    public void ARegistryThatDoesNotApplyWhereTheDraftGoesIsCopiedSoTheDraftValidatesAloneAndBelowIt()
    {
        var registry = Scope("envoy:\n  name: Anatoly Antonov\n  role: Russian Ambassador to the United States\n  aliases: [Antonov, the ambassador]\n");
        var raw = Raw("\"We will build the bridge next year and open it to everyone,\" Anatoly Antonov said.");

        var result = ArticleAnnotator.Annotate(raw, new AnnotatorOptions { RegistryElsewhere = registry });

        var speaker = Assert.Single(Parsed(result).Speakers);
        Assert.Equal(("envoy", "Anatoly Antonov", "Russian Ambassador to the United States"), (speaker.Key, speaker.Name, speaker.Role));
        Assert.Equal(new[] { "Antonov", "the ambassador" }, speaker.Aliases.ToArray());
        Assert.DoesNotContain(Check(result.Draft, RegistryScope.Empty).Findings, f => f.Severity == DiagnosticSeverity.Error);

        // Moved below the registry, the copy changes nothing: it is the registry's speaker.
        var below = Check(result.Draft, registry);
        Assert.DoesNotContain(below.Findings, f => f.Severity == DiagnosticSeverity.Error);
        Assert.Same(registry.Speakers[0], Assert.Single(below.Article.Speakers));
    }
}
