namespace ArticleCompiler.Generators.Models;

/// <summary>The MSBuild properties the generator reads.</summary>
/// <param name="Namespace">The namespace of the generated code (empty: the global namespace).</param>
/// <param name="ProjectDirectory">The project folder, to make article paths relative.</param>
internal sealed record GeneratorOptions(string Namespace, string ProjectDirectory);
