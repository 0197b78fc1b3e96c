using System.Buffers.Binary;

namespace GenScene.Studio.Features.Composition.Video.Mp4;

/// <summary>
/// Joins pieces encoded with the same settings into one MP4 without ffmpeg: their media data is
/// copied one after the other and their sample tables are appended into one track. ffmpeg's concat
/// demuxer did the same but opened and decoded the first frames of every file it read (ADR 0013).
/// Only pieces that agree on everything a decoder reads once per track (codec configuration, time
/// scales) are joined; <see cref="Check"/> says why others are not. A piece whose presentation starts
/// elsewhere (a one-frame piece has no B-frame delay to hide) has its composition offsets moved so
/// that its frames show at their place under the first piece's edit.
/// </summary>
internal static class Mp4Joiner
{
    /// <summary>The sample-table boxes the joiner knows how to append; any other means the piece is not one of ours.</summary>
    private static readonly HashSet<string> KnownTables = ["stsd", "stts", "stss", "ctts", "stsc", "stsz", "stco", "co64"];

    /// <summary>Null when the segments can be joined here, or why not.</summary>
    public static string? Check(IReadOnlyList<Mp4Segment> segments)
    {
        if (segments.Count == 0)
        {
            return "nothing to join";
        }
        var first = segments[0];
        var description = SampleDescription.WithoutBitRate(first.SampleTable.At("stsd").Payload);
        foreach (var segment in segments)
        {
            var name = Path.GetFileName(segment.Path);
            var stbl = segment.SampleTable;
            if (stbl.Children!.Find(b => !KnownTables.Contains(b.Type)) is { } unknown)
            {
                return $"{name} has a '{unknown.Type}' sample table";
            }
            if (!SampleDescription.WithoutBitRate(stbl.At("stsd").Payload).AsSpan().SequenceEqual(description))
            {
                return $"{name} is encoded differently (its sample description differs from the first piece's)";
            }
            if (Mp4Segment.TimeScale(segment.Movie.At("mvhd")) != Mp4Segment.TimeScale(first.Movie.At("mvhd"))
                || Mp4Segment.TimeScale(segment.Track.At("mdia", "mdhd")) != Mp4Segment.TimeScale(first.Track.At("mdia", "mdhd")))
            {
                return $"{name} has another time scale";
            }
            if (EditStart(segment) is null)
            {
                return $"{name} has an edit list of more than one edit";
            }
        }
        return null;
    }

    /// <summary>Writes the joined movie to <paramref name="outputPath"/>: ftyp, mdat, moov (the mux puts the index first).</summary>
    public static async Task JoinAsync(IReadOnlyList<Mp4Segment> segments, string outputPath, CancellationToken cancellationToken)
    {
        if (Check(segments) is { } problem)
        {
            throw new InvalidDataException(problem);
        }
        var first = segments[0];
        var dataLength = segments.Sum(s => s.DataLength);
        var dataStart = first.FileType.Length + 16L; // a 64-bit mdat header: its size is known before anything is written
        var joined = Append(segments, dataStart);
        var movie = Mp4Box.ParseAll(Serialize(first.Movie)).Single(); // a copy to rewrite
        var stbl = movie.At("trak", "mdia", "minf", "stbl");
        var description = Mp4Box.Leaf("stsd", SampleDescription.WithoutBitRate(stbl.At("stsd").Payload));
        stbl.Children!.Clear();
        stbl.Children.Add(description);
        stbl.Children.AddRange(joined.Boxes());
        SetDurations(movie, joined.Duration);

        await using var output = new FileStream(outputPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        await output.WriteAsync(first.FileType, cancellationToken).ConfigureAwait(false);
        var mdat = new byte[16];
        BinaryPrimitives.WriteUInt32BigEndian(mdat, 1);
        "mdat"u8.CopyTo(mdat.AsSpan(4));
        BinaryPrimitives.WriteUInt64BigEndian(mdat.AsSpan(8), (ulong)(16 + dataLength));
        await output.WriteAsync(mdat, cancellationToken).ConfigureAwait(false);
        var buffer = new byte[1 << 20];
        foreach (var segment in segments)
        {
            await using var input = new FileStream(segment.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
            input.Position = segment.DataStart;
            for (var left = segment.DataLength; left > 0;)
            {
                var read = await input.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, left)), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    throw new InvalidDataException($"{Path.GetFileName(segment.Path)} ends inside its media data");
                }
                await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                left -= read;
            }
        }
        await output.WriteAsync(Serialize(movie), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One track's tables from all the pieces': times and offsets appended, sample and chunk numbers
    /// counted on from the pieces before, chunk offsets moved to where the piece's data lands.
    /// </summary>
    private static SampleTables Append(IReadOnlyList<Mp4Segment> segments, long dataStart)
    {
        var tables = segments.Select(s => SampleTables.Read(s.SampleTable)).ToList();
        var joined = new SampleTables
        {
            Offsets = tables.Any(t => t.Offsets is not null) ? [] : null,
            Sync = tables.Any(t => t.Sync is not null) ? [] : null,
        };
        var edit = EditStart(segments[0])!.Value;
        if (segments.Any(s => EditStart(s) != edit))
        {
            joined.Offsets ??= [];
        }
        long samples = 0, chunks = 0, data = dataStart;
        for (var i = 0; i < segments.Count; i++)
        {
            var (segment, table) = (segments[i], tables[i]);
            var shift = checked((int)(edit - EditStart(segment)!.Value));
            foreach (var time in table.Times)
            {
                AddRun(joined.Times, time.Count, time.Delta);
            }
            foreach (var (count, offset) in table.Offsets ?? [(checked((uint)table.SampleCount), 0)])
            {
                if (joined.Offsets is not null)
                {
                    AddRun(joined.Offsets, count, checked(offset + shift));
                }
            }
            joined.Sync?.AddRange((table.Sync ?? [.. Enumerable.Range(1, (int)table.SampleCount).Select(n => (uint)n)]).Select(n => checked((uint)(n + samples))));
            joined.Chunks.AddRange(table.Chunks.Select(c => (checked((uint)(c.FirstChunk + chunks)), c.SamplesPerChunk, c.Description)));
            joined.Sizes.AddRange(table.Sizes);
            foreach (var offset in table.ChunkOffsets)
            {
                if (offset < segment.DataStart || offset > segment.DataStart + segment.DataLength)
                {
                    throw new InvalidDataException($"{Path.GetFileName(segment.Path)} has a chunk outside its media data");
                }
                joined.ChunkOffsets.Add(offset - segment.DataStart + data);
            }
            samples += table.SampleCount;
            chunks += table.ChunkOffsets.Count;
            data += segment.DataLength;
        }
        return joined;
    }

    private static void AddRun<T>(List<(uint Count, T Value)> runs, uint count, T value) where T : IEquatable<T>
    {
        if (runs.Count > 0 && runs[^1].Value.Equals(value))
        {
            runs[^1] = (checked(runs[^1].Count + count), value);
        }
        else
        {
            runs.Add((count, value));
        }
    }

    /// <summary>The track's length in media time (mdhd) and in movie time (mvhd, tkhd, the edit's length).</summary>
    internal static void SetDurations(Mp4Box movie, long mediaDuration)
    {
        var mediaScale = Mp4Segment.TimeScale(movie.At("trak", "mdia", "mdhd"));
        var movieScale = Mp4Segment.TimeScale(movie.At("mvhd"));
        var movieDuration = (long)Math.Round((double)mediaDuration * movieScale / mediaScale, MidpointRounding.AwayFromZero);
        SetDuration(movie.At("mvhd"), 16, 24, movieDuration);
        SetDuration(movie.At("trak", "tkhd"), 20, 28, movieDuration);
        SetDuration(movie.At("trak", "mdia", "mdhd"), 16, 24, mediaDuration);
        if (movie.At("trak").Child("edts")?.Child("elst") is { } elst)
        {
            // One edit over the whole track, from the first piece's start (every piece starts at the same point).
            SetDuration(elst, 8, 8, movieDuration);
        }
    }

    /// <summary>A full box's duration field: 32 bits at <paramref name="offset0"/> in version 0, 64 bits at <paramref name="offset1"/> in version 1.</summary>
    private static void SetDuration(Mp4Box box, int offset0, int offset1, long duration)
    {
        if (box.Payload[0] == 1)
        {
            BinaryPrimitives.WriteUInt64BigEndian(box.Payload.AsSpan(offset1), (ulong)duration);
        }
        else
        {
            BinaryPrimitives.WriteUInt32BigEndian(box.Payload.AsSpan(offset0), checked((uint)duration));
        }
    }

    /// <summary>Where the presentation starts in media time (the edit list's single entry; 0 without one), or null for several edits.</summary>
    private static long? EditStart(Mp4Segment segment)
    {
        if (segment.Track.Child("edts")?.Child("elst") is not { } elst)
        {
            return 0;
        }
        var payload = elst.Payload;
        if (BinaryPrimitives.ReadUInt32BigEndian(payload.AsSpan(4)) != 1)
        {
            return null;
        }
        return payload[0] == 1 ? BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(16)) : BinaryPrimitives.ReadInt32BigEndian(payload.AsSpan(12));
    }

    internal static byte[] Serialize(Mp4Box box)
    {
        using var bytes = new MemoryStream();
        box.WriteTo(bytes);
        return bytes.ToArray();
    }
}
