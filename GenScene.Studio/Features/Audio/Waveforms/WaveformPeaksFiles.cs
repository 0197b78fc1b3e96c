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

    public async Task<WaveformPeaks> GetOrCreateAsync(string wavPath, string jsonPath, CancellationToken cancellationToken)
    {
        if (File.Exists(jsonPath) && File.GetLastWriteTimeUtc(jsonPath) >= File.GetLastWriteTimeUtc(wavPath))
        {
            await using var existing = File.OpenRead(jsonPath);
            if (await JsonSerializer.DeserializeAsync<WaveformPeaks>(existing, Json, cancellationToken).ConfigureAwait(false) is { } stored)
            {
                return stored;
            }
        }
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
