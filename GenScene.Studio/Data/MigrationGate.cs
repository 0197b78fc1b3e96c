using GenScene.Studio.Infrastructure.Startup;

namespace GenScene.Studio.Data;

/// <summary>
/// One migrating process per data directory: an exclusive lock on a file beside studio.db. The
/// operating system drops the lock with the process, so a killed start never blocks the next one.
/// </summary>
public sealed class MigrationGate : IAsyncDisposable
{
    // How .NET reports a file that another handle holds: ERROR_SHARING_VIOLATION on Windows, and on
    // Unix the errno of the failed flock(LOCK_EX | LOCK_NB), EWOULDBLOCK.
    private const int SharingViolation = unchecked((int)0x80070020);
    private const int WouldBlockLinux = 11;
    private const int WouldBlockBsd = 35;
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _file;

    private MigrationGate(FileStream file) => _file = file;

    public static async Task<MigrationGate> EnterAsync(string lockFile, TimeSpan timeout, ILogger logger, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        var told = false;
        while (true)
        {
            try
            {
                return new MigrationGate(new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None));
            }
            catch (IOException ex) when (HeldByAnother(ex))
            {
                if (DateTime.UtcNow >= deadline)
                {
                    throw new StudioStartupException(
                        $"Another studio process has been migrating the database for {timeout.TotalMinutes:0} minutes (it holds '{lockFile}'). " +
                        "Stop it, or wait for it to finish, then start again.", ex);
                }
                if (!told)
                {
                    told = true;
                    logger.LogInformation("Waiting for another studio process to finish migrating the database ({LockFile})", lockFile);
                }
                await Task.Delay(Poll, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool HeldByAnother(IOException ex) =>
        ex.HResult == (OperatingSystem.IsWindows() ? SharingViolation : OperatingSystem.IsLinux() ? WouldBlockLinux : WouldBlockBsd);

    // The file stays: deleting it would let a waiter lock the old file while a newcomer locks a new one.
    public ValueTask DisposeAsync() => _file.DisposeAsync();
}
