using System;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Turns the score the rules give an attribution into the share of such attributions whose
/// speaker is right, so that "confidence 0.70" means seven in ten. The rules' scores order the
/// attributions (a name beside the quote beats a pronoun, a pronoun beats the previous
/// paragraph's speaker); how often each is right was measured on real news.
/// </summary>
/// <remarks>
/// The table is histogram binning with the bins' shares made non-decreasing (pool adjacent
/// violators), measured by <c>annotate-eval --polnear DATA --split train --calibrate</c> on
/// PolNeAR's training split: a bin is the rules' scores from its lower bound up to the next one,
/// and its share is how many of the attributions scored there had the gold speaker, of those
/// whose quote matched a gold quote at 0.8 and whose gold speaker is a name (a pronoun source
/// cannot be checked). See docs/annotate.md ("Confidence").
/// </remarks>
internal static class ConfidenceCalibration
{
    // (lowest raw score of the bin, share right), ascending in both; the comment says how many of
    // the judged attributions were right. Scores below the first bin keep their value: too few to measure.
    // Measured 2026-12-05 on PolNeAR train with the rules of that day.
    private static readonly (double From, double Share)[] Bins =
    {
        (0.54, 0.72), // 368 of 513
        (0.76, 0.77), // 83 of 108
        (0.85, 0.94), // 1333 of 1416
        (0.90, 0.95), // 2051 of 2162
    };

    /// <summary>The calibrated confidence of a raw rule score (both from 0 to 1).</summary>
    public static double Calibrate(double raw)
    {
        var share = raw;
        foreach (var (from, value) in Bins)
        {
            if (raw + 1e-9 < from)
            {
                break;
            }

            share = value;
        }

        return Math.Round(share, 2);
    }
}
