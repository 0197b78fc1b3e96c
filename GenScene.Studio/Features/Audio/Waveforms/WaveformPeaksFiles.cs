using System.Text.Json;

namespace GenScene.Studio.Features.Audio.Waveforms;

/// <summary>
/// The peaks of a WAV kept as JSON beside it (waveform.json next to tts.wav): computed once, when the WAV is
/// finished (or a cached rendition lacks them), and only read after. A file older than its WAV is computed again.
/// </summary>
public sealed class WaveformPeaksFiles
{
    public const string FileName = "waveform.json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Makes sure the peaks file is there and current, without reading it when it is (a speech cache hit's path).</summary>
    public async Task EnsureAsync(string wavPath, string jsonPath, CancellationToken cancellationToken)
    {
        if (!IsCurrent(wavPath, jsonPath))
        {
            await WriteAsync(wavPath, jsonPath, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The peaks stored at <paramref name="jsonPath"/>, or null when there are none (files from before peaks
    /// existed) or they cannot be read; a page then shows the PNG instead. Never computes.
    /// </summary>
    public static async Task<WaveformPeaks?> ReadAsync(string jsonPath, CancellationToken cancellationToken)
    {
        if (!File.Exists(jsonPath))
        {
            return null;
        }
        try
        {
            await using var stream = File.OpenRead(jsonPath);
            var peaks = await JsonSerializer.DeserializeAsync<WaveformPeaks>(stream, Json, cancellationToken).ConfigureAwait(false);
            return peaks is { Min.Length: > 0, Max.Length: > 0 } ? peaks : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            return null;
        }
    }

    private static bool IsCurrent(string wavPath, string jsonPath) =>
        File.Exists(jsonPath) && File.GetLastWriteTimeUtc(jsonPath) >= File.GetLastWriteTimeUtc(wavPath);

    private static async Task WriteAsync(string wavPath, string jsonPath, CancellationToken cancellationToken)
    {
        var peaks = WaveformPeaks.Read(wavPath);
        // Written aside and moved into place: a reader never sees half a file, and two writers of the same
        // peaks (jobs sharing a cached rendition) both end with a whole one.
        var temporary = $"{jsonPath}.{Guid.NewGuid():N}.tmp";
        await using (var stream = File.Create(temporary))
        {
            await JsonSerializer.SerializeAsync(stream, peaks, Json, cancellationToken).ConfigureAwait(false);
        }
        File.Move(temporary, jsonPath, overwrite: true);
    }
}
