using NAudio.Wave;

namespace GenScene.Studio.Features.Audio.Waveforms;

/// <summary>
/// The lowest and highest sample (-1 to 1, every channel together) in each of <see cref="Columns"/> equal
/// slices of a WAV, for a page to draw its own waveform at any width. Column i covers sample frames
/// floor(i·frames/columns) up to floor((i+1)·frames/columns); a file shorter than that has one column a frame.
/// </summary>
public sealed record WaveformPeaks(int Columns, int SampleRate, int Channels, long Frames, double DurationSeconds, float[] Min, float[] Max)
{
    /// <summary>Enough for a full-width player; the JSON stays near 12 KB.</summary>
    public const int DefaultColumns = 800;

    /// <summary>Four decimals (-80 dB steps) are finer than any screen shows and keep the JSON small.</summary>
    private const int Decimals = 4;

    public static WaveformPeaks Read(string wavPath, int columns = DefaultColumns)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        using var reader = new WaveFileReader(wavPath);
        var format = reader.WaveFormat;
        var channels = format.Channels;
        var frames = reader.SampleCount; // sample frames: NAudio counts one per channel group
        var count = (int)Math.Min(columns, frames);
        var min = new float[count];
        var max = new float[count];
        var samples = reader.ToSampleProvider();
        var buffer = new float[channels * 4096];
        long frame = 0;
        var column = 0;
        var columnEnd = count == 0 ? long.MaxValue : ColumnStart(1, frames, count);
        var low = 0f;
        var high = 0f;
        var empty = true;
        int read;
        while (column < count && (read = samples.Read(buffer.AsSpan())) > 0)
        {
            for (var i = 0; i + channels <= read && column < count; i += channels, frame++)
            {
                while (frame >= columnEnd)
                {
                    (min[column], max[column]) = (Round(low), Round(high));
                    empty = true;
                    column++;
                    columnEnd = ColumnStart(column + 1, frames, count);
                }
                for (var c = 0; c < channels; c++)
                {
                    var sample = buffer[i + c];
                    if (empty) { low = high = sample; empty = false; }
                    else if (sample < low) { low = sample; }
                    else if (sample > high) { high = sample; }
                }
            }
        }
        if (column < count)
        {
            (min[column], max[column]) = (Round(low), Round(high));
        }
        return new WaveformPeaks(count, format.SampleRate, channels, frames, Math.Round((double)frames / format.SampleRate, 6), min, max);
    }

    private static long ColumnStart(int column, long frames, int columns) => column * frames / columns;

    private static float Round(float value) => (float)Math.Round(value, Decimals);
}
