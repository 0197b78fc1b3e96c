namespace GenScene.Studio.Features.Episodes;

/// <summary>A compose job started for an episode: the episode page lists its renders from these.</summary>
public sealed class EpisodeRender
{
    public required string JobId { get; set; }
    public required string EpisodeId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
