using System;
using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>
/// How and when something was said, after the words said: the writer's account of the saying, not the report
/// (<see cref="ClauseReader"/>).
/// </summary>
internal static partial class ClauseReader
{
    // Whether token k opens the writer's account of how a noun-phrase report was made: the go-between ("denied the
    // charges through his lawyer", "via a spokeswoman") or the terms of it ("confirmed the meeting on condition of
    // anonymity"). Not a month ("reported a 2.8 percent jobless rate in June"): as often the report's own time.
    private static bool ObjectTail(IReadOnlyList<TextToken> tokens, int k, int end)
    {
        var t = tokens[k].Text;
        if (t is "through" or "via")
        {
            for (var i = k + 1; i <= end && i <= k + 3; i++)
            {
                if (EnglishLexicon.IsSayingMedium(tokens[i].Text))
                {
                    return true;
                }
            }
        }

        if (t == "on")
        {
            for (var i = k + 1; i <= end && i <= k + 4; i++)
            {
                if (tokens[i].Text == "anonymity")
                {
                    return true;
                }
            }
        }

        return false;
    }
}
