using System.Text.Json;

namespace GenScene.Studio.Features.Jobs;

/// <summary>Does the work of one job kind. Implement <see cref="JobHandler{TPayload}"/> rather than this.</summary>
public interface IJobHandler
{
    string Kind { get; }

    Task RunAsync(string payloadJson, JobContext context, CancellationToken cancellationToken);
}

/// <summary>A job kind with a typed payload. A payload that does not deserialize kills the job at once.</summary>
public abstract class JobHandler<TPayload> : IJobHandler
{
    public abstract string Kind { get; }

    public Task RunAsync(string payloadJson, JobContext context, CancellationToken cancellationToken)
    {
        TPayload payload;
        try
        {
            payload = JsonSerializer.Deserialize<TPayload>(payloadJson, JobJson.Options)
                ?? throw new JsonException("the payload is null");
        }
        catch (JsonException ex)
        {
            throw new JobPermanentException("InvalidPayload", $"The payload is not a valid {typeof(TPayload).Name} for '{Kind}': {ex.Message}", ex);
        }
        return RunAsync(payload, context, cancellationToken);
    }

    protected abstract Task RunAsync(TPayload payload, JobContext context, CancellationToken cancellationToken);
}

public static class JobJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
