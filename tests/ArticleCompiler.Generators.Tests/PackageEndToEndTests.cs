using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using ArticleCompiler.Tests.Shared;
using ArticleCompiler.Validation;
using Xunit;

namespace ArticleCompiler.Generators.Tests;

/// <summary>
/// Packs ArticleCompiler and ArticleCompiler.Cli into a private folder with a fresh version (the
/// NuGet cache would otherwise serve an older package of the same version) and uses them as a
/// user would: a consumer project outside the repository, and the artc tool.
/// </summary>
public sealed class PackagedConsumer : IDisposable
{
    private readonly Lazy<string> _installedArtc;

    public PackagedConsumer()
    {
        Root = Path.Combine(Path.GetTempPath(), "artc-e2e-" + Guid.NewGuid().ToString("N"));
        Packages = Path.Combine(Root, "packages");
        Version = "0.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        Directory.CreateDirectory(Packages);
        _installedArtc = new Lazy<string>(InstallTool);
        foreach (var project in new[] { "generators/ArticleCompiler.Generators/ArticleCompiler.Generators.csproj", "src/ArticleCompiler.Cli/ArticleCompiler.Cli.csproj" })
        {
            var pack = Dotnet(RepositoryPaths.Root, "pack", Path.Combine(RepositoryPaths.Root, project), "-c", "Release", "-o", Packages, "-p:Version=" + Version, "-nodeReuse:false", "-p:UseSharedCompilation=false");
            if (pack.ExitCode != 0)
            {
                throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
            }
        }
    }

    public string Root { get; }

    public string Packages { get; }

    public string Version { get; }

    /// <summary>The artc command of the tool package, installed into a tool path of its own on first use.</summary>
    public string InstalledArtc => _installedArtc.Value;

    /// <summary>Writes a consumer project with the seed article and <paramref name="program"/>; returns its folder.</summary>
    public string CreateConsumer(string name, string program, string? article = null, string? editorConfig = null)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.Combine(folder, "news"));
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="e2e" value="{Packages}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RootNamespace>Newsroom</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ArticleCompiler" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), program);
        File.WriteAllText(Path.Combine(folder, "news", "russia-us-syria.article.md"), article ?? File.ReadAllText(RepositoryPaths.Seed));
        if (editorConfig is not null)
        {
            File.WriteAllText(Path.Combine(folder, ".editorconfig"), editorConfig);
        }

        return folder;
    }

    /// <summary>Runs the .NET CLI with a private package cache and no build servers left behind.</summary>
    public (int ExitCode, string Output) Dotnet(string workingDirectory, params string[] args) => Run("dotnet", workingDirectory, args);

    public (int ExitCode, string Output) Run(string fileName, string workingDirectory, params string[] args) =>
        RunWithin(Timeout.InfiniteTimeSpan, fileName, workingDirectory, args);

    /// <summary>Like <see cref="Run"/>, but a run longer than <paramref name="limit"/> is killed and fails the test.</summary>
    public (int ExitCode, string Output) RunWithin(TimeSpan limit, string fileName, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The test host's MSBuild settings must not leak into the child builds.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("MSBuild", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["NUGET_PACKAGES"] = Path.Combine(Root, "nuget-cache");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["NO_COLOR"] = "1";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not return within {limit}: it hangs");
        }

        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }

    private string InstallTool()
    {
        var tools = Path.Combine(Root, "tools");
        var install = Dotnet(Root, "tool", "install", "ArticleCompiler.Cli", "--tool-path", tools, "--add-source", Packages, "--version", Version);
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet tool install failed:\n" + install.Output);
        }

        return Path.Combine(tools, "artc");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

public partial class PackageEndToEndTests : IClassFixture<PackagedConsumer>
{
    private static readonly string[] BuildArgs = { "-nodeReuse:false", "-p:UseSharedCompilation=false" };
    private readonly PackagedConsumer _packages;

    public PackageEndToEndTests(PackagedConsumer packages) => _packages = packages;

    [Fact]
    public void TheGeneratorPackageHoldsTheGeneratorItsDependenciesTheRuntimeAndTheProps()
    {
        var path = Path.Combine(_packages.Packages, $"ArticleCompiler.{_packages.Version}.nupkg");
        using var package = System.IO.Compression.ZipFile.OpenRead(path);
        var entries = package.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("analyzers/dotnet/cs/ArticleCompiler.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/ArticleCompiler.Core.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
        Assert.Contains("lib/netstandard2.0/ArticleCompiler.Runtime.dll", entries);
        Assert.Contains("build/ArticleCompiler.props", entries);
    }

    [Fact]
    public void AConsumerWithOnlyThePackageReferenceGetsTypedArticles()
    {
        var folder = _packages.CreateConsumer(
            "TypedConsumer",
            "var a = Newsroom.Articles.RussiaUsSyria;\nConsole.WriteLine($\"{a.Speakers.Antonov.Role}|{a.Sections.InfTreaty.Heading}|{a.Quotes.Count}|{Newsroom.Articles.All.Count}|{Newsroom.Articles.Notes.Quotes[0].Text}\");\n");

        // An article whose path has '#' and ';' (the embedded resource's name must survive the
        // generated .editorconfig) and that is also listed a second time by hand.
        var notes = Path.Combine(folder, "news", "C# notes");
        Directory.CreateDirectory(notes);
        File.WriteAllText(Path.Combine(notes, "a;b.article.md"), "---\nid: notes\ntitle: Notes\nspeakers:\n  x:\n    name: X\n---\n\n\"Embedded words,\"{@x} X said.\n");
        var project = Path.Combine(folder, "TypedConsumer.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("</Project>", "  <ItemGroup>\n    <AdditionalFiles Include=\"news/C# notes/a%3Bb.article.md\" />\n  </ItemGroup>\n</Project>"));

        var run = _packages.Dotnet(folder, new[] { "run" }.Concat(BuildArgs).ToArray());

        var seed = Parsing.ArticleParser.Parse(File.ReadAllText(RepositoryPaths.Seed)).Article;
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains($"Russian Ambassador to the United States|INF Treaty|{seed.Quotes.Count}|2|Embedded words", run.Output);
    }

    [Fact]
    public void AMisspeltSpeakerInTheConsumersCodeIsACompileError()
    {
        var folder = _packages.CreateConsumer("MisspeltConsumer", "Console.WriteLine(Newsroom.Articles.RussiaUsSyria.Speakers.Antonv.Name);\n");

        var build = _packages.Dotnet(folder, new[] { "build" }.Concat(BuildArgs).ToArray());

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error CS1061", build.Output);
        Assert.Contains("'Antonv'", build.Output);
    }

    [Fact]
    public void AnUnknownSpeakerInAnArticleFailsTheBuildAtItsLineAndColumnUnlessEditorconfigLowersIt()
    {
        var article = File.ReadAllText(RepositoryPaths.Seed).Replace("\"Russia is ready to", "\"Russia is ready to").Replace("conflict,\"{@antonov}", "conflict,\"{@antonv}");
        var finding = ArticleValidator.Validate(article, new ValidationOptions(DateTimeOffset.UtcNow)).Single();
        Assert.Equal("ARTC104", finding.Code);

        var failing = _packages.CreateConsumer("BrokenArticle", "Console.WriteLine(Newsroom.Articles.All.Count);\n", article);
        var build = _packages.Dotnet(failing, new[] { "build" }.Concat(BuildArgs).ToArray());
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains($"news/russia-us-syria.article.md({finding.Span.Line},{finding.Span.Column}): error ARTC104: unknown speaker 'antonv' (did you mean 'antonov'?)", build.Output);

        // The .editorconfig stands in news/, a folder with no C# file: the SDK would not find it,
        // the package's targets do (as artc validate does); inline comments are read as comments.
        var lowered = _packages.CreateConsumer("LoweredArticle", "Console.WriteLine(Newsroom.Articles.All.Count);\n", article,
            "[news/*.article.md] # articles\ndotnet_diagnostic.ARTC104.severity = warning   # for now\ndotnet_diagnostic.ARTC202.severity : none\n");
        File.Move(Path.Combine(lowered, ".editorconfig"), Path.Combine(lowered, "news", ".editorconfig"));
        File.WriteAllText(Path.Combine(lowered, "news", ".editorconfig"), "[*.article.md] # articles\ndotnet_diagnostic.ARTC104.severity = warning   # for now\ndotnet_diagnostic.ARTC202.severity : none\n");
        var warned = _packages.Dotnet(lowered, new[] { "build" }.Concat(BuildArgs).ToArray());
        Assert.True(warned.ExitCode == 0, warned.Output);
        Assert.Contains($"news/russia-us-syria.article.md({finding.Span.Line},{finding.Span.Column}): warning ARTC104", warned.Output);
    }

    [Fact]
    public void AnApplicationCompilesItsArticlesIntoAnAssemblyOfItsOwnOnlyWhenTheyChange()
    {
        const string Compile = "_ArticleCompilerCompileArticleAssemblyCore";
        var folder = _packages.CreateConsumer("SeparateConsumer", "Console.WriteLine($\"{Newsroom.Articles.All.Count}|{Newsroom.Articles.RussiaUsSyria.Speakers.Antonov.Name}\");\n");
        var articles = Path.Combine(folder, "bin", "Debug", "net10.0", "SeparateConsumer.Articles.dll");
        var run = _packages.Dotnet(folder, new[] { "run", "-v:n" }.Concat(BuildArgs).ToArray());
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("1|Anatoly Antonov", run.Output);
        Assert.True(File.Exists(articles), run.Output);
        var compiled = File.GetLastWriteTimeUtc(articles);

        // A code edit recompiles the project against the articles' assembly as it stands.
        File.AppendAllText(Path.Combine(folder, "Program.cs"), "Console.WriteLine(\"edited\");\n");
        var codeEdit = _packages.Dotnet(folder, new[] { "run", "-v:n" }.Concat(BuildArgs).ToArray());
        Assert.True(codeEdit.ExitCode == 0, codeEdit.Output);
        Assert.Contains("1|Anatoly Antonov\nedited", codeEdit.Output);
        Assert.Contains($"Skipping target \"{Compile}\" because all output files are up-to-date", codeEdit.Output);
        Assert.Equal(compiled, File.GetLastWriteTimeUtc(articles));

        // An edit to an article's words rebuilds the articles' assembly, and only that: the types the
        // project compiles against (the reference assembly) are the same, so its own compile is skipped.
        var seed = Path.Combine(folder, "news", "russia-us-syria.article.md");
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("name: Anatoly Antonov", "name: Anatoly I. Antonov"));
        var wordEdit = _packages.Dotnet(folder, new[] { "run", "-v:n" }.Concat(BuildArgs).ToArray());
        Assert.True(wordEdit.ExitCode == 0, wordEdit.Output);
        Assert.Contains("1|Anatoly I. Antonov\nedited", wordEdit.Output);
        Assert.DoesNotContain($"Skipping target \"{Compile}\"", wordEdit.Output);
        Assert.Contains("Skipping target \"CoreCompile\" because all output files are up-to-date", wordEdit.Output);
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("name: Anatoly I. Antonov", "name: Anatoly Antonov"));

        // A new article, and then its removal (no timestamp says so), rebuild the articles' assembly.
        File.WriteAllText(Path.Combine(folder, "news", "notes.article.md"), "---\nid: notes\ntitle: Notes\nspeakers:\n  x:\n    name: X\n---\n\n\"Words,\"{@x} X said.\n");
        var added = _packages.Dotnet(folder, new[] { "run" }.Concat(BuildArgs).ToArray());
        Assert.True(added.ExitCode == 0, added.Output);
        Assert.Contains("2|Anatoly Antonov", added.Output);
        File.Delete(Path.Combine(folder, "news", "notes.article.md"));
        var removed = _packages.Dotnet(folder, new[] { "run" }.Concat(BuildArgs).ToArray());
        Assert.True(removed.ExitCode == 0, removed.Output);
        Assert.Contains("1|Anatoly Antonov", removed.Output);

        // Publishing takes the articles' assembly along, also without building again.
        var published = Path.Combine(folder, "published");
        var publish = _packages.Dotnet(folder, new[] { "publish", "-o", published }.Concat(BuildArgs).ToArray());
        Assert.True(publish.ExitCode == 0, publish.Output);
        Assert.True(File.Exists(Path.Combine(published, "SeparateConsumer.Articles.dll")), publish.Output);
        Assert.Contains("1|Anatoly Antonov", _packages.Dotnet(published, "SeparateConsumer.dll").Output);
        var publishedAgain = Path.Combine(folder, "published-no-build");
        var publishNoBuild = _packages.Dotnet(folder, new[] { "publish", "--no-build", "-o", publishedAgain }.Concat(BuildArgs).ToArray());
        Assert.True(publishNoBuild.ExitCode == 0, publishNoBuild.Output);
        Assert.Contains("1|Anatoly Antonov", _packages.Dotnet(publishedAgain, "SeparateConsumer.dll").Output);

        // A test project that references the application uses the typed articles too.
        var tests = Path.Combine(_packages.Root, "SeparateConsumerTests");
        Directory.CreateDirectory(tests);
        File.Copy(Path.Combine(folder, "nuget.config"), Path.Combine(tests, "nuget.config"));
        File.WriteAllText(Path.Combine(tests, "SeparateConsumerTests.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <IsPackable>false</IsPackable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
                <PackageReference Include="xunit" Version="2.9.3" />
                <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
                <ProjectReference Include="{Path.Combine(folder, "SeparateConsumer.csproj")}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(tests, "ArticleTests.cs"), "public class ArticleTests\n{\n    [Xunit.Fact]\n    public void Antonov() => Xunit.Assert.Equal(\"Anatoly Antonov\", Newsroom.Articles.RussiaUsSyria.Speakers.Antonov.Name);\n}\n");
        var test = _packages.Dotnet(tests, new[] { "test" }.Concat(BuildArgs).ToArray());
        Assert.True(test.ExitCode == 0, test.Output);
        Assert.Contains("Passed!", test.Output);

        // ArticleCompilerSeparateAssembly=false keeps the articles (types and text) in the project's own assembly.
        var output = Path.Combine(folder, "inside");
        var inside = _packages.Dotnet(folder, new[] { "build", "-p:ArticleCompilerSeparateAssembly=false", "-o", output }.Concat(BuildArgs).ToArray());
        Assert.True(inside.ExitCode == 0, inside.Output);
        Assert.False(File.Exists(Path.Combine(output, "SeparateConsumer.Articles.dll")), inside.Output);
        Assert.Contains("ArticleCompiler/news%2Frussia-us-syria.article.md", System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(output, "SeparateConsumer.dll"))));
        Assert.Contains("1|Anatoly Antonov", _packages.Dotnet(output, "SeparateConsumer.dll").Output);

        // A design-time build (the IDE's) keeps the generator in the project's compilation; a build does not.
        foreach (var designTime in new[] { true, false })
        {
            var items = _packages.Dotnet(folder, "msbuild", "-t:ArticleCompilerCompileArticleAssembly", "-getItem:Analyzer", "-getItem:ReferencePath", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-p:DesignTimeBuild=" + designTime);
            Assert.True(items.ExitCode == 0, items.Output);
            Assert.Equal(designTime, items.Output.Contains("ArticleCompiler.Generators.dll", StringComparison.Ordinal));
            Assert.Equal(!designTime, items.Output.Contains("SeparateConsumer.Articles.dll", StringComparison.Ordinal));
        }

        // A speakers.yaml in the project (the package's props pick it up) becomes the typed Speakers
        // class, and an article that quotes its key without defining it refers to that same object.
        File.WriteAllText(Path.Combine(folder, "speakers.yaml"), "lavrov:\n  name: Sergei Lavrov\n  role: Russian Foreign Minister\n");
        File.WriteAllText(Path.Combine(folder, "news", "notes.article.md"), "---\nid: notes\ntitle: Notes\n---\n\n\"Words,\"{@lavrov} Lavrov said.\n");
        File.AppendAllText(Path.Combine(folder, "Program.cs"), "Console.WriteLine(ReferenceEquals(Newsroom.Articles.Notes.Quotes[0].Speaker, Newsroom.Speakers.Lavrov) ? Newsroom.Speakers.Lavrov.Role : \"another object\");\n");
        var registered = _packages.Dotnet(folder, new[] { "run" }.Concat(BuildArgs).ToArray());
        Assert.True(registered.ExitCode == 0, registered.Output);
        Assert.Contains("2|Anatoly Antonov\nedited\nRussian Foreign Minister", registered.Output);
    }

    [Fact]
    public void TheToolPackageInstallsArtc()
    {
        var validate = _packages.Run(_packages.InstalledArtc, _packages.Root, "validate", RepositoryPaths.Seed);

        Assert.Equal((0, "2 files checked: 0 errors, 0 warnings.\n"), validate);   // the seed and seeds/speakers.yaml above it
    }

    [Fact]
    public void TheInstalledToolReportsAFifoWithoutOpeningIt()
    {
        // Only stat(2) through Mono.Unix's native library, which the tool must find in its own
        // runtimes/ folder, tells a FIFO apart; without it artc would open the FIFO and wait.
        var fifo = Path.Combine(_packages.Root, "stuck.article.md");
        Assert.Equal(0, _packages.Run("mkfifo", _packages.Root, fifo).ExitCode);

        var validate = _packages.RunWithin(TimeSpan.FromMinutes(2), _packages.InstalledArtc, _packages.Root, "validate", fifo);

        Assert.Equal(2, validate.ExitCode);
        Assert.Contains($"artc: error: cannot read '{fifo}': it is a named pipe (FIFO), not a regular file\n", validate.Output);
    }
}
