namespace GenScene.Studio.Tests.TestSupport;

/// <summary>
/// Tests that time real signals against a studio process's shutdown timeout run alone: on a 2-core
/// machine, the rest of the suite encoding video beside them starves the process under test.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessLifecycleTests
{
    public const string Name = "process lifecycle";
}
