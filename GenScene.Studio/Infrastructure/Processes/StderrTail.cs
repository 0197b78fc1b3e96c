namespace GenScene.Studio.Infrastructure.Processes;

/// <summary>Keeps the last lines of a stream: ffmpeg can write megabytes of stderr, and only the end says why it failed.</summary>
internal sealed class StderrTail(int maxLines)
{
    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();

    public void Add(string line)
    {
        lock (_gate)
        {
            _lines.Enqueue(line);
            if (_lines.Count > maxLines)
            {
                _lines.Dequeue();
            }
        }
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return string.Join('\n', _lines);
        }
    }
}
