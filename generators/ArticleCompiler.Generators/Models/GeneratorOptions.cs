namespace ArticleCompiler.Generators.Models;

/// <summary>The MSBuild properties the generator reads.</summary>
/// <param name="Namespace">The namespace of the generated code (empty: the global namespace).</param>
/// <param name="ProjectDirectory">The project folder, to make article paths relative.</param>
/// <param name="UseUtf8Data">Whether the consumer can compile UTF-8 literals (C# 11 and <c>ReadOnlySpan&lt;T&gt;</c>).</param>
internal sealed record GeneratorOptions(string Namespace, string ProjectDirectory, bool UseUtf8Data);
