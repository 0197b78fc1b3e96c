using GenScene.Studio.Features.Audio;
using GenScene.Studio.Features.Audio.Loudness;
using GenScene.Studio.Features.Audio.Mixing;
using GenScene.Studio.Features.Audio.Waveforms;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Infrastructure.Startup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using GenScene.Studio.Infrastructure.Media.Loudness;
using GenScene.Studio.Infrastructure.Media.Probing;
using GenScene.Studio.Infrastructure.Media;

namespace GenScene.Studio.Tests.Features.Audio;

public sealed class AudioModuleTests
{
    [Fact]
    public void The_defaults_are_the_documented_targets_and_every_service_resolves_as_one_instance()
    {
        using var host = Build([]);

        var options = host.Services.GetRequiredService<IOptions<AudioOptions>>().Value;
        Assert.Equal((-16, -1.5, 11, 18, 400, 1.0, 192, 48000),
            (options.TargetIntegratedLufs, options.TargetTruePeakDb, options.TargetLoudnessRange, options.DuckingDepthDb,
             options.DuckingReleaseMs, options.BedFadeSeconds, options.Mp3BitrateKbps, options.SampleRate));
        Assert.Same(host.Services.GetRequiredService<MessageMixer>(), host.Services.GetRequiredService<MessageMixer>());
        Assert.NotNull(host.Services.GetRequiredService<AudioProbe>());
        Assert.NotNull(host.Services.GetRequiredService<LoudnessMeter>());
        Assert.NotNull(host.Services.GetRequiredService<LoudnessNormalizer>());
        Assert.NotNull(host.Services.GetRequiredService<WaveformRenderer>());
    }

    [Theory]
    [InlineData("TargetIntegratedLufs", "-3", "Audio:TargetIntegratedLufs must be between -40 and -5.")]
    [InlineData("TargetTruePeakDb", "0.5", "Audio:TargetTruePeakDb must be between -9 and 0.")]
    [InlineData("TargetLoudnessRange", "0", "Audio:TargetLoudnessRange must be between 1 and 50.")]
    [InlineData("DuckingDepthDb", "60", "Audio:DuckingDepthDb must be between 3 and 36.")]
    [InlineData("DuckingReleaseMs", "0", "Audio:DuckingReleaseMs must be between 10 and 5000.")]
    [InlineData("BedFadeSeconds", "-1", "Audio:BedFadeSeconds must be between 0 and 10.")]
    [InlineData("Mp3BitrateKbps", "100", "Audio:Mp3BitrateKbps must be an MP3 bit rate")]
    [InlineData("SampleRate", "96000", "Audio:SampleRate must be 44100 or 48000.")]
    public async Task A_bad_setting_stops_the_start_with_a_message_naming_its_key(string key, string value, string message)
    {
        using var host = Build([new($"Audio:{key}", value)]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(error.Failures, failure => failure.Contains(message, StringComparison.Ordinal));
    }

    private static IHost Build(KeyValuePair<string, string?>[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings);
        // What AddStudioCore provides in the studio.
        builder.Services.AddOptions<StudioOptions>();
        builder.Services.AddSingleton<ProcessRunner>();
        builder.Services.AddStudioMedia();
        builder.AddAudio();
        return builder.Build();
    }
}
