using GenScene.Studio.Features.Security;
using GenScene.Studio.Components.Layout;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Voices.Tts;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Features.Voices;

public static class VoicesModule
{
    public static T AddVoices<T>(this T builder) where T : IHostApplicationBuilder
    {
        builder.Services.AddOptions<TtsOptions>().BindConfiguration(TtsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<VoiceCatalog>();
        builder.Services.AddSingleton<SpeechRequestValidator>();
        builder.Services.AddSingleton<SpeechHistory>();
        builder.Services.AddSingleton<VoiceSamples>();
        builder.Services.AddSingleton<AudioCache>();
        builder.Services.AddSingleton<Lexicon.LexiconService>();
        builder.Services.AddSingleton<Lexicon.LexiconSamples>();
        builder.Services.AddSingleton<SpeechFinisher>();
        // Registration order is the fallback order after a voice's own engine: the natural offline voice
        // (pico) before espeak-ng, which speaks every language but sounds robotic.
        builder.Services.AddSingleton<PicoEngine>();
        builder.Services.AddSingleton<ITtsEngine>(services => services.GetRequiredService<PicoEngine>());
        builder.Services.AddSingleton<EspeakEngine>();
        builder.Services.AddSingleton<ITtsEngine>(services => services.GetRequiredService<EspeakEngine>());
        builder.Services.AddElevenLabs();
        builder.Services.AddSingleton<TtsEngines>();
        builder.Services.AddSingleton<SpeechSynthesizer>();
        builder.Services.AddJobHandler<TtsJobHandler>();
        builder.Services.AddHostedService<VoiceSeeder>();
        builder.Services.AddSingleton(new NavigationEntry("NavSpeech", typeof(VoicesText), "/speech", MudBlazor.Icons.Material.Filled.RecordVoiceOver, 20));
        builder.Services.AddSingleton(new NavigationEntry("NavVoices", typeof(VoicesText), "/voices", MudBlazor.Icons.Material.Filled.Groups, 60, StudioRoles.Admin));
        // Beside Voices: how words are said is part of how the voices sound.
        builder.Services.AddSingleton(new NavigationEntry("NavPronunciation", typeof(VoicesText), "/pronunciation", MudBlazor.Icons.Material.Filled.Spellcheck, 61, StudioRoles.Admin));
        return builder;
    }

    /// <summary>
    /// The optional cloud engine, always registered, configured only with an API key (TtsEngines
    /// skips an engine that is not). Its own method so tests wire it exactly as the studio does.
    /// </summary>
    public static IServiceCollection AddElevenLabs(this IServiceCollection services)
    {
        services.AddOptions<ElevenLabsOptions>().BindConfiguration(ElevenLabsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient<ElevenLabsClient>((provider, http) =>
            ElevenLabsClient.Configure(http, provider.GetRequiredService<IOptions<ElevenLabsOptions>>().Value));
        services.AddSingleton<ElevenLabsEngine>();
        services.AddSingleton<ITtsEngine>(provider => provider.GetRequiredService<ElevenLabsEngine>());
        services.AddSingleton<ElevenLabsVoiceImporter>();
        return services;
    }
}
