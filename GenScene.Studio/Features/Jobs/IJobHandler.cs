using System.Text.Json;

namespace GenScene.Studio.Features.Jobs;

/// <summary>Does the work of one job kind. Implement <see cref="JobHandler{TPayload}"/> rather than this.</summary>
public interface IJobHandler
{
    string Kind { get; }

    Task RunAsync(string payloadJson, JobContext context, CancellationToken cancellationToken);

    /// <summary>
    /// What people read for a job of this payload ("Speech: 'Hola…'") and the page it belongs to, stored on the job
    /// when it is queued: Jobs names no feature, so each kind describes its own jobs.
    /// </summary>
    JobLabel? Label(string payloadJson, string jobId) => null;
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

    public JobLabel? Label(string payloadJson, string jobId)
    {
        try
        {
            return JsonSerializer.Deserialize<TPayload>(payloadJson, JobJson.Options) is { } payload ? Label(payload, jobId) : null;
        }
        catch (JsonException)
        {
            return null; // the job will die on its payload when it runs; a title is not the place to say so
        }
    }

    /// <summary>The title (and page) of a job of this payload; none when not overridden (lists then show the kind).</summary>
    protected virtual JobLabel? Label(TPayload payload, string jobId) => null;

    /// <summary>Text shortened for a title: its first <paramref name="length"/> characters and an ellipsis.</summary>
    protected static string Quote(string text, int length = 40)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= length ? flat : flat[..(length - 1)].TrimEnd() + "…";
    }
}

/// <param name="Title">What people read for the job.</param>
/// <param name="Link">The studio page of what the job made or belongs to, if it has one.</param>
public sealed record JobLabel(string Title, string? Link = null);

public static class JobJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
