using GenScene.Studio.Tests.Features.Audio;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Assets;

/// <summary>Files of every accepted format made once with the real ffmpeg, and a few that must be refused.</summary>
public sealed class AssetSamples : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _directory = new("genscene-assets");

    public AudioFiles Files { get; } = new AudioServices().Files;

    public string this[string name] => _directory.Combine(name);

    public async Task InitializeAsync()
    {
        await Files.LavfiAsync(this["picture.png"], "testsrc2=size=320x240", "-frames:v", "1");
        await Files.LavfiAsync(this["photo.jpg"], "testsrc2=size=640x360", "-frames:v", "1");
        await Files.LavfiAsync(this["sticker.webp"], "testsrc2=size=200x100", "-frames:v", "1", "-c:v", "libwebp");
        await Files.FfmpegAsync("-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=2", "-f", "lavfi", "-i", "sine=duration=2",
            "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", this["clip.mp4"]);
        await Files.FfmpegAsync("-f", "lavfi", "-i", "testsrc2=size=256x144:rate=25:duration=3", "-f", "lavfi", "-i", "sine=duration=3",
            "-c:v", "libvpx-vp9", "-deadline", "realtime", "-c:a", "libopus", "-shortest", this["clip.webm"]);
        await Files.LavfiAsync(this["silent.mov"], "testsrc2=size=160x120:rate=25:duration=2", "-c:v", "libx264", "-pix_fmt", "yuv420p");
        await Files.LavfiAsync(this["tone.wav"], "sine=frequency=440:duration=1.5", "-c:a", "pcm_s16le");
        await Files.LavfiAsync(this["tone.mp3"], "sine=frequency=550:duration=2", "-c:a", "libmp3lame");
        await Files.LavfiAsync(this["tone.ogg"], "sine=frequency=660:duration=2.5", "-c:a", "libvorbis");
        // Noise does not compress: well over 1 MB as a PNG.
        await Files.LavfiAsync(this["noise.png"], "testsrc2=size=1280x720,noise=alls=100:allf=t+u", "-frames:v", "1");
        await File.WriteAllTextAsync(this["notes.png"], "These are meeting notes, not a picture.\n");
        File.Copy(this["picture.png"], this["picture.mp4"]);
        var random = new byte[64 * 1024];
        new Random(20240601).NextBytes(random);
        await File.WriteAllBytesAsync(this["random.mp3"], random);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _directory.Dispose();
}
