namespace GenScene.Studio.Features.Jobs;

/// <summary>The handlers registered in this process, by kind.</summary>
public sealed class JobHandlerRegistry(IEnumerable<IJobHandler> handlers)
{
    private readonly Dictionary<string, IJobHandler> _byKind = handlers.ToDictionary(h => h.Kind, StringComparer.Ordinal);

    public IEnumerable<string> Kinds => _byKind.Keys.Order(StringComparer.Ordinal);

    public bool Knows(string kind) => _byKind.ContainsKey(kind);

    public IJobHandler? Find(string kind) => _byKind.GetValueOrDefault(kind);
}
