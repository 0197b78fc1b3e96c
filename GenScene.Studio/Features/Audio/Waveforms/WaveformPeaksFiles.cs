using System.Text.Json;

namespace GenScene.Studio.Features.Audio.Waveforms;

/// <summary>
/// The peaks of a WAV kept as JSON beside it (waveform.json next to tts.wav): computed the first time they
/// are asked for, read back from the file every time after. A file older than its WAV is computed again.
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

    public async Task<WaveformPeaks> GetOrCreateAsync(string wavPath, string jsonPath, CancellationToken cancellationToken)
    {
        if (IsCurrent(wavPath, jsonPath))
        {
            await using var existing = File.OpenRead(jsonPath);
            if (await JsonSerializer.DeserializeAsync<WaveformPeaks>(existing, Json, cancellationToken).ConfigureAwait(false) is { } stored)
            {
                return stored;
            }
        }
        return await WriteAsync(wavPath, jsonPath, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsCurrent(string wavPath, string jsonPath) =>
        File.Exists(jsonPath) && File.GetLastWriteTimeUtc(jsonPath) >= File.GetLastWriteTimeUtc(wavPath);

    private static async Task<WaveformPeaks> WriteAsync(string wavPath, string jsonPath, CancellationToken cancellationToken)
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
        return peaks;
    }
}
