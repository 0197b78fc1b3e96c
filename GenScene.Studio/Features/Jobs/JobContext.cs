namespace GenScene.Studio.Features.Jobs;

/// <summary>What a handler gets besides its payload: who it is, where to write, how to report progress.</summary>
public sealed class JobContext(ClaimedJob job, IProgress<JobProgress> progress, JobWorkspace workspace)
{
    public string JobId => job.Id;
    public string Kind => job.Kind;
    public int Attempt => job.Attempt;
    public int MaxAttempts => job.MaxAttempts;
    public IProgress<JobProgress> Progress => progress;

    /// <summary>Who queued the job, for results the handler records ("mine" lists); null for the studio itself.</summary>
    public Security.ContentOwner? CreatedBy => job.CreatedBy;

    /// <summary>Scratch directory of this attempt, removed afterwards.</summary>
    public string WorkDirectory => workspace.Directory;

    /// <summary>The path to write an output file to; it is served only once the job has succeeded.</summary>
    public string Output(string fileName, string contentType) => workspace.Output(fileName, contentType);
}
