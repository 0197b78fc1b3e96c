using System.Buffers.Binary;
using System.Text;

namespace GenScene.Studio.Features.Composition.Video.Mp4;

/// <summary>
/// One ISO-BMFF box of a movie header: a container whose children are parsed, or a leaf whose
/// payload is kept as read (and may be replaced). Enough to read and rewrite the sample tables of
/// the segments the studio encodes itself; the media data never passes through here.
/// </summary>
internal sealed class Mp4Box
{
    private static readonly HashSet<string> Containers = ["moov", "trak", "edts", "mdia", "minf", "stbl"];

    private Mp4Box(string type, byte[] payload, List<Mp4Box>? children)
    {
        Type = type;
        Payload = payload;
        Children = children;
    }

    public string Type { get; }

    /// <summary>A leaf's content after its 8-byte header (empty for a container).</summary>
    public byte[] Payload { get; set; }

    public List<Mp4Box>? Children { get; }

    public long Size => 8 + (Children is null ? Payload.Length : Children.Sum(c => c.Size));

    public static Mp4Box Leaf(string type, byte[] payload) => new(type, payload, null);

    /// <summary>The boxes in <paramref name="data"/>, containers parsed down to their leaves.</summary>
    public static List<Mp4Box> ParseAll(ReadOnlySpan<byte> data)
    {
        var boxes = new List<Mp4Box>();
        while (!data.IsEmpty)
        {
            var (type, header, size) = Header(data, data.Length);
            var body = data[header..(int)size];
            boxes.Add(Containers.Contains(type) ? new Mp4Box(type, [], ParseAll(body)) : new Mp4Box(type, body.ToArray(), null));
            data = data[(int)size..];
        }
        return boxes;
    }

    /// <summary>A box header: its type, header length and whole size (a size of 0 runs to <paramref name="remaining"/>).</summary>
    public static (string Type, int HeaderLength, long Size) Header(ReadOnlySpan<byte> data, long remaining)
    {
        if (data.Length < 8)
        {
            throw new InvalidDataException("a box header is cut short");
        }
        long size = BinaryPrimitives.ReadUInt32BigEndian(data);
        var type = Encoding.ASCII.GetString(data.Slice(4, 4));
        var header = 8;
        if (size == 1)
        {
            if (data.Length < 16)
            {
                throw new InvalidDataException($"the large box '{type}' has a cut-short header");
            }
            size = checked((long)BinaryPrimitives.ReadUInt64BigEndian(data[8..]));
            header = 16;
        }
        else if (size == 0)
        {
            size = remaining;
        }
        if (size < header || size > remaining)
        {
            throw new InvalidDataException($"the box '{type}' does not fit in what holds it");
        }
        return (type, header, size);
    }

    public Mp4Box? Child(string type) => Children?.Find(c => c.Type == type);

    /// <summary>The box at <paramref name="path"/> below this one, or an error naming the missing box.</summary>
    public Mp4Box At(params string[] path)
    {
        var box = this;
        foreach (var type in path)
        {
            box = box.Child(type) ?? throw new InvalidDataException($"'{box.Type}' has no '{type}' box");
        }
        return box;
    }

    public void WriteTo(Stream output)
    {
        Span<byte> header = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32BigEndian(header, checked((uint)Size));
        Encoding.ASCII.GetBytes(Type, header[4..]);
        output.Write(header);
        if (Children is null)
        {
            output.Write(Payload);
            return;
        }
        foreach (var child in Children)
        {
            child.WriteTo(output);
        }
    }
}
