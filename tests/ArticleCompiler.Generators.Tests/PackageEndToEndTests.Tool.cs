using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Xml.Linq;
using ArticleCompiler.Tests.Shared;
using Xunit;

namespace ArticleCompiler.Generators.Tests;

/// <summary>
/// The tool as .NET 10 RID-specific packages: a top-level ArticleCompiler.Cli that names one
/// package per platform, Native AOT where it can be compiled (linux-x64), ReadyToRun elsewhere,
/// and a portable <c>any</c> package for every other platform.
/// </summary>
public partial class PackageEndToEndTests
{
    private static readonly string[] ToolRuntimeIdentifiers = { "linux-x64", "linux-arm64", "osx-arm64", "win-x64", "linux-musl-x64", "linux-musl-arm64", "any" };

    [Fact]
    public void TheToolPackageNamesOnePackagePerPlatformAndHoldsNoProgramItself()
    {
        using var package = OpenPackage("ArticleCompiler.Cli");
        var settings = package.Entries.Single(e => e.Name == "DotnetToolSettings.xml");
        using var stream = settings.Open();
        var named = XDocument.Load(stream).Descendants("RuntimeIdentifierPackage")
            .Select(p => (Rid: (string?)p.Attribute("RuntimeIdentifier"), Id: (string?)p.Attribute("Id")))
            .ToArray();

        Assert.Equal(ToolRuntimeIdentifiers.Select(rid => ((string?)rid, (string?)("ArticleCompiler.Cli." + rid))), named);
        Assert.DoesNotContain(package.Entries, e => e.Name.StartsWith("artc", StringComparison.Ordinal));
    }

    [Fact]
    public void LinuxX64GetsANativeArtcWithoutItsDebugSymbols()
    {
        using var package = OpenPackage("ArticleCompiler.Cli.linux-x64");
        var names = package.Entries.Select(e => e.Name).ToHashSet();

        Assert.True(IsElf(package.Entries.Single(e => e.Name == "artc")), "artc is not a native ELF program");
        Assert.Contains("libMono.Unix.so", names);
        Assert.DoesNotContain("artc.dll", names);
        Assert.DoesNotContain("artc.dbg", names);
    }

    [Theory]
    [InlineData("linux-arm64", "artc")]
    [InlineData("osx-arm64", "artc")]
    [InlineData("win-x64", "artc.exe")]
    public void OtherPlatformsGetReadyToRunCodeAndTheirOwnLauncher(string rid, string launcher)
    {
        using var package = OpenPackage("ArticleCompiler.Cli." + rid);
        var names = package.Entries.Select(e => e.Name).ToHashSet();

        Assert.True(IsReadyToRun(package.Entries.Single(e => e.Name == "artc.dll")), $"artc.dll of {rid} has no ReadyToRun code");
        Assert.True(IsReadyToRun(package.Entries.Single(e => e.Name == "ArticleCompiler.Core.dll")), $"ArticleCompiler.Core.dll of {rid} has no ReadyToRun code");
        Assert.Contains(launcher, names);
    }

    [Fact]
    public void TheAnyPackageIsThePortableBuildWithMonoUnixForLinuxAndMacOS()
    {
        using var package = OpenPackage("ArticleCompiler.Cli.any");
        var paths = package.Entries.Select(e => e.FullName).ToArray();

        Assert.False(IsReadyToRun(package.Entries.Single(e => e.Name == "artc.dll")), "the portable artc.dll holds code for one platform");
        Assert.Contains(paths, p => p.EndsWith("/runtimes/linux-x64/native/libMono.Unix.so", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.EndsWith("/runtimes/osx-arm64/native/libMono.Unix.dylib", StringComparison.Ordinal));
        Assert.DoesNotContain(paths, p => p.Contains("/runtimes/ios", StringComparison.Ordinal) || p.Contains("/runtimes/android", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("linux-musl-x64")]
    [InlineData("linux-musl-arm64")]
    public void MuslLinuxGetsThePortableBuildStartedByDotnetNotAGlibcProgram(string rid)
    {
        // The RID graph makes linux-musl-x64 fall back to linux-x64: without a package of its
        // own, Alpine would install the native artc, which needs glibc's loader.
        using var package = OpenPackage("ArticleCompiler.Cli." + rid);
        var names = package.Entries.Select(e => e.Name).ToHashSet();
        using var settings = package.Entries.Single(e => e.Name == "DotnetToolSettings.xml").Open();
        var command = XDocument.Load(settings).Descendants("Command").Single();

        Assert.Equal(("artc.dll", "dotnet"), ((string?)command.Attribute("EntryPoint"), (string?)command.Attribute("Runner")));
        Assert.False(IsReadyToRun(package.Entries.Single(e => e.Name == "artc.dll")), $"artc.dll of {rid} holds precompiled code");
        Assert.DoesNotContain("artc", names);
        Assert.Contains("libMono.Unix.so", names);
    }

    [Fact]
    public void ToolInstallPicksThePackageOfThisMachineAndItChecksTheSeeds()
    {
        var rid = RuntimeInformation.RuntimeIdentifier;
        var expected = ToolRuntimeIdentifiers.Contains(rid) ? rid : "any";
        var installed = new FileInfo(_packages.InstalledArtc).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? _packages.InstalledArtc;

        Assert.Contains($"{Path.DirectorySeparatorChar}articlecompiler.cli.{expected}{Path.DirectorySeparatorChar}", installed, StringComparison.OrdinalIgnoreCase);
        if (expected == "linux-x64")
        {
            using var program = File.OpenRead(installed);
            Assert.True(IsElf(program), $"{installed} is not the native artc");
            Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(installed)!, "artc.dll")), "the native artc came with a managed artc.dll");
        }

        Assert.Equal(0, _packages.Run(_packages.InstalledArtc, _packages.Root, "--version").Output.IndexOf(_packages.Version, StringComparison.Ordinal));
        Assert.Equal((0, "4 files checked: 0 errors, 0 warnings.\n"), _packages.Run(_packages.InstalledArtc, RepositoryPaths.Root, "validate", "seeds"));
        var drafts = Path.Combine(_packages.Root, "drafts") + Path.DirectorySeparatorChar;
        var annotate = _packages.Run(_packages.InstalledArtc, RepositoryPaths.Root, "annotate", "seeds/raw", "-o", drafts, "--registry", "seeds/speakers.yaml");
        Assert.True(annotate.ExitCode == 0, annotate.Output);
        Assert.Contains("1 draft written", annotate.Output);
        var export = _packages.Run(_packages.InstalledArtc, RepositoryPaths.Root, "export", "seeds", "--format", "jsonl", "--records", "quotes");
        Assert.True(export.ExitCode == 0, export.Output);
        Assert.Contains("\"speaker\":\"antonov\"", export.Output);
        var diff = _packages.Run(_packages.InstalledArtc, RepositoryPaths.Root, "diff", "seeds/russia-us-syria.article.md", "seeds/revisions/russia-us-syria.r2.article.md");
        Assert.Equal(1, diff.ExitCode);
        Assert.Contains("(revision 2)", diff.Output);
    }

    private ZipArchive OpenPackage(string id) => ZipFile.OpenRead(Path.Combine(_packages.Packages, $"{id}.{_packages.Version}.nupkg"));

    private static bool IsElf(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        return IsElf(stream);
    }

    private static bool IsElf(Stream stream)
    {
        var magic = new byte[4];
        return stream.Read(magic, 0, 4) == 4 && magic.SequenceEqual(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' });
    }

    /// <summary>ReadyToRun images carry a managed native header in their CLI header; IL-only assemblies do not.</summary>
    private static bool IsReadyToRun(ZipArchiveEntry entry)
    {
        var image = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(image);
        }

        image.Position = 0;
        using var reader = new PEReader(image);
        return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }
}
