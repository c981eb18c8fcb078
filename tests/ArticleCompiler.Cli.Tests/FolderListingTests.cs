using System;
using System.IO;
using System.Linq;
using ArticleCompiler.Cli.Input;
using Xunit;

namespace ArticleCompiler.Cli.Tests;

/// <summary>The walk's readdir listing tells links, folders and hidden entries apart as .NET's enumeration did.</summary>
public class FolderListingTests
{
    [Fact]
    public void LinksFoldersAndHiddenEntriesAreToldApartWithoutAttributes()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Null(FolderListing.Read(Path.GetTempPath()));
            return;
        }

        using var corpus = new TempCorpus();
        corpus.Write("a.article.md", "text\n");
        corpus.Write(".hidden.article.md", "text\n");
        Directory.CreateDirectory(Path.Combine(corpus.Root, "sub"));
        Directory.CreateDirectory(Path.Combine(corpus.Root, ".git"));
        File.CreateSymbolicLink(Path.Combine(corpus.Root, "to-file.article.md"), "a.article.md");
        Directory.CreateSymbolicLink(Path.Combine(corpus.Root, "to-folder"), "sub");
        File.CreateSymbolicLink(Path.Combine(corpus.Root, "broken.article.md"), "nowhere");

        var listed = FolderListing.Read(corpus.Root)!.OrderBy(entry => entry.Name, StringComparer.Ordinal).ToList();

        Assert.Equal(
            new[]
            {
                new FolderListing.Entry("a.article.md", false, false),
                new FolderListing.Entry("broken.article.md", true, false),
                new FolderListing.Entry("sub", false, true),
                new FolderListing.Entry("to-file.article.md", true, false),
                new FolderListing.Entry("to-folder", true, true),
            },
            listed);
    }

    [Fact]
    public void AFolderThatCannotBeListedIsLeftToDotNet() =>
        Assert.Null(FolderListing.Read(Path.Combine(Path.GetTempPath(), "artc-no-such-folder-" + Guid.NewGuid().ToString("N"))));
}
