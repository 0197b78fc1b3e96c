using System.Security.Cryptography;
using GenScene.Studio.Features.Audio;
using GenScene.Studio.Features.Composition.Caching;
using GenScene.Studio.Features.Composition.Sources;

namespace GenScene.Studio.Features.Composition.Soundtrack;

/// <summary>
/// The finished soundtrack's cache key: everything that shapes its bytes. A composition whose sound
/// is unchanged (nothing edited, or only pictures, styles, motion or captions) reuses the encoded AAC
/// instead of mixing, measuring and encoding the whole episode's audio again.
/// </summary>
public static class SoundtrackKey
{
    /// <summary>Raise when the way a soundtrack is built changes, so an old one is not reused.</summary>
    public const int Version = 2; // 2: narration mixed and measured in process

    public static async Task<string> ComputeAsync(IReadOnlyList<PlacedSound> sounds, long totalSamples, SceneMedia? music, double musicLevelDb,
        AudioOptions audio, CompositionOptions composition, CancellationToken cancellationToken)
    {
        var placed = new List<object>(sounds.Count);
        foreach (var sound in sounds)
        {
            // Narration WAVs are hashed (a sentence is a few hundred kB); a stored asset is named by its fingerprint.
            var content = sound.Fingerprint ?? await HashAsync(sound.Path, cancellationToken).ConfigureAwait(false);
            placed.Add(new { content, sound.StartSample, sound.Samples, sound.Loop });
        }
        return SegmentCache.Key(new
        {
            piece = "soundtrack", v = Version, placed, totalSamples, music = music?.Fingerprint, musicLevelDb,
            audio, composition.MusicFadeOutSeconds, aac = SoundtrackBuilder.AacBitrateKbps,
        });
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (file.ConfigureAwait(false))
        {
            return Convert.ToHexString(await SHA256.HashDataAsync(file, cancellationToken).ConfigureAwait(false));
        }
    }
}
