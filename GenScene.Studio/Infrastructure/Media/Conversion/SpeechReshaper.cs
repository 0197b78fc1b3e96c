using System.Globalization;
using GenScene.Studio.Infrastructure.Media.Tools;
using GenScene.Studio.Infrastructure.Processes;

namespace GenScene.Studio.Infrastructure.Media.Conversion;

/// <summary>
/// Changes the pace and pitch of finished speech for engines that cannot (pico2wave has no flags for
/// them, and its markup moved the pace by less than asked: level 150 gave 1.2x, not 1.5x). Rubber Band
/// stretches time without changing pitch and shifts pitch with the formants kept, so a higher voice
/// still sounds like the same speaker rather than a sped-up tape (asetrate's artefact).
/// </summary>
public sealed class SpeechReshaper(ProcessRunner runner, StudioTools tools)
{
    /// <param name="tempo">1.0 keeps the pace; 2.0 is twice as fast.</param>
    /// <param name="semitones">0 keeps the pitch; +12 is an octave higher.</param>
    public async Task ReshapeAsync(string input, string output, double tempo, double semitones, CancellationToken cancellationToken)
    {
        var pitch = Math.Pow(2, semitones / 12.0);
        var filter = string.Create(CultureInfo.InvariantCulture,
            $"rubberband=tempo={tempo:0.####}:pitch={pitch:0.######}:formant=preserved:pitchq=quality");
        await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path,
        [
            .. FfmpegArguments.Quiet, "-i", FfmpegArguments.File(input),
            "-af", filter, "-c:a", "pcm_s16le", FfmpegArguments.File(output),
        ]) { Timeout = TimeSpan.FromMinutes(5) }, cancellationToken).ConfigureAwait(false);
    }
}
