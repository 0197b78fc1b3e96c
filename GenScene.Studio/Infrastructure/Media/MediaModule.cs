using GenScene.Studio.Infrastructure.Media.Conversion;
using GenScene.Studio.Infrastructure.Media.Loudness;
using GenScene.Studio.Infrastructure.Media.Probing;
using GenScene.Studio.Infrastructure.Media.Tools;

namespace GenScene.Studio.Infrastructure.Media;

/// <summary>The FFmpeg toolkit every feature shares: where the tools are, probing, loudness measurement and the MP3 encode.</summary>
public static class MediaModule
{
    public static IServiceCollection AddStudioMedia(this IServiceCollection services)
    {
        services.AddSingleton<StudioTools>();
        services.AddSingleton<ToolProbe>();
        services.AddSingleton<MediaProbe>();
        services.AddSingleton<AudioProbe>();
        services.AddSingleton<LoudnessMeter>();
        services.AddSingleton<Mp3Encoder>();
        services.AddSingleton<SpeechReshaper>();
        return services;
    }
}
