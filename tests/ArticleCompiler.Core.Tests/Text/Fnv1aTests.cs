using ArticleCompiler.Text;
using Xunit;

namespace ArticleCompiler.Core.Tests.Text;

public class Fnv1aTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("Moscow is prepared", "")]
    [InlineData("", "\u201Cquoted\u201D")]
    [InlineData("old key", "\u0000new key")]
    public void AHashContinuedWithASecondTextIsTheHashOfTheTwoTogether(string first, string second)
    {
        Assert.Equal(Fnv1a.Hash(first + second), Fnv1a.Append(Fnv1a.Append(Fnv1a.OffsetBasis, first), second));
    }

    [Fact]
    public void TheHashIsFnv1aOverUtf16Units()
    {
        // Published FNV-1a 32-bit values of one-byte inputs ("a" is 0xE40C292C): stable across processes.
        Assert.Equal(0x811C9DC5u, Fnv1a.Hash(string.Empty));
        Assert.Equal(0xE40C292Cu, Fnv1a.Hash("a"));
    }
}
