namespace GenScene.Studio.Features.Voices.Tts;

/// <summary>A speech engine. It writes one file for one piece of text that fits its limit.</summary>
public interface ITtsEngine
{
    /// <summary>The provider name voices carry ("espeak-ng", "elevenlabs").</summary>
    string Name { get; }

    /// <summary>The longest text one call takes; longer text is split at sentence ends.</summary>
    int MaxCharacters { get; }

    /// <summary>Configured and installed (a cloud engine without a key is not).</summary>
    bool IsConfigured { get; }

    /// <summary>Part of every cache key: a new engine version means new audio.</summary>
    Task<string> VersionAsync(CancellationToken cancellationToken);

    /// <summary>Synthesizes <paramref name="text"/> and returns the path of the file written in <paramref name="directory"/>.</summary>
    Task<string> SynthesizeAsync(string text, Voice voice, VoiceSettings settings, string directory, CancellationToken cancellationToken);
}

/// <summary>The engine could not speak now (down, quota, timeout); another engine may.</summary>
public sealed class TtsEngineException(string engine, string message, Exception? inner = null)
    : Exception($"{engine}: {message}", inner)
{
    public string Engine { get; } = engine;
}
