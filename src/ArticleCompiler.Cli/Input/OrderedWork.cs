using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace ArticleCompiler.Cli.Input;

/// <summary>
/// Runs one piece of work per item on every core and hands the results over in item order, on the
/// calling thread, as they are ready. The calling thread is one of the workers (PLINQ's ordered
/// merge kept it waiting beside them: one thread more than cores), and workers stay at most a
/// window of items ahead of what is handed over, so memory stays flat however many items.
/// </summary>
internal static class OrderedWork
{
    /// <summary>
    /// <paramref name="work"/> on each of <paramref name="items"/>, then <paramref name="consume"/>
    /// on each result in order. An exception thrown by <paramref name="work"/> is thrown here when
    /// its turn comes, as a loop would throw it. Workers go at most <paramref name="windowPerCore"/>
    /// items per core past the next result to hand over: large for small results, since a worker
    /// that waits gives up its share of a busy machine; small for large ones.
    /// </summary>
    public static void Run<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> work, Action<TResult> consume, int windowPerCore)
    {
        var count = items.Count;
        var results = new TResult[count];
        var failures = new ExceptionDispatchInfo?[count];
        var done = new int[count];
        var next = -1;
        var handedOver = 0;
        var window = Math.Max(1, windowPerCore) * Math.Max(1, Environment.ProcessorCount);
        var stopped = 0;

        bool Step(bool mayWait)
        {
            // A helper thread waits while it is a window ahead; the calling thread never waits
            // here, since only it hands results over.
            while (mayWait && Volatile.Read(ref next) + 1 - Volatile.Read(ref handedOver) >= window && Volatile.Read(ref stopped) == 0)
            {
                Thread.Sleep(1);
            }

            var index = Volatile.Read(ref stopped) == 0 ? Interlocked.Increment(ref next) : count;
            if (index >= count)
            {
                return false;
            }

            try
            {
                results[index] = work(items[index]);
            }
            catch (Exception exception)
            {
                failures[index] = ExceptionDispatchInfo.Capture(exception);
            }

            Volatile.Write(ref done[index], 1);
            return true;
        }

        var helpers = new List<Thread>();
        for (var i = 1; i < Math.Min(Environment.ProcessorCount, count); i++)
        {
            var helper = new Thread(() =>
            {
                while (Step(mayWait: true))
                {
                }
            })
            {
                IsBackground = true,
                Name = "artc worker",
            };
            helper.Start();
            helpers.Add(helper);
        }

        var spin = default(SpinWait);
        while (handedOver < count)
        {
            var worked = Step(mayWait: false);
            var handed = false;
            while (handedOver < count && Volatile.Read(ref done[handedOver]) == 1)
            {
                var index = handedOver;
                var result = results[index];
                results[index] = default!;
                Volatile.Write(ref handedOver, index + 1);
                if (failures[index] is { } failure)
                {
                    Stop(ref stopped, helpers);
                    failure.Throw();
                }

                consume(result);
                handed = true;
            }

            if (worked || handed)
            {
                spin.Reset();
            }
            else
            {
                // Nothing left to start: the next result is still being worked out on another thread.
                spin.SpinOnce();
            }
        }

        Stop(ref stopped, helpers);
    }

    private static void Stop(ref int stopped, List<Thread> helpers)
    {
        Volatile.Write(ref stopped, 1);
        foreach (var helper in helpers)
        {
            helper.Join();
        }
    }
}
