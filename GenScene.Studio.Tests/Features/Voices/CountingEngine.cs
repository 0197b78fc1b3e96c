using System.Collections.Concurrent;
using GenScene.Studio.Features.Voices;
using GenScene.Studio.Features.Voices.Tts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GenScene.Studio.Tests.Features.Voices;

/// <summary>The real espeak-ng engine, with every text it is asked to speak written down.</summary>
public sealed class CountingEngine(EspeakEngine inner) : ITtsEngine
{
    public ConcurrentQueue<string> Texts { get; } = new();
    public int Calls => Texts.Count;

    public string Name => inner.Name;
    public int MaxCharacters => inner.MaxCharacters;
    public bool IsConfigured => inner.IsConfigured;

    public Task<string> VersionAsync(CancellationToken cancellationToken) => inner.VersionAsync(cancellationToken);

    public Task<string> SynthesizeAsync(string text, Voice voice, VoiceSettings settings, string directory, CancellationToken cancellationToken)
    {
        Texts.Enqueue(text);
        return inner.SynthesizeAsync(text, voice, settings, directory, cancellationToken);
    }

    /// <summary>Replaces the studio's engines with one counting espeak-ng.</summary>
    public static void Register(IServiceCollection services)
    {
        services.RemoveAll<ITtsEngine>();
        services.AddSingleton<CountingEngine>();
        services.AddSingleton<ITtsEngine>(s => s.GetRequiredService<CountingEngine>());
    }
}
