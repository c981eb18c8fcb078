using System.Linq;
using ArticleCompiler.Validation;
using Xunit;
using static ArticleCompiler.Core.Tests.TestArticles;

namespace ArticleCompiler.Core.Tests;

/// <summary>The front matter's url, checked as browsers read it, and its credentials reported where they stand.</summary>
public class UrlValidationTests
{
    private static Finding[] Validate(string urlLine) =>
        ArticleValidator.Validate($"---\nid: a\ntitle: b\n{urlLine}\n---\n\nText.\n", Options).ToArray();

    [Theory]
    [InlineData("url: https://example.com")]
    [InlineData("url: https://example.com/world/article-slug/?utm=1#top")]
    [InlineData("url: HTTPS://B\u00FCcher.de:8443/a")]
    [InlineData("url: http://[2001:db8::1]/a")]
    public void ABrowserValidUrlWithoutCredentialsGivesNothing(string line)
    {
        Assert.Empty(Validate(line));
    }

    [Fact]
    public void AUrlWithAUserNameAndPasswordIsAWarningAtTheCredentials()
    {
        var diagnostic = Assert.Single(Validate("url: https://jane@example.org:s3cret@www.newspaper.com/world/article-slug/"));

        Assert.Equal(("ARTC207", DiagnosticSeverity.Warning), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal("'url' holds a user name and password, which will be published with the article (remove them from the URL)", diagnostic.Message);
        Assert.Equal("4:14-4:37", diagnostic.Span.ToString());
    }

    [Theory]
    [InlineData("url: https://jane@example.com/", "a user name", "4:14-4:18")]
    [InlineData("url: https://:s3cret@example.com/", "a password", "4:14-4:21")]
    [InlineData("url: \"https://jane:pw@example.com/\"", "a user name and password", "4:15-4:22")]
    [InlineData("url: 'https://jane:pw@example.com/'", "a user name and password", "4:15-4:22")]
    [InlineData("url: \"https://jane:p\\u0077@example.com/\"", "a user name and password", "4:6-4:41")]
    public void TheWarningNamesWhatTheUrlHoldsAndPointsAtIt(string line, string what, string span)
    {
        var diagnostic = Assert.Single(Validate(line));

        Assert.Equal("ARTC207", diagnostic.Code);
        Assert.Contains("holds " + what + ",", diagnostic.Message);
        Assert.Equal(span, diagnostic.Span.ToString());
    }

    [Theory]
    [InlineData("url: ftp://example.com/file", "'url' must be an http or https URL, not 'ftp:'")]
    [InlineData("url: javascript:alert(1)", "'url' must be an http or https URL, not 'javascript:'")]
    [InlineData("url: /world/article", "'url' must be an absolute URL with a scheme, such as https://example.com/article")]
    [InlineData("url: https://", "'url' must have a host, such as https://example.com/article")]
    [InlineData("url: http://exa mple.com/", "'url' must have a host without ' ' in it, not 'exa mple.com'")]
    public void WhatABrowserCannotOpenOverHttpIsStillAnError(string line, string message)
    {
        var diagnostic = Assert.Single(Validate(line));

        Assert.Equal(("ARTC111", message), (diagnostic.Code, diagnostic.Message));
        Assert.Equal("4:6", diagnostic.Span.ToString().Split('-')[0]);
    }
}
