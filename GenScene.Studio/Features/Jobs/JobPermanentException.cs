namespace GenScene.Studio.Features.Jobs;

/// <summary>A failure that another attempt cannot fix (bad payload, unknown kind): the job goes straight to dead.</summary>
public sealed class JobPermanentException(string errorClass, string message, Exception? inner = null) : Exception(message, inner)
{
    public string ErrorClass { get; } = errorClass;
}
