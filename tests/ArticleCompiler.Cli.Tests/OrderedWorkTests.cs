using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ArticleCompiler.Cli.Input;
using Xunit;

namespace ArticleCompiler.Cli.Tests;

public class OrderedWorkTests
{
    [Fact]
    public void ResultsAreHandedOverInItemOrderOnTheCallingThread()
    {
        var items = Enumerable.Range(0, 2000).ToList();
        var handedOver = new List<int>();
        var caller = Environment.CurrentManagedThreadId;
        var threads = new HashSet<int>();

        OrderedWork.Run(items, item =>
        {
            // Uneven work, so that later items are often ready before earlier ones.
            Thread.SpinWait(item % 7 == 0 ? 20000 : 10);
            return item * 2;
        }, result =>
        {
            threads.Add(Environment.CurrentManagedThreadId);
            handedOver.Add(result);
        }, windowPerCore: 4);

        Assert.Equal(items.Select(item => item * 2), handedOver);
        Assert.Equal(new[] { caller }, threads);
    }

    [Fact]
    public void AFailureIsThrownInItsTurnAfterEveryEarlierResult()
    {
        var handedOver = new List<int>();

        var thrown = Assert.Throws<InvalidOperationException>(() => OrderedWork.Run(
            Enumerable.Range(0, 500).ToList(),
            item => item == 300 ? throw new InvalidOperationException("item 300") : item,
            handedOver.Add,
            windowPerCore: 16));

        Assert.Equal("item 300", thrown.Message);
        Assert.Equal(Enumerable.Range(0, 300), handedOver);
    }

    [Fact]
    public void NoItemsIsNoWork()
    {
        OrderedWork.Run(Array.Empty<string>(), item => item, _ => Assert.Fail("nothing to hand over"), windowPerCore: 1);
    }
}
