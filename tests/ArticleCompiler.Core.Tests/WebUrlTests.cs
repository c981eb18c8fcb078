using ArticleCompiler.Parsing;
using Xunit;

namespace ArticleCompiler.Core.Tests;

/// <summary>
/// The url check reads URLs as browsers do (the WHATWG URL standard). The expectations of these
/// tables are what Node's WHATWG URL parser (the same standard) gives for each value.
/// </summary>
public class WebUrlTests
{
    [Theory]
    [InlineData("https://example.com", false, false)]
    [InlineData("https://example.com/article", false, false)]
    [InlineData("HTTPS://Example.COM/A", false, false)]
    [InlineData("HtTp://example.com", false, false)]
    [InlineData("https://jane@example.org:s3cret@www.newspaper.com/world/article-slug/", true, true)]
    [InlineData("https://user:pass@example.com/", true, true)]
    [InlineData("https://user@example.com/", true, false)]
    [InlineData("https://:pass@example.com/", false, true)]
    [InlineData("https://@example.com/", false, false)]
    [InlineData("https://:@example.com/", false, false)]
    [InlineData("https://b\u00FCcher.de/", false, false)]
    [InlineData("https://\u4F8B\u3048.\u30C6\u30B9\u30C8/", false, false)]
    [InlineData("https://xn--bcher-kva.de/", false, false)]
    [InlineData("https://\uFF45\uFF58\uFF41\uFF4D\uFF50\uFF4C\uFF45.com/", false, false)]
    [InlineData("https://example.com:8443/a", false, false)]
    [InlineData("https://example.com:/a", false, false)]
    [InlineData("https://example.com:0000443/", false, false)]
    [InlineData("https://example.com:65535/", false, false)]
    [InlineData("http://[::1]/", false, false)]
    [InlineData("http://[2001:db8::1]:8080/x", false, false)]
    [InlineData("http://[::ffff:192.168.1.1]/", false, false)]
    [InlineData("http://[1:2:3:4:5:6:7:8]/", false, false)]
    [InlineData("https://example.com/a?q=1&r=two#frag", false, false)]
    [InlineData("https://example.com/path with space", false, false)]
    [InlineData("https://example.com?x", false, false)]
    [InlineData("https://example.com#x", false, false)]
    [InlineData("http:\\\\example.com\\a\\b", false, false)]
    [InlineData("https:example.com", false, false)]
    [InlineData("http:///x", false, false)]
    [InlineData("https:/example.com", false, false)]
    [InlineData("http://127.0.0.1/", false, false)]
    [InlineData("http://0x7f.1/", false, false)]
    [InlineData("http://%41.com/", false, false)]
    [InlineData("http://a..b/", false, false)]
    [InlineData("http://example.com./", false, false)]
    [InlineData("http://[::1.2.3.4]/", false, false)]
    [InlineData("http://4294967295/", false, false)]
    [InlineData("http://x/%zz", false, false)]
    [InlineData("https://u:p@[::1]:99/", true, true)]
    [InlineData("https://a@b@c@host/", true, false)]
    [InlineData("https://\texample.com/", false, false)]
    [InlineData(" https://example.com/ ", false, false)]
    [InlineData("http://\u2603.net/", false, false)]
    [InlineData("http://xn--n3h.net/", false, false)]
    [InlineData("http://\uFF25\uFF38\uFF21\uFF2D\uFF30\uFF2C\uFF25.com/", false, false)]
    [InlineData("http://\u4F8B\u3048\u3002\u30C6\u30B9\u30C8/", false, false)]
    [InlineData("http://a\u00ADb.com/", false, false)]
    [InlineData("http://\u00FC\u200Bx.com/", false, false)]
    [InlineData("http://\uD83D\uDCA9.la/", false, false)]
    [InlineData("http://xn--ls8h.la/", false, false)]
    [InlineData("http://xn--abc-/", false, false)]
    [InlineData("http://a_b.com/", false, false)]
    [InlineData("http://a~b$&'()*+,;=.com/", false, false)]
    public void WhatABrowserOpensIsValid(string url, bool hasUserName, bool hasPassword)
    {
        var parsed = WebUrl.Parse(url);

        Assert.True(parsed.IsValid, parsed.Problem);
        Assert.Equal((hasUserName, hasPassword), (parsed.HasUserName, parsed.HasPassword));
    }

    [Theory]
    [InlineData("ftp://example.com/file")]
    [InlineData("javascript:alert(1)")]
    [InlineData("mailto:a@b.c")]
    [InlineData("/relative/path")]
    [InlineData("relative/path")]
    [InlineData("//example.com/a")]
    [InlineData("example.com")]
    [InlineData("https://")]
    [InlineData("http://")]
    [InlineData("https:///")]
    [InlineData("http://exa mple.com/")]
    [InlineData("http://user@/x")]
    [InlineData("https://example.com:99999/")]
    [InlineData("https://example.com:8o/")]
    [InlineData("http://1.2.3.4.5/")]
    [InlineData("http://999999999999/")]
    [InlineData("http://[::1/")]
    [InlineData("http://[:::1]/")]
    [InlineData("http://[1:2:3:4:5:6:7:8:9]/")]
    [InlineData("http://a<b.com/")]
    [InlineData("http://xn--a.com/")]
    [InlineData("http://%ff.com/")]
    [InlineData("http://ex%00.com/")]
    [InlineData("http://foo.0x/")]
    [InlineData("http://a|b/")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("https://a%2520b.com/")]
    [InlineData("http://[::1.2.3]/")]
    [InlineData("http://[1::2::3]/")]
    [InlineData("http://256.0.0.1/")]
    [InlineData("http://0x100000000/")]
    [InlineData("http://xn--/")]
    [InlineData("http://ex\uFF03ample.com/")]
    [InlineData("http://a\u3000b.com/")]
    [InlineData("http://\uE000.com/")]
    [InlineData("http://xn--zz/")]
    public void WhatABrowserRefusesOrDoesNotOpenOverHttpIsInvalid(string url)
    {
        var parsed = WebUrl.Parse(url);

        Assert.False(parsed.IsValid);
        Assert.False(string.IsNullOrEmpty(parsed.Problem));
    }

    [Theory]
    [InlineData("https://jane@example.org:s3cret@www.newspaper.com/world/", "jane@example.org:s3cret")]
    [InlineData("https://user@example.com/", "user")]
    [InlineData("https://:pass@example.com/", ":pass")]
    [InlineData("  https://u:p@[::1]:99/", "u:p")]
    [InlineData("https://u:p@host/a@b", "u:p")]
    public void TheCredentialsAreEverythingBeforeTheLastAtSignOfTheAuthority(string url, string credentials)
    {
        var parsed = WebUrl.Parse(url);

        Assert.Equal(credentials, url.Substring(parsed.CredentialsStart, parsed.CredentialsLength));
    }

    [Fact]
    public void TheCredentialsSpanCountsTabsAndLineBreaksThatTheParserRemoves()
    {
        var url = "https://us\ter:pw@example.com/";

        var parsed = WebUrl.Parse(url);

        Assert.Equal("us\ter:pw", url.Substring(parsed.CredentialsStart, parsed.CredentialsLength));
    }

    [Theory]
    [InlineData("ftp://example.com/file", "be an http or https URL, not 'ftp:'")]
    [InlineData("/relative/path", "be an absolute URL with a scheme, such as https://example.com/article")]
    [InlineData("https://", "have a host, such as https://example.com/article")]
    [InlineData("http://exa mple.com/", "have a host without ' ' in it, not 'exa mple.com'")]
    [InlineData("https://example.com:99999/", "have a port from 0 to 65535 after the host's ':', not '99999'")]
    [InlineData("http://[::1/", "have a valid IPv6 address in its brackets, not '[::1'")]
    [InlineData("http://1.2.3.4.5/", "have a valid IPv4 address, not '1.2.3.4.5'")]
    public void TheProblemSaysWhatIsWrong(string url, string problem)
    {
        Assert.Equal(problem, WebUrl.Parse(url).Problem);
    }
}
