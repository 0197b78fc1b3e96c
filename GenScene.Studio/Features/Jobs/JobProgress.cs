namespace GenScene.Studio.Features.Jobs;

/// <summary>
/// What a handler reports: percent done and the stage it is in. <paramref name="Stage"/> is a stable
/// name (metrics are kept per stage); <paramref name="Detail"/> says where in it ("scene 3 of 10").
/// </summary>
public readonly record struct JobProgress(double Percent, string Stage, string? Detail = null)
{
    public string Text => Detail is null ? Stage : $"{Stage}: {Detail}";
}
