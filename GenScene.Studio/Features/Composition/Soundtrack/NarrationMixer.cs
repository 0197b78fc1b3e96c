using GenScene.Studio.Infrastructure.Media.Loudness;
using System.Runtime.InteropServices;
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
            // Each sentence is read and converted to float on its own core; the sums are then made in order.
            var decoded = new float[sounds.Count][];
            Parallel.For(0, sounds.Count, i => decoded[i] = Decode(readers[i], sounds[i], totalSamples));
            // Mono narration (the usual episode) is the same on both sides: one channel mixed, measured and written twice.
            var mono = readers.All(r => r.WaveFormat.Channels == 1);
            var left = new float[totalSamples];
            var right = mono ? left : new float[totalSamples];
            for (var i = 0; i < sounds.Count; i++)
            {
                Add(decoded[i], readers[i].WaveFormat.Channels, sounds[i].StartSample, left, right);
            }
            // The file is written while the track is measured: neither needs the other, and the AAC encode waits on both.
            var writing = Task.Run(() => Write(left, right, sampleRate, outputWav));
            measured = Bs1770Meter.Measure([left, right], sampleRate);
            writing.GetAwaiter().GetResult();
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

    /// <summary>The sound's first <c>Samples</c> samples (interleaved as stored), cut at the episode's end; shorter when the file is.</summary>
    private static float[] Decode(WaveFileReader reader, PlacedSound sound, long totalSamples)
    {
        var channels = reader.WaveFormat.Channels;
        var wanted = Math.Min(sound.Samples, totalSamples - sound.StartSample);
        if (sound.StartSample < 0 || wanted <= 0)
        {
            return [];
        }
        var provider = reader.ToSampleProvider();
        var samples = new float[wanted * channels];
        var filled = 0;
        while (filled < samples.Length)
        {
            var read = provider.Read(samples.AsSpan(filled, Math.Min(8192 * channels, samples.Length - filled)));
            if (read == 0)
            {
                break; // a sound shorter than its placement leaves silence after it, as atrim did
            }
            filled += read;
        }
        return filled == samples.Length ? samples : samples[..(filled / channels * channels)];
    }

    /// <summary>Adds decoded samples from <paramref name="start"/> on: mono at -3 dB on both sides (once when both sides are one array).</summary>
    private static void Add(float[] samples, int channels, long start, float[] left, float[] right)
    {
        var position = (int)start;
        var frames = samples.Length / channels;
        for (var f = 0; f < frames; f++)
        {
            if (channels == 1)
            {
                var value = samples[f] * MonoToStereo;
                left[position + f] += value;
                if (!ReferenceEquals(left, right))
                {
                    right[position + f] += value;
                }
            }
            else
            {
                left[position + f] += samples[2 * f];
                right[position + f] += samples[2 * f + 1];
            }
        }
    }

    /// <summary>The float WAV, written in blocks of bytes (NAudio's per-sample writer took seconds for a minute of stereo).</summary>
    private static void Write(float[] left, float[] right, int sampleRate, string path)
    {
        using var writer = new WaveFileWriter(path, WaveFormat.CreateIeeeFloatWaveFormat(sampleRate, 2));
        var interleaved = new float[1 << 16];
        for (var offset = 0; offset < left.Length; offset += interleaved.Length / 2)
        {
            var frames = Math.Min(interleaved.Length / 2, left.Length - offset);
            for (var f = 0; f < frames; f++)
            {
                interleaved[2 * f] = left[offset + f];
                interleaved[2 * f + 1] = right[offset + f];
            }
            writer.Write(MemoryMarshal.AsBytes(interleaved.AsSpan(0, frames * 2)));
        }
    }
}
