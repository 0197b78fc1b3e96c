using System.Text.Json;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Infrastructure.Storage;

namespace GenScene.Studio.Features.Voices.Pages;

/// <summary>
/// The peaks (lowest and highest sample, -1 to 1, per drawn column) a speech job wrote beside its tts.wav (waveform.json), for the page to draw; the one place
/// that knows that file's name and shape. Null when the job has none (jobs from before it existed) or
/// it cannot be read: the page then shows the waveform.png drawn by ffmpeg.
/// </summary>
public sealed record SpeechPeaks(IReadOnlyList<float> Min, IReadOnlyList<float> Max)
{
    public const string FileName = "waveform.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<SpeechPeaks?> LoadAsync(StoragePaths paths, string jobId, CancellationToken cancellationToken)
    {
        var path = Path.Combine(JobWorkspace.FinalDirectory(paths, jobId), FileName);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            await using var stream = File.OpenRead(path);
            var file = await JsonSerializer.DeserializeAsync<PeaksFile>(stream, Json, cancellationToken);
            return file is { Min.Length: > 0, Max.Length: > 0 } ? new SpeechPeaks(file.Min, file.Max) : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            return null;
        }
    }

    /// <summary>{ "min": [..], "max": [..] }: one pair per column, -1 to 1.</summary>
    private sealed record PeaksFile(float[] Min, float[] Max);
}
