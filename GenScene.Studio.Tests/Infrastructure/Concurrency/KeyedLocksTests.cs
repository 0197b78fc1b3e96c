using GenScene.Studio.Infrastructure.Concurrency;

namespace GenScene.Studio.Tests.Infrastructure.Concurrency;

public sealed class KeyedLocksTests
{
    [Fact]
    public async Task A_second_holder_of_the_same_key_waits_for_the_first_and_other_keys_do_not()
    {
        var locks = new KeyedLocks();
        var first = await locks.AcquireAsync("a", CancellationToken.None);

        var second = locks.AcquireAsync("a", CancellationToken.None);
        var other = locks.AcquireAsync("b", CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully);
        Assert.False(second.IsCompleted);
        Assert.Null(locks.TryAcquire("a"));
        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        (await other).Dispose();
        using var a = locks.TryAcquire("a");
        using var b = locks.TryAcquire("b");
        Assert.NotNull(a); // both keys are free again
        Assert.NotNull(b);
    }

    [Fact]
    public async Task A_cancelled_wait_leaves_the_key_to_its_holder_and_then_free()
    {
        var locks = new KeyedLocks();
        var held = await locks.AcquireAsync("a", CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = locks.AcquireAsync("a", cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Null(locks.TryAcquire("a")); // still its holder's
        held.Dispose();
        using var again = locks.TryAcquire("a");
        Assert.NotNull(again);
    }
}
