using System.Buffers.Binary;

namespace GenScene.Studio.Features.Composition.Video.Mp4;

/// <summary>
/// A track's sample tables (stbl) as lists: decoding times, composition offsets, sync samples,
/// sample-to-chunk runs, sizes and chunk offsets; read from their boxes and written back.
/// </summary>
internal sealed class SampleTables
{
    public List<(uint Count, uint Delta)> Times { get; } = [];

    /// <summary>Composition offsets (ctts), or null when the track has none (every offset 0).</summary>
    public List<(uint Count, int Offset)>? Offsets { get; set; }

    /// <summary>1-based sync sample numbers (stss), or null when every sample is a sync sample.</summary>
    public List<uint>? Sync { get; set; }

    public List<(uint FirstChunk, uint SamplesPerChunk, uint Description)> Chunks { get; } = [];

    public List<uint> Sizes { get; } = [];

    public List<long> ChunkOffsets { get; } = [];

    public long SampleCount => Sizes.Count;

    public long Duration => Times.Sum(t => (long)t.Count * t.Delta);

    public static SampleTables Read(Mp4Box stbl)
    {
        var tables = new SampleTables();
        var stts = Entries(stbl.At("stts"), 8);
        foreach (var e in stts)
        {
            tables.Times.Add((U32(e), U32(e.AsSpan(4))));
        }
        if (stbl.Child("ctts") is { } ctts)
        {
            tables.Offsets = [.. Entries(ctts, 8).Select(e => (U32(e), BinaryPrimitives.ReadInt32BigEndian(e.AsSpan(4))))];
        }
        if (stbl.Child("stss") is { } stss)
        {
            tables.Sync = [.. Entries(stss, 4).Select(e => U32(e))];
        }
        foreach (var e in Entries(stbl.At("stsc"), 12))
        {
            tables.Chunks.Add((U32(e), U32(e.AsSpan(4)), U32(e.AsSpan(8))));
        }
        var stsz = stbl.At("stsz").Payload;
        var constant = BinaryPrimitives.ReadUInt32BigEndian(stsz.AsSpan(4));
        var count = BinaryPrimitives.ReadUInt32BigEndian(stsz.AsSpan(8));
        for (var i = 0; i < count; i++)
        {
            tables.Sizes.Add(constant != 0 ? constant : BinaryPrimitives.ReadUInt32BigEndian(stsz.AsSpan(12 + 4 * i)));
        }
        if (stbl.Child("co64") is { } co64)
        {
            tables.ChunkOffsets.AddRange(Entries(co64, 8).Select(e => checked((long)BinaryPrimitives.ReadUInt64BigEndian(e))));
        }
        else
        {
            tables.ChunkOffsets.AddRange(Entries(stbl.At("stco"), 4).Select(e => (long)U32(e)));
        }
        if (tables.Times.Sum(t => (long)t.Count) != tables.SampleCount || tables.Offsets?.Sum(o => (long)o.Count) is { } offsets && offsets != tables.SampleCount)
        {
            throw new InvalidDataException("the sample tables do not count the same samples");
        }
        return tables;
    }

    /// <summary>The stbl's children after stsd, in the usual order.</summary>
    public IEnumerable<Mp4Box> Boxes()
    {
        yield return Mp4Box.Leaf("stts", Table(Times.Count, 8, (e, i) => { W(e, Times[i].Count); W(e[4..], Times[i].Delta); }));
        if (Sync is not null)
        {
            yield return Mp4Box.Leaf("stss", Table(Sync.Count, 4, (e, i) => W(e, Sync[i])));
        }
        if (Offsets is not null)
        {
            // Version 1 when an offset is negative (signed offsets), as ffmpeg writes it.
            var version = Offsets.Any(o => o.Offset < 0) ? (byte)1 : (byte)0;
            yield return Mp4Box.Leaf("ctts", Table(Offsets.Count, 8, (e, i) => { W(e, Offsets[i].Count); BinaryPrimitives.WriteInt32BigEndian(e[4..], Offsets[i].Offset); }, version));
        }
        yield return Mp4Box.Leaf("stsc", Table(Chunks.Count, 12, (e, i) => { W(e, Chunks[i].FirstChunk); W(e[4..], Chunks[i].SamplesPerChunk); W(e[8..], Chunks[i].Description); }));
        var stsz = new byte[12 + 4 * Sizes.Count];
        W(stsz.AsSpan(8), checked((uint)Sizes.Count));
        for (var i = 0; i < Sizes.Count; i++)
        {
            W(stsz.AsSpan(12 + 4 * i), Sizes[i]);
        }
        yield return Mp4Box.Leaf("stsz", stsz);
        yield return ChunkOffsets.Any(o => o > uint.MaxValue)
            ? Mp4Box.Leaf("co64", Table(ChunkOffsets.Count, 8, (e, i) => BinaryPrimitives.WriteUInt64BigEndian(e, (ulong)ChunkOffsets[i])))
            : Mp4Box.Leaf("stco", Table(ChunkOffsets.Count, 4, (e, i) => W(e, (uint)ChunkOffsets[i])));
    }

    private delegate void EntryWriter(Span<byte> entry, int index);

    private static byte[] Table(int count, int entrySize, EntryWriter write, byte version = 0)
    {
        var payload = new byte[8 + count * entrySize];
        payload[0] = version;
        W(payload.AsSpan(4), checked((uint)count));
        for (var i = 0; i < count; i++)
        {
            write(payload.AsSpan(8 + i * entrySize, entrySize), i);
        }
        return payload;
    }

    /// <summary>A full box's entries (after version, flags and the entry count), each <paramref name="size"/> bytes.</summary>
    private static List<byte[]> Entries(Mp4Box box, int size)
    {
        var payload = box.Payload;
        var count = BinaryPrimitives.ReadUInt32BigEndian(payload.AsSpan(4));
        if (8 + (long)count * size > payload.Length)
        {
            throw new InvalidDataException($"the '{box.Type}' box lists more entries than it holds");
        }
        var entries = new List<byte[]>((int)count);
        for (var i = 0; i < count; i++)
        {
            entries.Add(payload.AsSpan(8 + i * size, size).ToArray());
        }
        return entries;
    }

    private static uint U32(ReadOnlySpan<byte> bytes) => BinaryPrimitives.ReadUInt32BigEndian(bytes);

    private static void W(Span<byte> bytes, uint value) => BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
}
