namespace GenScene.Studio.Features.Jobs;

/// <summary>
/// Who is queuing a job right now. The web studio answers with the calling API key (Security); the
/// worker process and pages have none.
/// </summary>
public interface IJobOwnerSource
{
    string? CurrentKeyId { get; }
}
