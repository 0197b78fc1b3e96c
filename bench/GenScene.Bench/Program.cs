using GenScene.Bench;

// Prints figures; asserts nothing about time. Usage: bench/run.sh [jobs|page|tts|lexicon|compose|compose-10|compose-edit|compose-photos|styles|security|all]
var what = args.FirstOrDefault() ?? "all";
if (what == ComposeBench.ChildMode)
{
    // One measured composition step in its own process (see ComposeBench).
    await ComposeBench.ChildAsync(args[1]);
    return;
}
var root = FindRoot();
var work = Path.Combine(Path.GetTempPath(), $"genscene-bench-{Guid.NewGuid():N}");
Console.WriteLine($"GenScene Studio benchmarks ({Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)");
try
{
    if (what is "jobs" or "all")
    {
        await JobsBench.RunAsync(work);
    }
    if (what is "page" or "all")
    {
        await ProgressToPageBench.RunAsync(root, work);
    }
    if (what == "lexicon")
    {
        LexiconBench.Run(); // the lexicon's figure alone (bench/run.sh tts prints it too)
    }
    if (what is "tts" or "all")
    {
        await TtsBench.RunAsync(root, Path.Combine(work, "tts"));
    }
    if (what is "compose" or "compose-10" or "compose-edit" or "compose-photos" or "all")
    {
        // compose-10 leaves out the 40-scene memory run, compose-edit also the baseline: quicker loops while tuning the 10-scene figures;
        // compose-photos is compose-edit with 12-megapixel JPEG stills. compose, compose-10 and compose-edit run both contents (test
        // patterns in English, busy photographs in Spanish) in interleaved rounds: GENSCENE_BENCH_ROUNDS (3 for compose and compose-10).
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("GENSCENE_BENCH_ROUNDS"), out var r) && r > 0 ? r : what is "compose" or "compose-10" or "all" ? 3 : 1;
        await ComposeBench.RunAsync(Path.Combine(work, "compose"), withForty: what is "compose" or "all", withBaseline: what is not ("compose-edit" or "compose-photos"),
            photos: what == "compose-photos", repeats: rounds, bothContents: what != "compose-photos");
    }
    if (what is "styles" or "all")
    {
        await StylesBench.RunAsync(root, Path.Combine(work, "styles"));
    }
    if (what is "security" or "all")
    {
        await SecurityBench.RunAsync(root, Path.Combine(work, "security"));
    }
}
finally
{
    // GENSCENE_BENCH_KEEP=1 leaves the work directory (data, segments, logs) for inspecting a run.
    if (Environment.GetEnvironmentVariable("GENSCENE_BENCH_KEEP") == "1")
    {
        Console.WriteLine($"work directory kept: {work}");
    }
    else if (Directory.Exists(work)) // the lexicon figure alone writes no files
    {
        Directory.Delete(work, recursive: true);
    }
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "GenScene.Studio.sln")))
        {
            return dir.FullName;
        }
    }
    throw new InvalidOperationException("run from inside the repository");
}
