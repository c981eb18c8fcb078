using System;
using System.Diagnostics;
using System.Text;
using ArticleCompiler.Benchmarks;
using ArticleCompiler.Validation;
using BenchmarkDotNet.Running;

// 'generator [embedded]': the in-process generator, quickly timed.
// 'corpus-cpu DIR': the CPU of parse + validate of DIR's articles in process, one thread, files in memory.
// 'throughput': parse + validate the seed on one thread for a few seconds and print MB/s.
// 'corpus DIR N': write N copies of the seed with distinct ids into DIR (for the CLI benchmark script).
// 'annotate-eval': artc annotate scored on the gold set; 'raw-corpus DIR N': N raw seed copies.
// 'annotate-eval --polnear DATA [--split S]... [--show N]': artc annotate scored on PolNeAR (train and dev unless named).
// 'sentences --polnear DIR [--show N]': the sentence splitter on PolNeAR, against CoreNLP.
// 'fuzz [--count N] [--seed S] [--out DIR] ...': seeded mutated and adversarial articles through every engine (Fuzzing/).
// Anything else goes to BenchmarkDotNet.
// 'fuzz-corpus DIR N [SEED]': the fuzzer's first N article inputs written as DIR/fNNNNN.article.md, so two
// builds of artc can be compared on them byte for byte (a change meant to keep output alike).
if (args.Length is 3 or 4 && args[0] == "fuzz-corpus")
{
    var inputs = new ArticleCompiler.Benchmarks.Fuzzing.FuzzInputs(args.Length == 4 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1);
    System.IO.Directory.CreateDirectory(args[1]);
    for (var i = 0; i < int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture); i++)
    {
        var input = inputs.Make(i);
        if (!input.IsRegistry)
        {
            System.IO.File.WriteAllBytes(System.IO.Path.Combine(args[1], FormattableString.Invariant($"f{i:D5}.article.md")), input.Bytes);
        }
    }

    return 0;
}

if (args.Length > 0 && args[0] == "fuzz")
{
    return ArticleCompiler.Benchmarks.Fuzzing.FuzzCommand.Run(args);
}

if (args.Length == 2 && args[0] == "corpus-cpu")
{
    return CorpusCpu.Run(args[1]);
}

// 'allocations [N]': bytes per article of parse and validate, and the allocated types sampled over N articles.
if (args.Length is 1 or 2 && args[0] == "allocations")
{
    return AllocationProfile.Run(args.Length == 2 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20000);
}

if (args.Length > 0 && args[0] == "throughput")
{
    var seed = SeedCorpus.Seed;
    var bytes = Encoding.UTF8.GetByteCount(seed);
    var options = new ValidationOptions(DateTimeOffset.UtcNow);
    for (var i = 0; i < 2000; i++)
    {
        ArticleValidator.Validate(seed, options);
    }

    var seconds = args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
    var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    long articles = 0;
    while (watch.Elapsed.TotalSeconds < seconds)
    {
        for (var i = 0; i < 100; i++)
        {
            ArticleValidator.Validate(seed, options);
        }

        articles += 100;
    }

    var megabytesPerSecond = articles * (double)bytes / watch.Elapsed.TotalSeconds / 1e6;
    var allocatedPerArticle = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / articles;

    // On a shared machine the wall clock counts the time other processes had the core; the CPU
    // time of this process (the loop, the GC and the JIT) does not.
    var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
    Console.WriteLine(FormattableString.Invariant($"parse+validate: {articles} articles of {bytes} bytes in {watch.Elapsed.TotalSeconds:F2} s on one thread = {megabytesPerSecond:F1} MB/s, {watch.Elapsed.TotalMilliseconds * 1000 / articles:F1} us/article, {allocatedPerArticle / 1024.0:F1} KiB allocated per article; {articles * (double)bytes / cpuSeconds / 1e6:F1} MB per CPU second"));
    return 0;
}

// 'generator-edits [embedded]': the re-run after an edit (a title, a word of a body, the options), in process.
if (args.Length > 0 && args[0] == "generator-edits")
{
    // Issue 16 sets a re-run against a full run: both are measured here, warm, in one process.
    var benchmark = new GeneratorBenchmarks { Embedded = args.Length > 1 && args[1] == "embedded" };
    benchmark.Setup();
    for (var i = 0; i < 3; i++)
    {
        benchmark.FirstRunPerArticle();
    }

    var full = Stopwatch.StartNew();
    for (var i = 0; i < 5; i++)
    {
        benchmark.FirstRunPerArticle();
    }

    var fullMilliseconds = full.Elapsed.TotalMilliseconds / 5;
    Console.WriteLine(FormattableString.Invariant($"generator, {GeneratorBenchmarks.Articles} articles, full run: {fullMilliseconds:F1} ms (mean of 5)"));
    foreach (var edit in new[] { "title", "body", "options" })
    {
        benchmark.EditedRunMilliseconds(edit, 10);
        var edited = benchmark.EditedRunMilliseconds(edit, 30);
        Console.WriteLine(FormattableString.Invariant($"generator, {GeneratorBenchmarks.Articles} articles, re-run after a {edit} edit: {edited:F1} ms (mean of 30), {100 * edited / fullMilliseconds:F1}% of a full run"));
    }

    return 0;
}

if (args.Length > 0 && args[0] == "generator")
{
    // 'generator': the in-process generator over 1,000 articles, timed by Stopwatch (a quick look;
    // BenchmarkDotNet's GeneratorBenchmarks is the measurement).
    var benchmark = new GeneratorBenchmarks { Embedded = args.Length > 1 && args[1] == "embedded" };
    benchmark.Setup();
    for (var i = 0; i < 3; i++)
    {
        benchmark.FirstRunPerArticle();
    }

    var runs = 5;
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    var watch = Stopwatch.StartNew();
    for (var i = 0; i < runs; i++)
    {
        benchmark.FirstRunPerArticle();
    }

    // On a shared machine the wall clock counts the time other processes had the core; the
    // process's CPU time (this thread, the GC's and the JIT's) does not.
    cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
    Console.WriteLine(FormattableString.Invariant($"generator: {watch.Elapsed.TotalMilliseconds / runs / GeneratorBenchmarks.Articles:F3} ms per article (parse + validate + emit, {GeneratorBenchmarks.Articles} articles, mean of {runs} runs); CPU {cpu.TotalMilliseconds / runs / GeneratorBenchmarks.Articles:F3} ms per article; {allocated / runs / GeneratorBenchmarks.Articles / 1024.0:F1} KiB allocated per article; GCs per run {(GC.CollectionCount(0) - collections.Item1) / (double)runs:F1}/{(GC.CollectionCount(1) - collections.Item2) / (double)runs:F1}/{(GC.CollectionCount(2) - collections.Item3) / (double)runs:F1} (gen 0/1/2)"));
    return 0;
}

// 'scale [UNITS]': time at n, 2n, 4n of the shapes the fuzz harness found slow, with the growth exponent.
if (args.Length is 1 or 2 && args[0] == "scale")
{
    ScaleFigures.Run(args.Length == 2 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10000);
    return 0;
}

// 'diff-scale N': artc diff's engine on an N-sentence article; 'alignment N': sentence alignment quality over N edited seeds.
if (args.Length == 2 && args[0] == "diff-scale")
{
    DiffBenchmarks.Scale(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

// 'diff-files DIR N': the two revisions diff-scale compares, written as DIR/old.txt and DIR/new.txt for the real CLI.
if (args.Length == 3 && args[0] == "diff-files")
{
    var (oldText, newText) = DiffBenchmarks.Revisions(int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
    System.IO.Directory.CreateDirectory(args[1]);
    System.IO.File.WriteAllText(System.IO.Path.Combine(args[1], "old.txt"), oldText + "\n");
    System.IO.File.WriteAllText(System.IO.Path.Combine(args[1], "new.txt"), newText + "\n");
    return 0;
}

// 'diff-corpus DIR N': an annotated N-sentence article and a light revision of it (2% of its sentences
// edited), as DIR/old.article.md and DIR/new.article.md, for the real CLI (diff-cli.sh with SIZE=N).
if (args.Length == 3 && args[0] == "diff-corpus")
{
    var (oldText, newText) = DiffBenchmarks.AnnotatedRevisions(int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
    System.IO.Directory.CreateDirectory(args[1]);
    System.IO.File.WriteAllText(System.IO.Path.Combine(args[1], "old.article.md"), oldText);
    System.IO.File.WriteAllText(System.IO.Path.Combine(args[1], "new.article.md"), newText);
    return 0;
}

if (args.Length == 2 && args[0] == "alignment")
{
    DiffBenchmarks.Alignment(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (args.Length == 1 && args[0] == "annotate-eval")
{
    AnnotationEvaluation.Print();
    return 0;
}

if (args.Length > 1 && args[0] == "annotate-eval")
{
    return BratEvaluation.Run(args);
}

if (args.Length > 0 && args[0] == "sentences")
{
    return SentenceEvaluation.Run(args);
}

if (args.Length == 3 && args[0] == "raw-corpus")
{
    AnnotationEvaluation.WriteRawCorpus(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

// 'realtext --artc ARTC.dll --polnear DATA [--wikinews DIR] [--out DIR]': every command over real news (see realtext.sh).
if (args.Length > 0 && args[0] == "realtext")
{
    return ArticleCompiler.Benchmarks.RealText.RealTextBenchmark.Run(args);
}

// 'many-findings': core and generator on articles with thousands of findings on one line;
// 'many-findings DIR': write those articles into DIR (for many-findings-cli.sh).
if (args.Length >= 1 && args[0] == "many-findings")
{
    if (args.Length == 2)
    {
        ManyFindings.Write(args[1]);
    }
    else
    {
        ManyFindings.Print();
    }

    return 0;
}

if (args.Length == 3 && args[0] == "corpus")
{
    SeedCorpus.Write(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(ValidationBenchmarks).Assembly).Run(args);
return 0;
