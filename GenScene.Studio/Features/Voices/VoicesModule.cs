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
        builder.Services.AddOptions<ElevenLabsOptions>().BindConfiguration(ElevenLabsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<VoiceCatalog>();
        builder.Services.AddSingleton<SpeechRequestValidator>();
        builder.Services.AddSingleton<AudioCache>();
        builder.Services.AddSingleton<SpeechFinisher>();
        builder.Services.AddSingleton<EspeakEngine>();
        builder.Services.AddSingleton<ITtsEngine>(services => services.GetRequiredService<EspeakEngine>());
        // ElevenLabs is registered always and configured only with an API key (TtsEngines skips it without).
        builder.Services.AddHttpClient<ElevenLabsClient>((services, http) =>
            ElevenLabsClient.Configure(http, services.GetRequiredService<IOptions<ElevenLabsOptions>>().Value));
        builder.Services.AddSingleton<ElevenLabsEngine>();
        builder.Services.AddSingleton<ITtsEngine>(services => services.GetRequiredService<ElevenLabsEngine>());
        builder.Services.AddSingleton<ElevenLabsVoiceImporter>();
        builder.Services.AddSingleton<TtsEngines>();
        builder.Services.AddJobHandler<TtsJobHandler>();
        builder.Services.AddHostedService<VoiceSeeder>();
        builder.Services.AddSingleton(new NavigationEntry("Speech", "/speech", "record_voice_over", 20));
        builder.Services.AddSingleton(new NavigationEntry("Voices", "/voices", "groups", 60));
        return builder;
    }
}
