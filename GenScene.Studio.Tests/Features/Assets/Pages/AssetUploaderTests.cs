using Bunit;
using GenScene.Studio.Features.Assets;
using GenScene.Studio.Features.Assets.Pages;
using GenScene.Studio.Tests.Features.Audio;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace GenScene.Studio.Tests.Features.Assets.Pages;

/// <summary>The uploader with the real library (ffprobe decides what a file is) on limits of 1 MB per kind.</summary>
public sealed class AssetUploaderTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly StudioFactory _studio = new StudioFactory()
        .With("Assets:MaxImageMegabytes", "1").With("Assets:MaxVideoMegabytes", "1").With("Assets:MaxAudioMegabytes", "1");

    [Fact]
    public async Task A_file_that_is_not_media_is_refused_with_its_name_and_the_reason_and_nothing_is_added()
    {
        await using var ctx = NewContext();
        var uploads = new List<AssetUpload>();
        var cut = ctx.Render<AssetUploader>(p => p.Add(x => x.Uploaded, uploads.Add));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("not a photo", "holiday.jpg"));

        cut.WaitForAssertion(() => Assert.StartsWith("holiday.jpg: The file is not a picture, video or sound", cut.Find(".asset-errors").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Empty(uploads);
        Assert.Empty(await Library.ListAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task A_picture_slot_offers_picture_formats_only_and_refuses_a_sound_in_those_words()
    {
        var sound = await new AudioServices().Files.LavfiAsync(_files.Combine("tone.wav"), "sine=frequency=440:duration=1", "-c:a", "pcm_s16le");
        await using var ctx = NewContext();
        var cut = ctx.Render<AssetUploader>(p => p.Add(x => x.Kinds, [AssetKind.Image]));

        var accept = cut.Find("input.asset-file-input").GetAttribute("accept")!.Split(',');
        Assert.Contains("image/png", accept);
        Assert.Contains(".webp", accept);
        Assert.All(accept, type => Assert.True(type.StartsWith("image/", StringComparison.Ordinal) || type is ".png" or ".jpg" or ".jpeg" or ".jpe" or ".jfif" or ".webp", type));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(await File.ReadAllBytesAsync(sound), "tone.wav"));

        cut.WaitForAssertion(() => Assert.Equal("tone.wav: The file is a WAV sound, not a picture. Upload PNG, JPEG or WebP.", cut.Find(".asset-errors").TextContent.Trim()));
        Assert.Empty(await Library.ListAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task A_file_larger_than_any_asset_may_be_is_refused_before_it_is_read_and_the_others_are_added()
    {
        var picture = await new AudioServices().Files.PngAsync(_files.Combine("harbour.png"));
        await using var ctx = NewContext();
        var uploads = new List<AssetUpload>();
        var cut = ctx.Render<AssetUploader>(p => p.Add(x => x.Uploaded, uploads.Add));

        cut.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromBinary(new byte[(1024 * 1024) + 1], "huge.wav"),
            InputFileContent.CreateFromBinary(await File.ReadAllBytesAsync(picture), "harbour.png"));

        cut.WaitForAssertion(() => Assert.Single(uploads));
        Assert.Equal("huge.wav: larger than 1 MB, the most any asset may be.", cut.Find(".asset-errors").TextContent.Trim());
        Assert.Equal(AssetKind.Image, uploads[0].Asset.Kind);
        Assert.Equal("harbour.png", Assert.Single(await Library.ListAsync(null, CancellationToken.None)).OriginalFileName);
        Assert.Equal("Upload files", cut.Find(".asset-upload-button").TextContent.Trim()); // no longer busy
    }

    [Fact]
    public async Task More_than_twenty_files_at_once_are_refused_and_none_is_added()
    {
        await using var ctx = NewContext();
        var uploads = new List<AssetUpload>();
        var cut = ctx.Render<AssetUploader>(p => p.Add(x => x.Uploaded, uploads.Add));

        cut.FindComponent<InputFile>().UploadFiles([.. Enumerable.Range(1, 21).Select(i => InputFileContent.CreateFromText("x", $"file{i}.png"))]);

        cut.WaitForAssertion(() => Assert.Equal("Choose at most 20 files at once.", cut.Find(".asset-errors").TextContent.Trim()));
        Assert.Empty(uploads);
        Assert.Empty(await Library.ListAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task The_file_dialog_and_the_hint_offer_only_the_kinds_asked_for()
    {
        await using var ctx = NewContext();
        var cut = ctx.Render<AssetUploader>(p => p.Add(x => x.Kinds, [AssetKind.Audio]).Add(x => x.Label, "Upload music"));

        var accept = cut.Find("input.asset-file-input").GetAttribute("accept")!;
        Assert.Contains(".wav", accept, StringComparison.Ordinal);
        Assert.DoesNotContain(".png", accept, StringComparison.Ordinal);
        Assert.Equal("WAV, MP3 or OGG up to 1 MB", cut.Find(".asset-upload-hint").TextContent.Trim());
        Assert.Equal("Upload music", cut.Find(".asset-upload-button").TextContent.Trim());
    }

    private AssetLibrary Library => _studio.Services.GetRequiredService<AssetLibrary>();

    private BunitContext NewContext()
    {
        _studio.CreateClient().Dispose();
        var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        // The uploader speaks through AssetsText (ADR 0055); the test thread's culture reads its English texts.
        ctx.Services.AddLocalization();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddSingleton(Library);
        ctx.Services.AddSingleton(_studio.Services.GetRequiredService<IOptions<AssetOptions>>());
        return ctx;
    }

    public void Dispose()
    {
        _studio.Dispose();
        _files.Dispose();
    }
}
