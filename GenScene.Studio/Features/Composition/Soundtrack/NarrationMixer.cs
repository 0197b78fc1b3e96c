using GenScene.Studio.Infrastructure.Media.Loudness;
using NAudio.Wave;

namespace GenScene.Studio.Features.Composition.Soundtrack;

/// <summary>
/// The foreground of an episode whose sounds are all narration WAVs at the studio's rate, mixed in this process:
/// each sentence added at its sample offset onto silence of the episode's length, measured (<see cref="Bs1770Meter"/>)
/// and written as the float WAV the AAC encoder reads. The same sum ffmpeg's graph made (mono placed at -3 dB on
/// both channels, as its up-mix does), without starting a process that decodes, resamples and mixes dozens of
/// inputs and oversamples the whole track to measure it: on a recompose after a text edit that process was a
/// fixed cost of the whole episode's length (docs/adr/0030-soundtrack-mixed-in-process.md).
/// Anything else (a clip's sound, a looped sound, another rate or format) returns false and goes to ffmpeg.
/// </summary>
public static class NarrationMixer
{
    /// <summary>ffmpeg's mono to stereo up-mix puts the channel on both sides at this level.</summary>
    private const float MonoToStereo = 0.70710678f;

    public static bool TryMix(IReadOnlyList<PlacedSound> sounds, long totalSamples, int sampleRate, string outputWav, out LoudnessMeasurement measured)
    {
        measured = null!;
        if (totalSamples is <= 0 or > int.MaxValue || sounds.Any(s => s.Loop))
        {
            return false;
        }
        var readers = new List<WaveFileReader>();
        try
        {
            foreach (var sound in sounds)
            {
                var reader = Open(sound.Path, sampleRate);
                if (reader is null)
                {
                    return false;
                }
                readers.Add(reader);
            }
            var left = new float[totalSamples];
            var right = new float[totalSamples];
            for (var i = 0; i < sounds.Count; i++)
            {
                Add(readers[i], sounds[i], left, right);
            }
            measured = Bs1770Meter.Measure([left, right], sampleRate);
            Write(left, right, sampleRate, outputWav);
            return true;
        }
        finally
        {
            readers.ForEach(r => r.Dispose());
        }
    }

    /// <summary>A PCM or float WAV of one or two channels at <paramref name="sampleRate"/>; null for anything the mix leaves to ffmpeg.</summary>
    private static WaveFileReader? Open(string path, int sampleRate)
    {
        WaveFileReader reader;
        try
        {
            reader = new WaveFileReader(path);
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException or EndOfStreamException or IOException)
        {
            return null;
        }
        var format = reader.WaveFormat;
        var readable = format.SampleRate == sampleRate && format.Channels is 1 or 2
            && (format.Encoding == WaveFormatEncoding.Pcm && format.BitsPerSample is 16 or 24 or 32
                || format.Encoding == WaveFormatEncoding.IeeeFloat && format.BitsPerSample == 32);
        if (!readable)
        {
            reader.Dispose();
            return null;
        }
        return reader;
    }

    /// <summary>The sound's first <c>Samples</c> samples added from <c>StartSample</c> on, cut at the episode's end.</summary>
    private static void Add(WaveFileReader reader, PlacedSound sound, float[] left, float[] right)
    {
        var provider = reader.ToSampleProvider();
        var channels = provider.WaveFormat.Channels;
        var start = sound.StartSample;
        var wanted = Math.Min(sound.Samples, left.Length - start);
        if (start < 0 || wanted <= 0)
        {
            return;
        }
        var buffer = new float[8192 * channels];
        var position = (int)start;
        var end = (int)(start + wanted);
        while (position < end)
        {
            var frames = Math.Min(buffer.Length / channels, end - position);
            var read = provider.Read(buffer.AsSpan(0, frames * channels)) / channels;
            if (read == 0)
            {
                break; // a sound shorter than its placement leaves silence after it, as atrim did
            }
            for (var f = 0; f < read; f++)
            {
                if (channels == 1)
                {
                    var value = buffer[f] * MonoToStereo;
                    left[position + f] += value;
                    right[position + f] += value;
                }
                else
                {
                    left[position + f] += buffer[2 * f];
                    right[position + f] += buffer[2 * f + 1];
                }
            }
            position += read;
        }
    }

    private static void Write(float[] left, float[] right, int sampleRate, string path)
    {
        using var writer = new WaveFileWriter(path, WaveFormat.CreateIeeeFloatWaveFormat(sampleRate, 2));
        var interleaved = new float[16384];
        for (var offset = 0; offset < left.Length; offset += interleaved.Length / 2)
        {
            var frames = Math.Min(interleaved.Length / 2, left.Length - offset);
            for (var f = 0; f < frames; f++)
            {
                interleaved[2 * f] = left[offset + f];
                interleaved[2 * f + 1] = right[offset + f];
            }
            writer.WriteSamples(interleaved, 0, frames * 2);
        }
    }
}
