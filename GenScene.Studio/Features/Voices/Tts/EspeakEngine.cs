using System.Globalization;
using GenScene.Studio.Features.Voices.Lexicon;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Infrastructure.Media.Tools;

namespace GenScene.Studio.Features.Voices.Tts;

/// <summary>
/// espeak-ng, offline, the default. Text goes through a UTF-8 file (-f), never the command line, so
/// any text is safe and long text is fine. Speed maps to words per minute, pitch to -p around 50.
/// </summary>
public sealed class EspeakEngine(ProcessRunner runner, StudioTools tools, ToolProbe probe) : ITtsEngine, IPhonemeReader
{
    public const string ProviderName = "espeak-ng";
    private const int NormalWordsPerMinute = 175;
    private string? _version;

    public string Name => ProviderName;
    public int MaxCharacters => 2000;
    public bool IsConfigured => true;

    public async Task<string> VersionAsync(CancellationToken cancellationToken)
    {
        if (_version is null)
        {
            var status = await probe.ProbeAsync(tools.Espeak, cancellationToken).ConfigureAwait(false);
            _version = status.Version ?? throw new TtsEngineException(Name, status.Problem ?? "not available");
        }
        return _version;
    }

    public async Task<string> SynthesizeAsync(string text, Voice voice, VoiceSettings settings, string directory, CancellationToken cancellationToken)
    {
        var name = Guid.NewGuid().ToString("N");
        var input = Path.Combine(directory, name + ".txt");
        var output = Path.Combine(directory, name + ".wav");
        await File.WriteAllTextAsync(input, text, cancellationToken).ConfigureAwait(false);
        try
        {
            await runner.RunAsync(new ProcessSpec(tools.Espeak.Path,
            [
                "-v", voice.ProviderVoiceId,
                "-s", WordsPerMinute(settings).ToString(CultureInfo.InvariantCulture),
                "-p", Math.Clamp(50 + settings.Pitch, 0, 99).ToString(CultureInfo.InvariantCulture),
                "-b", "1", // the input file is UTF-8
                "-f", input,
                "-w", output,
            ]) { Timeout = TimeSpan.FromMinutes(2) }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ProcessFailedException or ToolNotFoundException)
        {
            throw new TtsEngineException(Name, ex.Message, ex);
        }
        finally
        {
            File.Delete(input);
        }
        return output;
    }

    /// <summary>espeak-ng reads its own phoneme mnemonics between [[ and ]] anywhere in the text.</summary>
    public string? Phonemes(string written, string phonemes, string alphabet) =>
        alphabet == PhonemeAlphabets.Espeak ? $"[[{phonemes}]]" : null;

    public static int WordsPerMinute(VoiceSettings settings) => (int)Math.Round(NormalWordsPerMinute * settings.Speed);
}
