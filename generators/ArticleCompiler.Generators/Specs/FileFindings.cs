using System;
using ArticleCompiler.Text;
using ArticleCompiler.Validation;

namespace ArticleCompiler.Generators.Specs;

/// <summary>The findings about a whole input file that the generator itself gives, at its first character.</summary>
internal static class FileFindings
{
    private static readonly SourceSpan FirstCharacter = new(0, 0, 1, 1, 1, 1);

    /// <summary>ARTC010: the compiler gave no text for the file.</summary>
    public static Finding Unreadable() =>
        Finding.Create(DiagnosticDescriptors.NotText, FirstCharacter, "the compiler could not read it");

    /// <summary>ARTC300: the generator failed on the file (never thrown into the compiler).</summary>
    public static Finding Failure(Exception exception) =>
        Finding.Create(DiagnosticDescriptors.GeneratorFailure, FirstCharacter, exception.GetType().Name, exception.Message);
}
