using GenScene.Studio.Infrastructure.Media.Filters;

namespace GenScene.Studio.Features.Audio.Mixing;

/// <summary>
/// Where each part is among ffmpeg's inputs, and the figures the graph needs. Input indexes are
/// assigned by <see cref="MessageMixer"/>, which adds the -i arguments in the same order.
/// </summary>
internal sealed record MessagePlan(int SampleRate, int VoiceInput, double VoiceSeconds)
{
    public int? BedInput { get; init; }
    public int? IntroInput { get; init; }
    public int? OutroInput { get; init; }
    public double CrossfadeSeconds { get; init; }
    public double BedFadeSeconds { get; init; }
    public FfmpegFilter? Ducking { get; init; }
}

/// <summary>Builds the message's filter graph: voice over the ducked bed, then intro, body and outro in sequence.</summary>
internal static class MessageGraph
{
    public static (string Graph, FilterPad Output) Message(MessagePlan plan)
    {
        var graph = new FilterGraph();
        var voice = graph.Chain(FilterPad.AudioInput(plan.VoiceInput), AudioFilters.Conform(plan.SampleRate));
        var body = voice;
        if (plan.BedInput is { } bedInput)
        {
            var split = graph.ChainToMany([voice], 2, AudioFilters.Split(2));
            var ducked = DuckedBed(graph, plan, bedInput, key: split[1]);
            body = graph.Chain([split[0], ducked], AudioFilters.MixKeepingLevels(2));
        }

        List<FilterPad> parts = [];
        if (plan.IntroInput is { } intro) { parts.Add(graph.Chain(FilterPad.AudioInput(intro), AudioFilters.Conform(plan.SampleRate))); }
        parts.Add(body);
        if (plan.OutroInput is { } outro) { parts.Add(graph.Chain(FilterPad.AudioInput(outro), AudioFilters.Conform(plan.SampleRate))); }
        var output = Join(graph, parts, plan.CrossfadeSeconds); // before ToString: the join adds chains
        return (graph.ToString(), output);
    }

    /// <summary>Only the bed after ducking, keyed by the voice: how the ducking is checked and heard on its own.</summary>
    public static (string Graph, FilterPad Output) DuckedBedOnly(MessagePlan plan)
    {
        if (plan.BedInput is not { } bedInput)
        {
            throw new ArgumentException("A ducked bed needs a bed.", nameof(plan));
        }
        var graph = new FilterGraph();
        var key = graph.Chain(FilterPad.AudioInput(plan.VoiceInput), AudioFilters.Conform(plan.SampleRate));
        var output = DuckedBed(graph, plan, bedInput, key);
        return (graph.ToString(), output);
    }

    private static FilterPad DuckedBed(FilterGraph graph, MessagePlan plan, int bedInput, FilterPad key)
    {
        var length = plan.VoiceSeconds;
        var fade = Math.Min(plan.BedFadeSeconds, length / 2);
        // The bed input is looped (-stream_loop -1), so the cut to the voice's length is what ends it.
        var bed = graph.Chain(FilterPad.AudioInput(bedInput),
        [
            .. AudioFilters.Conform(plan.SampleRate),
            .. AudioFilters.Trim(0, length),
            AudioFilters.Fade(FadeDirection.In, 0, fade),
            AudioFilters.Fade(FadeDirection.Out, length - fade, fade),
        ]);
        var ducking = plan.Ducking ?? throw new ArgumentException("A bed is always ducked under the voice.", nameof(plan));
        return graph.Chain([bed, key], ducking);
    }

    private static FilterPad Join(FilterGraph graph, List<FilterPad> parts, double crossfadeSeconds)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }
        if (crossfadeSeconds <= 0)
        {
            return graph.Chain(parts, AudioFilters.Concat(parts.Count));
        }
        var joined = parts[0];
        foreach (var next in parts.Skip(1))
        {
            joined = graph.Chain([joined, next], AudioFilters.Crossfade(crossfadeSeconds));
        }
        return joined;
    }
}
