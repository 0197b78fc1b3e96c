using GenScene.Studio.Features.Security;

namespace GenScene.Studio.Features.Jobs;

/// <summary>
/// Who is queuing a job right now. The web studio answers with the calling API key (Security) and with who
/// the job is for (a signed-in page user or the key); the worker process has neither.
/// </summary>
public interface IJobOwnerSource
{
    string? CurrentKeyId { get; }

    ContentOwner? CurrentOwner { get; }
}
