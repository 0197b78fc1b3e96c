using System.Buffers.Binary;

namespace GenScene.Studio.Infrastructure.Media.Probing;

/// <summary>A picture's size as its header declares it.</summary>
public readonly record struct PictureSize(int Width, int Height)
{
    public long Pixels => (long)Width * Height;
}

/// <summary>
/// The size of a PNG, JPEG or WebP read from the first bytes of the file, without decoding anything.
/// ffprobe cannot do this: for a still picture it decodes the whole image to fill in its report
/// (a 16000x16000 PNG cost it 800 MB and 7 s), so a picture bomb must be measured before ffprobe sees it.
/// </summary>
public static class PictureHeader
{
    /// <summary>How far into a JPEG the size may be looked for (EXIF and ICC segments come first).</summary>
    private const int JpegSearchBytes = 1024 * 1024;

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The declared size, or null when the file is none of these formats or its header is cut short.</summary>
    public static PictureSize? ReadSize(string path)
    {
        using var stream = File.OpenRead(path);
        var head = new byte[(int)Math.Min(stream.Length, JpegSearchBytes)];
        stream.ReadExactly(head);
        return Png(head) ?? Jpeg(head) ?? WebP(head);
    }

    private static PictureSize? Png(ReadOnlySpan<byte> b) =>
        b.Length >= 24 && b[..8].SequenceEqual(PngSignature) && b.Slice(12, 4).SequenceEqual("IHDR"u8)
            ? Size(BinaryPrimitives.ReadUInt32BigEndian(b[16..]), BinaryPrimitives.ReadUInt32BigEndian(b[20..]))
            : null;

    private static PictureSize? Jpeg(ReadOnlySpan<byte> b)
    {
        if (b.Length < 4 || b[0] != 0xFF || b[1] != 0xD8)
        {
            return null;
        }
        var at = 2;
        while (at + 4 <= b.Length)
        {
            if (b[at] != 0xFF)
            {
                return null;
            }
            var marker = b[at + 1];
            if (marker == 0xFF)
            {
                at++; // fill byte
                continue;
            }
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                at += 2; // markers without a length
                continue;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(b[(at + 2)..]);
            // SOF0..SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return at + 9 <= b.Length
                    ? Size(BinaryPrimitives.ReadUInt16BigEndian(b[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(b[(at + 5)..]))
                    : null;
            }
            if (marker == 0xDA || length < 2)
            {
                return null; // image data began without a frame header
            }
            at += 2 + length;
        }
        return null;
    }

    private static PictureSize? WebP(ReadOnlySpan<byte> b)
    {
        if (b.Length < 30 || !b[..4].SequenceEqual("RIFF"u8) || !b.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            return null;
        }
        var chunk = b.Slice(12, 4);
        var data = b[20..];
        if (chunk.SequenceEqual("VP8X"u8))
        {
            // Canvas width and height minus one, 24 bits little-endian each, after 4 bytes of flags.
            return Size(U24(data[4..]) + 1u, U24(data[7..]) + 1u);
        }
        if (chunk.SequenceEqual("VP8L"u8) && data[0] == 0x2F)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[1..]);
            return Size((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }
        if (chunk.SequenceEqual("VP8 "u8) && data[3] == 0x9D && data[4] == 0x01 && data[5] == 0x2A)
        {
            return Size(BinaryPrimitives.ReadUInt16LittleEndian(data[6..]) & 0x3FFFu, BinaryPrimitives.ReadUInt16LittleEndian(data[8..]) & 0x3FFFu);
        }
        return null;
    }

    private static uint U24(ReadOnlySpan<byte> b) => b[0] | ((uint)b[1] << 8) | ((uint)b[2] << 16);

    private static PictureSize? Size(uint width, uint height) =>
        width is > 0 and <= int.MaxValue && height is > 0 and <= int.MaxValue ? new PictureSize((int)width, (int)height) : null;
}
