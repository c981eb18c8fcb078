using System.IO;
using System.Linq;
using Xunit;

namespace ArticleCompiler.Generators.Tests;

public partial class PackageEndToEndTests
{
    [Fact]
    public void ALibrarysArticlesReachItsUsersThroughAProjectReferenceAndThroughItsPackage()
    {
        // A library with the seed article and code of its own that uses the typed article.
        var library = _packages.CreateConsumer("NewsLibrary", "namespace Newsroom;\n\npublic static class Desk\n{\n    public static string Ambassador => Articles.RussiaUsSyria.Speakers.Antonov.Name;\n}\n");
        var project = Path.Combine(library, "NewsLibrary.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("<OutputType>Exe</OutputType>", "<OutputType>Library</OutputType><GenerateDocumentationFile>true</GenerateDocumentationFile>"));
        var pack = _packages.Dotnet(library, new[] { "pack", "-o", _packages.Packages, "-p:Version=" + _packages.Version, "-p:IncludeSymbols=true", "-p:SymbolPackageFormat=snupkg" }.Concat(BuildArgs).ToArray());
        Assert.True(pack.ExitCode == 0, pack.Output);
        Assert.DoesNotContain("ArticleCompiler.Generators.ArticleGenerator", pack.Output);   // the generated code documents every public member
        using (var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(_packages.Packages, $"NewsLibrary.{_packages.Version}.nupkg")))
        {
            var entries = package.Entries.Select(e => e.FullName).ToHashSet();
            Assert.Contains("lib/net10.0/NewsLibrary.dll", entries);
            Assert.Contains("lib/net10.0/NewsLibrary.Articles.dll", entries);
            // What IntelliSense shows the package's users about the articles: their documentation.
            using var documentation = new StreamReader(package.GetEntry("lib/net10.0/NewsLibrary.Articles.xml")!.Open());
            var xml = documentation.ReadToEnd();
            Assert.Contains("Anatoly Antonov, Russian Ambassador to the United States", xml);

            // An article's property shows the summary of the article's class (its title and dateline).
            Assert.Matches(@"<member name=""P:[\w.]+\.Articles\.RussiaUsSyria"">\s*<inheritdoc cref=""T:[\w.]+\.Articles\.RussiaUsSyriaArticle""\s*/>", xml);
            Assert.Matches(@"<member name=""T:[\w.]+\.Articles\.RussiaUsSyriaArticle"">\s*<summary>Russia Ready to Increase Cooperation With US on Syria - Ambassador to Washington \(WASHINGTON\)</summary>", xml);
        }

        // The symbol package has the articles' symbols beside the library's own.
        using (var symbols = System.IO.Compression.ZipFile.OpenRead(Path.Combine(_packages.Packages, $"NewsLibrary.{_packages.Version}.snupkg")))
        {
            var entries = symbols.Entries.Select(e => e.FullName).ToHashSet();
            Assert.Contains("lib/net10.0/NewsLibrary.pdb", entries);
            Assert.Contains("lib/net10.0/NewsLibrary.Articles.pdb", entries);
        }

        // One application references the library's project, another its package: both run with the
        // articles' assembly beside their own, and neither compiles the articles again.
        const string Program = "Console.WriteLine($\"{Newsroom.Desk.Ambassador}|{Newsroom.Articles.RussiaUsSyria.Title}\");\n";
        foreach (var reference in new[]
        {
            $"<ProjectReference Include=\"{project}\" />",
            $"<PackageReference Include=\"NewsLibrary\" Version=\"{_packages.Version}\" />",
        })
        {
            var app = Path.Combine(_packages.Root, reference.StartsWith("<Project", System.StringComparison.Ordinal) ? "NewsAppByProject" : "NewsAppByPackage");
            Directory.CreateDirectory(app);
            File.Copy(Path.Combine(library, "nuget.config"), Path.Combine(app, "nuget.config"));
            File.WriteAllText(Path.Combine(app, "NewsApp.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                  </PropertyGroup>
                  <ItemGroup>
                    {reference}
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(app, "Program.cs"), Program);
            var run = _packages.Dotnet(app, new[] { "run" }.Concat(BuildArgs).ToArray());
            Assert.True(run.ExitCode == 0, reference + "\n" + run.Output);
            Assert.Contains("Anatoly Antonov|Russia Ready to Increase Cooperation With US on Syria", run.Output);
            Assert.True(File.Exists(Path.Combine(app, "bin", "Debug", "net10.0", "NewsLibrary.Articles.dll")), run.Output);
        }
    }
}
