using GenScene.Studio.Features.Security;
using GenScene.Studio.Components.Layout;
using GenScene.Studio.Features.Audio.Jingles;
using GenScene.Studio.Features.Audio.Loudness;
using GenScene.Studio.Features.Audio.Mixing;
using GenScene.Studio.Features.Audio.Waveforms;
using GenScene.Studio.Infrastructure.Media.Probing;

namespace GenScene.Studio.Features.Audio;

/// <summary>Audio services; they need the process runner and the media toolkit (AddStudioCore).</summary>
public static class AudioModule
{
    public static T AddAudio<T>(this T builder) where T : IHostApplicationBuilder
    {
        builder.Services.AddOptions<AudioOptions>().BindConfiguration(AudioOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<LoudnessNormalizer>();
        builder.Services.AddSingleton<WaveformRenderer>();
        builder.Services.AddSingleton<WaveformPeaksFiles>();
        builder.Services.AddSingleton<MessageMixer>();
        builder.Services.AddOptions<JingleOptions>().BindConfiguration(JingleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<JingleLibrary>();
        builder.Services.AddSingleton(new NavigationEntry("NavJingles", typeof(AudioText), "/jingles", MudBlazor.Icons.Material.Filled.LibraryMusic, 70, StudioRoles.Admin));
        return builder;
    }
}
