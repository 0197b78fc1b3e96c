namespace GenScene.Studio.Features.Jobs;

/// <summary>
/// Cleanup another feature hands to the studio's one periodic housekeeping (<see cref="JobHousekeeping"/>),
/// which runs it at every cleanup interval; Jobs owns the interface so it never references those features.
/// </summary>
public interface IHousekeepingTask
{
    /// <summary>Does one round of the feature's cleanup and says how many things it removed.</summary>
    Task<int> RunAsync(CancellationToken cancellationToken);
}
