using GenScene.Studio.Infrastructure.Localization;
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

    /// <summary>The file dialog's accept list for these kinds (null: every kind): content types and extensions, as pickers honour either.</summary>
    public static string AcceptAttribute(IReadOnlyCollection<AssetKind>? kinds) =>
        string.Join(',', All.Where(f => kinds is null || kinds.Contains(f.Kind)).SelectMany(f => f.Extensions.Prepend(f.ContentType)));

    /// <summary>What a file that cannot be read is told, in the uploader's words: "The file is not a picture the studio can read. Upload PNG, JPEG or WebP."</summary>
    public static string Unreadable(IReadOnlyCollection<AssetKind>? kinds) =>
        Texts<AssetsText>.Format("Unreadable", Nouns(kinds), Names(kinds));

    /// <summary>What a file of another kind than the slot takes is told: "The file is a WAV sound, not a picture. Upload PNG, JPEG or WebP."</summary>
    public static string WrongKind(MediaFormat found, IReadOnlyCollection<AssetKind> kinds) =>
        Texts<AssetsText>.Format("WrongKind", Article(Texts<AssetsText>.Format("FormatDescription", found.Name, Noun(found.Kind))), Nouns(kinds), Names(kinds));

    /// <summary>"PNG, JPEG or WebP" for the given kinds (all when null).</summary>
    public static string Names(IReadOnlyCollection<AssetKind>? kinds)
    {
        var names = All.Where(f => kinds is null || kinds.Contains(f.Kind)).Select(f => f.Name).ToList();
        return names.Count == 1 ? names[0] : Texts<AssetsText>.Format("ListOr", string.Join(", ", names.SkipLast(1)), names[^1]);
    }

    /// <summary>"a picture, video or sound", "a picture" ("imagen, video o sonido" in Spanish, which needs no article there).</summary>
    private static string Nouns(IReadOnlyCollection<AssetKind>? kinds)
    {
        var nouns = Enum.GetValues<AssetKind>().Where(k => kinds is null || kinds.Contains(k)).Select(Noun).ToList();
        var list = nouns.Count == 1 ? nouns[0] : Texts<AssetsText>.Format("ListOr", string.Join(", ", nouns.SkipLast(1)), nouns[^1]);
        return Article(list);
    }

    /// <summary>"picture", "video", "sound", in the current language.</summary>
    public static string Noun(AssetKind kind) => Texts<AssetsText>.Get($"Noun_{kind}");

    /// <summary>English's "a"/"an" by the first letter; the Spanish texts leave the article out.</summary>
    private static string Article(string phrase)
    {
        var key = "AEIOUaeiou".Contains(phrase[0], StringComparison.Ordinal) ? "ArticleAn" : "ArticleA";
        return Texts<AssetsText>.Format(key, phrase);
    }

    public IEnumerable<string> Extensions => [Extension, .. OtherExtensions];

    /// <summary>"PNG image", "WAV audio" ("imagen PNG" in Spanish), for messages.</summary>
    public string Description => Texts<AssetsText>.Format("FormatDescription", Name, Texts<AssetsText>.Get($"Kind_{Kind}"));
}

/// <summary>What a file was found to be: its format and the figures the studio keeps.</summary>
public sealed record DetectedMedia(MediaFormat Format, int? Width, int? Height, double? DurationSeconds, bool HasAudio)
{
    public AssetKind Kind => Format.Kind;
}
