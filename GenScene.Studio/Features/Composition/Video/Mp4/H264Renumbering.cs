using System.Buffers.Binary;

namespace GenScene.Studio.Features.Composition.Video.Mp4;

/// <summary>
/// What a slice header needs from the sequence parameter set to be renumbered: the widths of frame_num and
/// pic_order_cnt_lsb (ITU-T H.264 7.3.2.1.1), and the length prefix of each NAL unit in a sample (avcC).
/// </summary>
internal sealed record H264Numbering(int Log2MaxFrameNum, int Log2MaxPocLsb, int LengthSize)
{
    /// <summary>
    /// Reads the first SPS of the sample description's avcC. Null for what the renumbering does not handle:
    /// scaling matrices, picture order count types 1 and 2, field coding, separate colour planes.
    /// </summary>
    public static H264Numbering? From(byte[] stsd)
    {
        var at = stsd.AsSpan().IndexOf("avcC"u8);
        if (at < 0 || at + 4 + 8 > stsd.Length)
        {
            return null;
        }
        var config = stsd.AsSpan(at + 4);
        var lengthSize = (config[4] & 3) + 1;
        if ((config[5] & 0x1F) == 0)
        {
            return null;
        }
        var spsLength = BinaryPrimitives.ReadUInt16BigEndian(config[6..]);
        var bits = new BitCursor(H264Escaping.Unescape(config.Slice(8, spsLength)), 8 * 4); // NAL header, profile, constraints, level
        var profile = config[9];
        bits.Ue(); // seq_parameter_set_id
        if (profile is 100 or 110 or 122 or 244 or 44 or 83 or 86 or 118 or 128 or 138 or 139 or 134 or 135)
        {
            if (bits.Ue() == 3) { return null; } // 4:4:4 may code colour planes apart
            bits.Ue(); bits.Ue(); bits.Bit();
            if (bits.Bit() == 1) { return null; } // scaling matrices
        }
        var log2MaxFrameNum = bits.Ue() + 4;
        if (bits.Ue() != 0) { return null; }
        var log2MaxPocLsb = bits.Ue() + 4;
        bits.Ue(); bits.Bit(); bits.Ue(); bits.Ue();
        return bits.Bit() == 1 ? new H264Numbering(log2MaxFrameNum, log2MaxPocLsb, lengthSize) : null;
    }

    /// <summary>The sample's coded slices (NAL type 1) with frame_num and pic_order_cnt_lsb replaced; other NAL units as they are.</summary>
    public byte[] Renumber(ReadOnlySpan<byte> sample, int frameNum, int pocLsb)
    {
        using var output = new MemoryStream(sample.Length + 16);
        Span<byte> prefix = stackalloc byte[4];
        for (var at = 0; at < sample.Length;)
        {
            var length = (int)ReadLength(sample[at..]);
            var nal = sample.Slice(at + LengthSize, length);
            at += LengthSize + length;
            var rewritten = (nal[0] & 0x1F) == 1 ? RenumberSlice(nal, frameNum, pocLsb) : nal.ToArray();
            BinaryPrimitives.WriteUInt32BigEndian(prefix, (uint)rewritten.Length);
            output.Write(prefix[(4 - LengthSize)..]);
            output.Write(rewritten);
        }
        return output.ToArray();
    }

    /// <summary>The frame_num and pic_order_cnt_lsb of the sample's first coded slice.</summary>
    public (int FrameNum, int PocLsb) Numbers(ReadOnlySpan<byte> sample)
    {
        for (var at = 0; at < sample.Length;)
        {
            var length = (int)ReadLength(sample[at..]);
            var nal = sample.Slice(at + LengthSize, length);
            at += LengthSize + length;
            if ((nal[0] & 0x1F) == 1)
            {
                var bits = SliceNumbers(H264Escaping.Unescape(nal));
                return (bits.Read(Log2MaxFrameNum), bits.Read(Log2MaxPocLsb));
            }
        }
        throw new InvalidDataException("the sample holds no coded slice");
    }

    private byte[] RenumberSlice(ReadOnlySpan<byte> nal, int frameNum, int pocLsb)
    {
        var rbsp = H264Escaping.Unescape(nal);
        var bits = SliceNumbers(rbsp);
        // Both fields have fixed widths, so the header keeps its length and the entropy-coded data after it is untouched.
        bits.Write(Log2MaxFrameNum, frameNum & ((1 << Log2MaxFrameNum) - 1));
        bits.Write(Log2MaxPocLsb, pocLsb & ((1 << Log2MaxPocLsb) - 1));
        return H264Escaping.Escape(rbsp);
    }

    /// <summary>A cursor at frame_num: after the NAL header, first_mb_in_slice, slice_type and pic_parameter_set_id.</summary>
    private static BitCursor SliceNumbers(byte[] rbsp)
    {
        var bits = new BitCursor(rbsp, 8);
        bits.Ue(); bits.Ue(); bits.Ue();
        return bits;
    }

    private uint ReadLength(ReadOnlySpan<byte> data) => LengthSize switch
    {
        4 => BinaryPrimitives.ReadUInt32BigEndian(data),
        2 => BinaryPrimitives.ReadUInt16BigEndian(data),
        1 => data[0],
        _ => throw new InvalidDataException($"a NAL length of {LengthSize} bytes"),
    };
}

/// <summary>Emulation prevention (ITU-T H.264 7.4.1): a 0x03 after two zero bytes inside a NAL unit.</summary>
internal static class H264Escaping
{
    public static byte[] Unescape(ReadOnlySpan<byte> nal)
    {
        var rbsp = new List<byte>(nal.Length);
        var zeros = 0;
        foreach (var b in nal)
        {
            if (zeros >= 2 && b == 3)
            {
                zeros = 0;
                continue;
            }
            rbsp.Add(b);
            zeros = b == 0 ? zeros + 1 : 0;
        }
        return [.. rbsp];
    }

    public static byte[] Escape(ReadOnlySpan<byte> rbsp)
    {
        var nal = new List<byte>(rbsp.Length + 8);
        var zeros = 0;
        foreach (var b in rbsp)
        {
            if (zeros >= 2 && b <= 3)
            {
                nal.Add(3);
                zeros = 0;
            }
            nal.Add(b);
            zeros = b == 0 ? zeros + 1 : 0;
        }
        return [.. nal];
    }
}

/// <summary>Reads Exp-Golomb and fixed-width fields from a bit position of an RBSP, and writes fixed-width ones in place.</summary>
internal sealed class BitCursor(byte[] data, int position)
{
    private int _position = position;

    public int Bit()
    {
        if (_position >= data.Length * 8)
        {
            throw new InvalidDataException("the header ends early");
        }
        var bit = (data[_position >> 3] >> (7 - (_position & 7))) & 1;
        _position++;
        return bit;
    }

    public int Read(int width)
    {
        var value = 0;
        for (var i = 0; i < width; i++) { value = value << 1 | Bit(); }
        return value;
    }

    public int Ue()
    {
        var zeros = 0;
        while (Bit() == 0)
        {
            if (++zeros > 31) { throw new InvalidDataException("an Exp-Golomb code longer than 32 bits"); }
        }
        return (1 << zeros) - 1 + Read(zeros);
    }

    public void Write(int width, int value)
    {
        for (var i = width - 1; i >= 0; i--)
        {
            var mask = (byte)(1 << (7 - (_position & 7)));
            data[_position >> 3] = ((value >> i) & 1) == 1 ? (byte)(data[_position >> 3] | mask) : (byte)(data[_position >> 3] & ~mask);
            _position++;
        }
    }
}
