namespace GenScene.Studio.Features.Assets;

/// <summary>A file format the studio accepts, with the content type and extension it is stored and served with.</summary>
public sealed record MediaFormat(string Name, AssetKind Kind, string ContentType, string Extension, params string[] OtherExtensions)
{
    public static readonly MediaFormat Png = new("PNG", AssetKind.Image, "image/png", ".png");
    public static readonly MediaFormat Jpeg = new("JPEG", AssetKind.Image, "image/jpeg", ".jpg", ".jpeg", ".jpe", ".jfif");
    public static readonly MediaFormat WebP = new("WebP", AssetKind.Image, "image/webp", ".webp");
    public static readonly MediaFormat Mp4 = new("MP4", AssetKind.Video, "video/mp4", ".mp4", ".m4v");
    public static readonly MediaFormat Mov = new("MOV", AssetKind.Video, "video/quicktime", ".mov", ".qt");
    public static readonly MediaFormat WebM = new("WebM", AssetKind.Video, "video/webm", ".webm");
    public static readonly MediaFormat Wav = new("WAV", AssetKind.Audio, "audio/wav", ".wav", ".wave");
    public static readonly MediaFormat Mp3 = new("MP3", AssetKind.Audio, "audio/mpeg", ".mp3");
    public static readonly MediaFormat Ogg = new("OGG", AssetKind.Audio, "audio/ogg", ".ogg", ".oga", ".opus");

    public static IReadOnlyList<MediaFormat> All { get; } = [Png, Jpeg, WebP, Mp4, Mov, WebM, Wav, Mp3, Ogg];

    /// <summary>"PNG, JPEG, WebP, MP4, MOV, WebM, WAV, MP3 or OGG", for messages.</summary>
    public static string AcceptedNames { get; } = string.Join(", ", All.SkipLast(1).Select(f => f.Name)) + " or " + All[^1].Name;

    /// <summary>For a file input's accept attribute: the accepted extensions of one kind, or of all.</summary>
    /// <summary>The file dialog's accept list for these kinds (null: every kind).</summary>
    public static string AcceptAttribute(IReadOnlyCollection<AssetKind>? kinds) =>
        string.Join(',', All.Where(f => kinds is null || kinds.Contains(f.Kind)).SelectMany(f => f.Extensions));

    public IEnumerable<string> Extensions => [Extension, .. OtherExtensions];

    public string Description => $"{Name} {Kind.ToString().ToLowerInvariant()}";
}

/// <summary>What a file was found to be: its format and the figures the studio keeps.</summary>
public sealed record DetectedMedia(MediaFormat Format, int? Width, int? Height, double? DurationSeconds, bool HasAudio)
{
    public AssetKind Kind => Format.Kind;
}
