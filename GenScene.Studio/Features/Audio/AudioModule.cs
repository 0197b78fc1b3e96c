using GenScene.Studio.Features.Security;
using GenScene.Studio.Components.Layout;
using GenScene.Studio.Features.Audio.Jingles;
using GenScene.Studio.Features.Audio.Loudness;
using GenScene.Studio.Features.Audio.Mixing;
using GenScene.Studio.Features.Audio.Probing;
using GenScene.Studio.Features.Audio.Waveforms;

namespace GenScene.Studio.Features.Audio;

/// <summary>Audio services; they need ProcessRunner (AddStudioCore) and StudioTools (AddStudioHealth).</summary>
public static class AudioModule
{
    public static T AddAudio<T>(this T builder) where T : IHostApplicationBuilder
    {
        builder.Services.AddOptions<AudioOptions>().BindConfiguration(AudioOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<MediaProbe>();
        builder.Services.AddSingleton<AudioProbe>();
        builder.Services.AddSingleton<LoudnessMeter>();
        builder.Services.AddSingleton<LoudnessNormalizer>();
        builder.Services.AddSingleton<WaveformRenderer>();
        builder.Services.AddSingleton<MessageMixer>();
        builder.Services.AddOptions<JingleOptions>().BindConfiguration(JingleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<JingleLibrary>();
        builder.Services.AddSingleton(new NavigationEntry("Jingles", "/jingles", MudBlazor.Icons.Material.Filled.LibraryMusic, 70, StudioRoles.Admin));
        return builder;
    }
}
