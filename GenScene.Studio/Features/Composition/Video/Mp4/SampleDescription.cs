using System.Buffers.Binary;

namespace GenScene.Studio.Features.Composition.Video.Mp4;

/// <summary>The sample description (stsd) of a video track, as compared between pieces and written for the joined track.</summary>
internal static class SampleDescription
{
    /// <summary>Bytes of a visual sample entry before its child boxes (after its own 8-byte header).</summary>
    private const int VisualEntryFields = 78;

    /// <summary>
    /// The stsd payload without the entry's 'btrt' box. ffmpeg writes each file's own bit rates there,
    /// so pieces encoded alike still differ in it; it describes a file, not how to decode it, and the
    /// mux writes the episode's own. Anything not shaped like one visual sample entry is returned as is.
    /// </summary>
    public static byte[] WithoutBitRate(byte[] stsd)
    {
        const int entryStart = 8;
        if (stsd.Length < entryStart + 8 + VisualEntryFields || BinaryPrimitives.ReadUInt32BigEndian(stsd.AsSpan(4)) != 1)
        {
            return stsd;
        }
        var entrySize = (int)BinaryPrimitives.ReadUInt32BigEndian(stsd.AsSpan(entryStart));
        if (entryStart + entrySize != stsd.Length)
        {
            return stsd;
        }
        for (var child = entryStart + 8 + VisualEntryFields; child + 8 <= stsd.Length;)
        {
            var size = (int)BinaryPrimitives.ReadUInt32BigEndian(stsd.AsSpan(child));
            if (size < 8 || child + size > stsd.Length)
            {
                return stsd;
            }
            if (stsd.AsSpan(child + 4, 4).SequenceEqual("btrt"u8))
            {
                var without = new byte[stsd.Length - size];
                stsd.AsSpan(0, child).CopyTo(without);
                stsd.AsSpan(child + size).CopyTo(without.AsSpan(child));
                BinaryPrimitives.WriteUInt32BigEndian(without.AsSpan(entryStart), (uint)(entrySize - size));
                return without;
            }
            child += size;
        }
        return stsd;
    }
}
