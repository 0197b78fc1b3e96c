using GenScene.Studio.Infrastructure.Media.Probing;
using GenScene.Studio.Tests.Features.Audio;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Infrastructure.Media.Probing;

/// <summary>Sizes read from headers of pictures the real ffmpeg wrote, and of files that are not such pictures.</summary>
public sealed class PictureHeaderTests : IDisposable
{
    private readonly TempDirectory _files = new("genscene-headers");
    private readonly AudioFiles _ffmpeg = new AudioServices().Files;

    [Theory]
    [InlineData("odd.png")]
    [InlineData("odd.jpg")]
    [InlineData("lossy.webp", "-c:v", "libwebp")]
    [InlineData("lossless.webp", "-c:v", "libwebp", "-lossless", "1")]
    public async Task The_size_of_a_picture_ffmpeg_wrote_is_read_from_its_header(string name, params string[] encoder)
    {
        var path = await _ffmpeg.LavfiAsync(_files.Combine(name), "color=c=teal:size=333x171,format=rgb24", ["-frames:v", "1", .. encoder]);

        Assert.Equal(new PictureSize(333, 171), PictureHeader.ReadSize(path));
    }

    [Fact]
    public async Task A_picture_bomb_is_measured_without_decoding_and_other_files_have_no_size()
    {
        var bomb = PictureBomb.WritePng(_files.Combine("bomb.png"), 16000, 16000);
        var truncated = _files.Combine("cut.png");
        await File.WriteAllBytesAsync(truncated, (await File.ReadAllBytesAsync(bomb))[..20]);
        var text = _files.Combine("notes.png");
        await File.WriteAllTextAsync(text, "not a picture");
        var sound = await _ffmpeg.LavfiAsync(_files.Combine("tone.wav"), "sine=duration=0.2");

        Assert.Equal(256_000_000, PictureHeader.ReadSize(bomb)?.Pixels);
        Assert.Null(PictureHeader.ReadSize(truncated));
        Assert.Null(PictureHeader.ReadSize(text));
        Assert.Null(PictureHeader.ReadSize(sound));
    }

    public void Dispose() => _files.Dispose();
}
