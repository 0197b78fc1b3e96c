using System.Globalization;
using System.Text.RegularExpressions;

namespace GenScene.Studio.Features.Audio.Waveforms;

/// <summary>An RGB colour, written for ffmpeg as 0xRRGGBB; the only form a colour takes on its way to a filter.</summary>
public readonly partial record struct WaveformColor(byte Red, byte Green, byte Blue)
{
    public static WaveformColor StudioBlue { get; } = new(0x3B, 0x82, 0xF6);

    /// <summary>Accepts "#RRGGBB" or "RRGGBB" (as a colour picker gives it); anything else is refused.</summary>
    public static WaveformColor ParseHex(string text)
    {
        var match = Hex().Match(text ?? "");
        if (!match.Success)
        {
            throw new FormatException($"'{text}' is not a colour in the form #RRGGBB.");
        }
        var rgb = int.Parse(match.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new WaveformColor((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
    }

    public string ToFfmpeg() => $"0x{Red:X2}{Green:X2}{Blue:X2}";

    [GeneratedRegex("^#?([0-9A-Fa-f]{6})$")]
    private static partial Regex Hex();
}
