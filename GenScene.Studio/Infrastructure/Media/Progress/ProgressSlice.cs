namespace GenScene.Studio.Infrastructure.Media.Progress;

/// <summary>
/// Maps a step's 0..1 onto its slice of the caller's progress, synchronously: Progress&lt;T&gt; would
/// post reports to the thread pool, where they can arrive out of order or after the work is done.
/// </summary>
internal sealed class ProgressSlice(IProgress<double>? inner, double start, double share) : IProgress<double>
{
    public void Report(double value) => inner?.Report(start + Math.Clamp(value, 0, 1) * share);
}
