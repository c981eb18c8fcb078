using System.IO;
using System.Linq;
using Xunit;

namespace ArticleCompiler.Generators.Tests;

public partial class PackageEndToEndTests
{
    [Fact]
    public void AnArticleListedFromOutsideTheProjectFolderIsCompiledAndEmbeddedLikeTheOthers()
    {
        // The package marks the project's articles while MSBuild evaluates it (a glob under the
        // project's folder); one listed from elsewhere, in upper case, is marked by a target instead.
        var folder = _packages.CreateConsumer("OutsideConsumer", "Console.WriteLine($\"{Newsroom.Articles.All.Count}|{Newsroom.Articles.Elsewhere.Title}|{Newsroom.Articles.Elsewhere.Quotes[0].Speaker.Name}\");\n");
        var shared = Path.Combine(_packages.Root, "shared-articles");
        Directory.CreateDirectory(shared);
        File.WriteAllText(Path.Combine(shared, "Elsewhere.ARTICLE.md"), "---\nid: elsewhere\ntitle: From Elsewhere\nspeakers:\n  x:\n    name: Xavier Example\n---\n\n\"Words from elsewhere,\"{@x} he said.\n");
        var project = Path.Combine(folder, "OutsideConsumer.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("</Project>", "  <ItemGroup>\n    <AdditionalFiles Include=\"../shared-articles/*.md\" />\n  </ItemGroup>\n</Project>"));

        foreach (var separate in new[] { "true", "false" })
        {
            var run = _packages.Dotnet(folder, new[] { "run", "-p:ArticleCompilerSeparateAssembly=" + separate }.Concat(BuildArgs).ToArray());
            Assert.True(run.ExitCode == 0, run.Output);
            Assert.Contains("2|From Elsewhere|Xavier Example", run.Output);
            var assembly = Path.Combine(folder, "bin", "Debug", "net10.0", separate == "true" ? "OutsideConsumer.Articles.dll" : "OutsideConsumer.dll");
            Assert.Contains("ArticleCompiler/..%2Fshared-articles%2FElsewhere.ARTICLE.md", System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(assembly)));
        }
    }
}
