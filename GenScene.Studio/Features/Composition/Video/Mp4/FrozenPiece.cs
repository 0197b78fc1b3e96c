using System.Buffers.Binary;

namespace GenScene.Studio.Features.Composition.Video.Mp4;

/// <summary>
/// A still picture held for many frames, without encoding them: x264 encodes two frames (the picture, then
/// one that changes nothing: every macroblock skipped) and the second frame is repeated, each copy renumbered
/// (frame_num, picture order count) so that it is the next reference frame. Every copy predicts from the frame
/// before it and changes nothing, so all frames decode to the first one. x264 spends 12-15 ms on each such
/// 1080p frame of a busy photograph (FFMPEG_NOTES.md); this writes them for the cost of a copy (ADR 0022).
/// </summary>
internal static class FrozenPiece
{
    /// <summary>Null when <paramref name="template"/> can be held (two frames: a keyframe, then one predicted frame), or why not.</summary>
    public static string? Check(Mp4Segment template)
    {
        var tables = SampleTables.Read(template.SampleTable);
        if (tables.SampleCount != 2 || tables.Sync is not [1] || tables.Times.Sum(t => t.Count) != 2 || tables.Times.Count != 1)
        {
            return "the template is not a keyframe and one predicted frame of equal durations";
        }
        return H264Numbering.From(template.SampleTable.At("stsd").Payload) is null ? "its H.264 headers are of a kind this does not renumber" : null;
    }

    /// <summary>Writes <paramref name="frames"/> frames to <paramref name="outputPath"/>: the template's keyframe, then its second frame repeated.</summary>
    public static async Task WriteAsync(string templatePath, int frames, string outputPath, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(frames, 2);
        var template = Mp4Segment.Read(templatePath);
        if (Check(template) is { } problem)
        {
            throw new InvalidDataException(problem);
        }
        var tables = SampleTables.Read(template.SampleTable);
        var numbering = H264Numbering.From(template.SampleTable.At("stsd").Payload)!;
        var (keyframe, still) = await ReadSamplesAsync(templatePath, tables, cancellationToken).ConfigureAwait(false);
        var (firstFrameNum, firstPoc) = numbering.Numbers(still); // the keyframe's are 0
        // A reference frame (nal_ref_idc > 0) is followed by the next frame_num; copies of a non-reference one keep
        // its frame_num and all predict from the keyframe, whose picture order count theirs must stay within half a cycle of.
        var reference = (still[numbering.LengthSize] & 0x60) != 0;
        if (!reference && (long)firstPoc * (frames - 1) >= 1L << (numbering.Log2MaxPocLsb - 1))
        {
            throw new InvalidDataException("the held frame is not a reference frame and the piece is too long to count its frames");
        }
        var copies = new List<byte[]>(frames - 1) { still };
        for (var k = 2; k < frames; k++)
        {
            copies.Add(numbering.Renumber(still, reference ? firstFrameNum * k : firstFrameNum, firstPoc * k));
        }

        var held = new SampleTables { Sync = [1] };
        held.Times.Add((checked((uint)frames), tables.Times[0].Delta));
        if (tables.Offsets is { } offsets)
        {
            var (first, second) = OffsetsOf(offsets);
            held.Offsets = first == second ? [((uint)frames, first)] : [(1u, first), ((uint)frames - 1, second)];
        }
        held.Chunks.Add((1, checked((uint)frames), 1));
        held.Sizes.Add((uint)keyframe.Length);
        held.Sizes.AddRange(copies.Select(c => (uint)c.Length));
        var dataLength = keyframe.LongLength + copies.Sum(c => c.LongLength);
        var dataStart = template.FileType.Length + 16L;
        held.ChunkOffsets.Add(dataStart);

        var movie = Mp4Box.ParseAll(Mp4Joiner.Serialize(template.Movie)).Single();
        var stbl = movie.At("trak", "mdia", "minf", "stbl");
        var description = stbl.At("stsd");
        stbl.Children!.Clear();
        stbl.Children.Add(description);
        stbl.Children.AddRange(held.Boxes());
        Mp4Joiner.SetDurations(movie, held.Duration);

        await using var output = new FileStream(outputPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        await output.WriteAsync(template.FileType, cancellationToken).ConfigureAwait(false);
        var mdat = new byte[16];
        BinaryPrimitives.WriteUInt32BigEndian(mdat, 1);
        "mdat"u8.CopyTo(mdat.AsSpan(4));
        BinaryPrimitives.WriteUInt64BigEndian(mdat.AsSpan(8), (ulong)(16 + dataLength));
        await output.WriteAsync(mdat, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(keyframe, cancellationToken).ConfigureAwait(false);
        foreach (var copy in copies)
        {
            await output.WriteAsync(copy, cancellationToken).ConfigureAwait(false);
        }
        await output.WriteAsync(Mp4Joiner.Serialize(movie), cancellationToken).ConfigureAwait(false);
    }

    private static (int First, int Second) OffsetsOf(List<(uint Count, int Offset)> offsets) =>
        offsets[0].Count >= 2 ? (offsets[0].Offset, offsets[0].Offset) : (offsets[0].Offset, offsets[1].Offset);

    /// <summary>The template's two samples, found through its chunk table.</summary>
    private static async Task<(byte[] First, byte[] Second)> ReadSamplesAsync(string path, SampleTables tables, CancellationToken cancellationToken)
    {
        var positions = new List<long>();
        for (var chunk = 0; chunk < tables.ChunkOffsets.Count; chunk++)
        {
            var run = tables.Chunks.FindLast(c => c.FirstChunk <= chunk + 1);
            var position = tables.ChunkOffsets[chunk];
            for (var s = 0; s < run.SamplesPerChunk && positions.Count < tables.Sizes.Count; s++)
            {
                positions.Add(position);
                position += tables.Sizes[positions.Count - 1];
            }
        }
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.RandomAccess);
        async Task<byte[]> ReadAsync(int index)
        {
            var bytes = new byte[tables.Sizes[index]];
            file.Position = positions[index];
            await file.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
            return bytes;
        }
        return (await ReadAsync(0).ConfigureAwait(false), await ReadAsync(1).ConfigureAwait(false));
    }
}
