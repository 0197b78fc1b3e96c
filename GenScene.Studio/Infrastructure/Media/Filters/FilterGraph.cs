namespace GenScene.Studio.Infrastructure.Media.Filters;

/// <summary>A labelled point in a filter graph: an input stream ("0:a") or a chain's output ("s3").</summary>
public readonly record struct FilterPad(string Label)
{
    public static FilterPad AudioInput(int index) => new($"{index}:a");

    public override string ToString() => $"[{Label}]";
}

/// <summary>
/// Builds a -filter_complex value chain by chain. Labels are generated here, so a graph can only
/// be wired from pads this builder handed out.
/// </summary>
public sealed class FilterGraph
{
    private readonly List<string> _chains = [];
    private int _nextLabel;

    /// <summary>Runs <paramref name="inputs"/> through <paramref name="filters"/> and returns the chain's output.</summary>
    public FilterPad Chain(IReadOnlyList<FilterPad> inputs, params FfmpegFilter[] filters) => ChainToMany(inputs, 1, filters)[0];

    public FilterPad Chain(FilterPad input, params FfmpegFilter[] filters) => Chain([input], filters);

    /// <summary>A chain that starts from a source filter (anullsrc) instead of an input.</summary>
    public FilterPad Source(params FfmpegFilter[] filters)
    {
        ArgumentOutOfRangeException.ThrowIfZero(filters.Length);
        var output = new FilterPad($"s{_nextLabel++}");
        _chains.Add(string.Join(',', filters.Select(f => f.ToString())) + output);
        return output;
    }

    /// <summary>For filters with several outputs (asplit).</summary>
    public IReadOnlyList<FilterPad> ChainToMany(IReadOnlyList<FilterPad> inputs, int outputCount, params FfmpegFilter[] filters)
    {
        ArgumentOutOfRangeException.ThrowIfZero(inputs.Count);
        ArgumentOutOfRangeException.ThrowIfZero(filters.Length);
        ArgumentOutOfRangeException.ThrowIfLessThan(outputCount, 1);
        var outputs = Enumerable.Range(0, outputCount).Select(_ => new FilterPad($"s{_nextLabel++}")).ToArray();
        _chains.Add(string.Concat(inputs) + string.Join(',', filters.Select(f => f.ToString())) + string.Concat(outputs));
        return outputs;
    }

    public override string ToString() => string.Join(';', _chains);
}
