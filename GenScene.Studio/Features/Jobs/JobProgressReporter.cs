namespace GenScene.Studio.Features.Jobs;

/// <summary>
/// Receives a handler's progress. Every real change is published at once (pages, streams); the
/// database gets the latest value at most every few hundred milliseconds, so a handler reporting
/// a thousand times a second does not turn into a thousand writes.
/// </summary>
internal sealed class JobProgressReporter(ClaimedJob job, JobNotifier notifier, JobMetrics metrics, TimeProvider time) : IProgress<JobProgress>
{
    private readonly Lock _gate = new();
    private JobUpdate? _last;
    private bool _dirty;
    private bool _stageChanged;
    private string? _stage;
    private DateTimeOffset _stageStarted;

    public string? StageText { get { lock (_gate) { return _last?.Stage; } } }

    public void Report(JobProgress value)
    {
        var percent = (int)Math.Clamp(Math.Floor(value.Percent), 0, 100);
        JobUpdate update;
        lock (_gate)
        {
            if (_last is not null && _last.Progress == percent && _last.Stage == value.Text)
            {
                return;
            }
            var now = time.GetUtcNow();
            if (value.Stage != _stage)
            {
                EndStage(now);
                _stage = value.Stage;
                _stageStarted = now;
                _stageChanged = true;
            }
            _last = update = new JobUpdate(job.Id, job.Kind, JobState.Running, percent, value.Text, now);
            _dirty = true;
        }
        notifier.Publish(update);
    }

    /// <summary>Closes the current stage's timing (at success).</summary>
    public void Finish()
    {
        lock (_gate)
        {
            EndStage(time.GetUtcNow());
            _stage = null;
        }
    }

    public async Task PersistIfChangedAsync(JobStore store, CancellationToken cancellationToken)
    {
        int progress;
        string? stage;
        bool stageChanged;
        lock (_gate)
        {
            if (!_dirty || _last is null)
            {
                return;
            }
            (progress, stage, stageChanged) = (_last.Progress, _last.Stage, _stageChanged);
            _dirty = false;
            _stageChanged = false;
        }
        await store.SaveProgressAsync(job, progress, stage, stageChanged, cancellationToken).ConfigureAwait(false);
    }

    private void EndStage(DateTimeOffset now)
    {
        if (_stage is not null)
        {
            metrics.Record(job.Kind, _stage, "completed", now - _stageStarted);
        }
    }
}
