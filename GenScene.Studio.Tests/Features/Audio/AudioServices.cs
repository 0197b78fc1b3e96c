using GenScene.Studio.Features.Audio;
using GenScene.Studio.Features.Audio.Loudness;
using GenScene.Studio.Features.Audio.Mixing;
using GenScene.Studio.Features.Audio.Waveforms;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Infrastructure.Startup;
using Microsoft.Extensions.Logging.Abstractions;
using GenScene.Studio.Infrastructure.Media.Loudness;
using GenScene.Studio.Infrastructure.Media.Probing;
using GenScene.Studio.Infrastructure.Media.Tools;

namespace GenScene.Studio.Tests.Features.Audio;

/// <summary>The real audio services over the real ffmpeg, ffprobe and espeak-ng, with the default options.</summary>
public sealed class AudioServices
{
    public AudioServices(AudioOptions? audio = null)
    {
        Options = audio ?? new AudioOptions();
        Runner = new ProcessRunner(NullLogger<ProcessRunner>.Instance);
        Tools = new StudioTools(Microsoft.Extensions.Options.Options.Create(new StudioOptions()));
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        Probe = new AudioProbe(new MediaProbe(Tools, NullLogger<MediaProbe>.Instance));
        Meter = new LoudnessMeter(Runner, Tools);
        Normalizer = new LoudnessNormalizer(Runner, Tools, Probe, Meter, options);
        Waveforms = new WaveformRenderer(Runner, Tools);
        Mixer = new MessageMixer(Runner, Tools, Probe, Meter, Normalizer, options);
        Files = new AudioFiles(Runner, Tools);
    }

    public AudioOptions Options { get; }
    public ProcessRunner Runner { get; }
    public StudioTools Tools { get; }
    public AudioProbe Probe { get; }
    public LoudnessMeter Meter { get; }
    public LoudnessNormalizer Normalizer { get; }
    public WaveformRenderer Waveforms { get; }
    public MessageMixer Mixer { get; }
    public AudioFiles Files { get; }
}
