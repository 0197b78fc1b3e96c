namespace GenScene.Studio.Infrastructure.Media.Probing;

/// <summary>The length of a PCM WAV file from its header: for files the studio wrote itself, without starting ffprobe.</summary>
public static class WavHeader
{
    private const uint Riff = 0x46464952, Wave = 0x45564157, Format = 0x20746d66, Data = 0x61746164;

    /// <summary>Seconds of audio in the data chunk, or null when the file is not a WAV this can read.</summary>
    public static double? DurationSeconds(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream);
        if (stream.Length < 12 || reader.ReadUInt32() != Riff)
        {
            return null;
        }
        reader.ReadUInt32();
        if (reader.ReadUInt32() != Wave)
        {
            return null;
        }
        uint bytesPerSecond = 0;
        while (stream.Position + 8 <= stream.Length)
        {
            var id = reader.ReadUInt32();
            long size = reader.ReadUInt32();
            if (id == Data)
            {
                // A writer that could not seek back leaves the size at its maximum: the file's end bounds it.
                return bytesPerSecond == 0 ? null : Math.Min(size, stream.Length - stream.Position) / (double)bytesPerSecond;
            }
            var next = stream.Position + size + (size & 1);
            if (id == Format && size >= 12)
            {
                reader.ReadUInt32(); // format tag, channels
                reader.ReadUInt32(); // sample rate
                bytesPerSecond = reader.ReadUInt32();
            }
            stream.Position = next;
        }
        return null;
    }
}
