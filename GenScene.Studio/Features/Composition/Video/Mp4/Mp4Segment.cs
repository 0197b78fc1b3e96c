using System.Buffers.Binary;

namespace GenScene.Studio.Features.Composition.Video.Mp4;

/// <summary>
/// A piece as the studio encodes it: one video track in a plain (unfragmented) MP4. Holds its file
/// type box, its movie header and where its media data lies; the media data itself stays in the file.
/// </summary>
internal sealed class Mp4Segment
{
    private Mp4Segment(string path, byte[] fileType, Mp4Box movie, long dataStart, long dataLength)
    {
        Path = path;
        FileType = fileType;
        Movie = movie;
        DataStart = dataStart;
        DataLength = dataLength;
    }

    public string Path { get; }

    /// <summary>The whole ftyp box, header included.</summary>
    public byte[] FileType { get; }

    /// <summary>The moov box.</summary>
    public Mp4Box Movie { get; }

    /// <summary>Where the mdat's content starts in the file, and its length.</summary>
    public long DataStart { get; }

    public long DataLength { get; }

    public Mp4Box Track => Movie.Children!.Count(b => b.Type == "trak") == 1
        ? Movie.At("trak")
        : throw new InvalidDataException($"{System.IO.Path.GetFileName(Path)} does not hold exactly one track");

    public Mp4Box SampleTable => Track.At("mdia", "minf", "stbl");

    /// <summary>Reads the top-level boxes: ftyp and moov whole, mdat only as a position.</summary>
    public static Mp4Segment Read(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.RandomAccess);
        byte[]? fileType = null;
        Mp4Box? movie = null;
        long dataStart = -1, dataLength = 0;
        Span<byte> header = stackalloc byte[16];
        for (long position = 0; position < file.Length;)
        {
            file.Position = position;
            var read = file.ReadAtLeast(header, (int)Math.Min(16, file.Length - position), throwOnEndOfStream: false);
            var (type, headerLength, size) = Mp4Box.Header(header[..read], file.Length - position);
            switch (type)
            {
                case "ftyp":
                    fileType = ReadBytes(file, position, size);
                    break;
                case "moov":
                    movie = Mp4Box.ParseAll(ReadBytes(file, position, size)).Single();
                    break;
                case "mdat" when dataStart < 0:
                    (dataStart, dataLength) = (position + headerLength, size - headerLength);
                    break;
                case "mdat":
                    throw new InvalidDataException($"{System.IO.Path.GetFileName(path)} has more than one mdat box");
            }
            position += size;
        }
        if (fileType is null || movie is null || dataStart < 0)
        {
            throw new InvalidDataException($"{System.IO.Path.GetFileName(path)} lacks its ftyp, moov or mdat box");
        }
        return new Mp4Segment(path, fileType, movie, dataStart, dataLength);
    }

    private static byte[] ReadBytes(FileStream file, long position, long size)
    {
        if (size > 64 << 20)
        {
            throw new InvalidDataException("a header box larger than 64 MB");
        }
        var bytes = new byte[size];
        file.Position = position;
        file.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>The movie's or the media's time scale (mvhd or mdhd: version 0 at byte 12, version 1 at byte 20).</summary>
    public static uint TimeScale(Mp4Box header) =>
        BinaryPrimitives.ReadUInt32BigEndian(header.Payload.AsSpan(header.Payload[0] == 1 ? 20 : 12));
}
