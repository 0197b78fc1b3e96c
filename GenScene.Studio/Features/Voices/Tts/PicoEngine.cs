using System.Security.Cryptography;
using System.Text;
using GenScene.Studio.Infrastructure.Media.Conversion;
using GenScene.Studio.Infrastructure.Media.Tools;
using GenScene.Studio.Infrastructure.Processes;

namespace GenScene.Studio.Features.Voices.Tts;

/// <summary>
/// SVOX Pico (pico2wave), offline, with far more natural voices than espeak-ng for Spanish, English
/// (US, UK), German, French and Italian. It speaks at one pace and pitch, so the voice's speed and
/// pitch are applied afterwards by <see cref="SpeechReshaper"/>. Optional: when pico2wave is not
/// installed the engine is not configured and its voices fall back to espeak-ng in the same language.
/// </summary>
public sealed class PicoEngine(ProcessRunner runner, StudioTools tools, ToolProbe probe, SpeechReshaper reshaper) : ITtsEngine
{
    public const string ProviderName = "pico";

    /// <summary>What installs pico: Debian files it in non-free, which scripts/setup.sh switches on first.</summary>
    public const string InstallHint = "run scripts/setup.sh (it enables Debian's non-free section and installs libttspico-utils), then restart the studio";

    /// <summary>Where Debian puts the lingware; its files date the voices for the cache key.</summary>
    private const string LingwareDirectory = "/usr/share/pico/lang";

    /// <summary>Pitch -50..+50 becomes -6..+6 semitones: half an octave each way, as espeak-ng's range sounds.</summary>
    private const double SemitonesPerPitchStep = 6.0 / 50;

    private readonly Lazy<bool> _installed = new(() => ExecutableExists(tools.Pico.Path));
    private string? _version;

    public string Name => ProviderName;

    /// <summary>pico2wave takes its text as one argument; sentences are joined up to this length.</summary>
    public int MaxCharacters => 1000;

    public bool IsConfigured => _installed.Value;

    public async Task<string> VersionAsync(CancellationToken cancellationToken)
    {
        if (_version is null)
        {
            var status = await probe.ProbeAsync(tools.Pico, cancellationToken).ConfigureAwait(false);
            if (!status.Found)
            {
                throw new TtsEngineException(Name, status.Problem ?? "not available");
            }
            _version = "pico2wave lingware " + LingwareFingerprint();
        }
        return _version;
    }

    public async Task<string> SynthesizeAsync(string text, Voice voice, VoiceSettings settings, string directory, CancellationToken cancellationToken)
    {
        var name = Guid.NewGuid().ToString("N");
        var spoken = Path.Combine(directory, name + ".pico.wav");
        var output = Path.Combine(directory, name + ".wav");
        try
        {
            // "--" ends the options, so a text starting with "-" is spoken, not parsed; angle brackets would be read as pico markup.
            await runner.RunAsync(new ProcessSpec(tools.Pico.Path,
                ["-l", voice.ProviderVoiceId, "-w", spoken, "--", WithoutMarkup(text)])
            { Timeout = TimeSpan.FromMinutes(2) }, cancellationToken).ConfigureAwait(false);
            if (settings.Speed == 1.0 && settings.Pitch == 0)
            {
                File.Move(spoken, output);
                return output;
            }
            await reshaper.ReshapeAsync(spoken, output, settings.Speed, settings.Pitch * SemitonesPerPitchStep, cancellationToken).ConfigureAwait(false);
            return output;
        }
        catch (Exception ex) when (ex is ProcessFailedException or ToolNotFoundException)
        {
            throw new TtsEngineException(Name, ex.Message, ex);
        }
        finally
        {
            File.Delete(spoken);
        }
    }

    public static string WithoutMarkup(string text) => text.Replace('<', ' ').Replace('>', ' ');

    private static string LingwareFingerprint()
    {
        var description = new StringBuilder();
        if (Directory.Exists(LingwareDirectory))
        {
            foreach (var file in Directory.GetFiles(LingwareDirectory).Order(StringComparer.Ordinal))
            {
                description.Append(Path.GetFileName(file)).Append(':').Append(new FileInfo(file).Length).Append('\n');
            }
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(description.ToString())))[..12];
    }

    private static bool ExecutableExists(string path)
    {
        if (path.Contains('/'))
        {
            return File.Exists(path);
        }
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries);
        return directories.Any(directory => File.Exists(Path.Combine(directory, path)));
    }
}
