using System.Text;

namespace ArticleCompiler.Parsing;

/// <summary>Punycode (RFC 3492) decoding, for the "xn--" labels of internationalized host names.</summary>
internal static class Punycode
{
    private const int Base = 36;
    private const int TMin = 1;
    private const int TMax = 26;
    private const int Skew = 38;
    private const int Damp = 700;
    private const int InitialBias = 72;
    private const int InitialN = 128;

    /// <summary>The Unicode text <paramref name="encoded"/> stands for; null when it is not valid Punycode.</summary>
    public static string? Decode(string encoded)
    {
        var output = new StringBuilder();
        var delimiter = encoded.LastIndexOf('-');
        var start = 0;
        if (delimiter >= 0)
        {
            for (var j = 0; j < delimiter; j++)
            {
                if (encoded[j] >= 0x80)
                {
                    return null;
                }

                output.Append(encoded[j]);
            }

            start = delimiter + 1;
        }

        var codePoints = new System.Collections.Generic.List<int>();
        for (var j = 0; j < output.Length; j++)
        {
            codePoints.Add(output[j]);
        }

        long n = InitialN;
        long i = 0;
        var bias = InitialBias;
        for (var p = start; p < encoded.Length;)
        {
            var oldI = i;
            long w = 1;
            for (var k = Base; ; k += Base)
            {
                if (p >= encoded.Length)
                {
                    return null;
                }

                var digit = Digit(encoded[p++]);
                if (digit < 0)
                {
                    return null;
                }

                i += digit * w;
                var t = k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;
                if (i > int.MaxValue)
                {
                    return null;
                }

                if (digit < t)
                {
                    break;
                }

                w *= Base - t;
                if (w > int.MaxValue)
                {
                    return null;
                }
            }

            bias = Adapt(i - oldI, codePoints.Count + 1, oldI == 0);
            n += i / (codePoints.Count + 1);
            i %= codePoints.Count + 1;
            if (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF))
            {
                return null;
            }

            codePoints.Insert((int)i, (int)n);
            i++;
        }

        var text = new StringBuilder(codePoints.Count);
        foreach (var codePoint in codePoints)
        {
            text.Append(char.ConvertFromUtf32(codePoint));
        }

        return text.ToString();
    }

    private static int Digit(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= 'A' and <= 'Z' => c - 'A',
        >= '0' and <= '9' => c - '0' + 26,
        _ => -1,
    };

    private static int Adapt(long delta, int points, bool first)
    {
        delta = first ? delta / Damp : delta / 2;
        delta += delta / points;
        var k = 0;
        while (delta > ((Base - TMin) * TMax) / 2)
        {
            delta /= Base - TMin;
            k += Base;
        }

        return (int)(k + (((Base - TMin + 1) * delta) / (delta + Skew)));
    }
}
