using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Features.Jobs;

/// <summary>What a caller's own name for a job (<see cref="Job.ExternalReference"/>) may be.</summary>
public static class JobReferences
{
    public const int MaxLength = 200;

    /// <summary>Null when the reference is acceptable (or absent), else what is wrong with it.</summary>
    public static string? Problem(string? reference) =>
        reference is null ? null
        : reference.Trim().Length is 0 || reference.Length > MaxLength ? Texts<JobsText>.Format("ReferenceLength", MaxLength, reference.Length)
        : Infrastructure.Api.UserText.NameProblem("job_id", reference);
}
