using System;
using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Contrasts after a report that stay the speaker's (<see cref="ClauseReader"/>): ", while ..." sets a second fact beside
/// the first within one claim more often than it hands the sentence back to the writer.
/// </summary>
internal static partial class ClauseReader
{
    // Whether the ", while" contrast at 'contrast' carries the report on: "said the plant would close, while the depot would
    // stay open" is one claim in two halves. Not when a figure opens it ("40 percent said they backed it, while 9 percent
    // ...": the writer sets two poll results side by side), nor when it holds a report of its own ("while acknowledging that
    // ...", "while her rival said ...").
    private static bool ContrastContinuesReport(ParagraphContext p, int contrast, int sentenceEnd)
    {
        var tokens = p.Tokens;
        if (contrast + 1 > sentenceEnd)
        {
            return false;
        }

        var first = tokens[contrast + 1];
        if (char.IsDigit(first.Text[0]) || EnglishLexicon.IsContrastFigureLead(first.Text))
        {
            return false;
        }

        for (var i = contrast + 1; i <= sentenceEnd; i++)
        {
            if (IsSentenceEnd(tokens[i]))
            {
                break;
            }

            var word = tokens[i].Text;
            if (tokens[i].IsLowerCase && (EnglishLexicon.IsReportingVerb(word) || EnglishLexicon.IsReporterParticiple(word) || EnglishLexicon.IsCoordinatedReport(word))
                && !p.InQuote(tokens[i].Start))
            {
                return false;
            }
        }

        return true;
    }
}
