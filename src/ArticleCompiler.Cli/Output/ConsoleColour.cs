using System;
using System.IO;

namespace ArticleCompiler.Cli.Output;

/// <summary>Whether to colour output: only on a terminal, and never when NO_COLOR is set.</summary>
internal static class ConsoleColour
{
    /// <summary>True when <paramref name="output"/> is the console, stdout is a terminal and NO_COLOR is unset or empty.</summary>
    public static bool IsWanted(TextWriter output) =>
        ReferenceEquals(output, Console.Out)
        && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>ANSI escape sequences.</summary>
    public const string Red = "\u001b[1;31m";

    /// <summary>Bold yellow.</summary>
    public const string Yellow = "\u001b[1;33m";

    /// <summary>Bold green.</summary>
    public const string Green = "\u001b[1;32m";

    /// <summary>Bold.</summary>
    public const string Bold = "\u001b[1m";

    /// <summary>Dim.</summary>
    public const string Dim = "\u001b[2m";

    /// <summary>Back to normal.</summary>
    public const string Reset = "\u001b[0m";
}
