using System.Text.RegularExpressions;
using GenScene.Studio.Features.Styles;
using GenScene.Studio.Features.Voices;
using GenScene.Studio.Features.Voices.Tts;
using GenScene.Studio.Features.Composition;
using GenScene.Studio.Infrastructure.Api;
using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Features.Episodes;

/// <summary>
/// Checks an episode request field by field; errors are keyed as the JSON paths a client sent
/// ("title", "scenes[2].text") so a page or a program can show each next to its field.
/// </summary>
public sealed partial class EpisodeValidator(VoiceCatalog voices, SceneAssets assets, StyleCatalog styles)
{
    public const int MaxDescriptionLength = 2000;

    /// <summary>A BCP 47 tag as voices carry them (en, en-us, es-419): a 2-3 letter language and optional subtags.</summary>
    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{2,8})*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();

    public async Task<Dictionary<string, string[]>> ValidateAsync(EpisodeRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var lookups = new Lookups(voices, assets, styles);
        void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field, []), message];

        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Trim().Length > 200)
        {
            Add("title", Texts<EpisodesText>.Get("TitleRequired"));
        }
        else if (UserText.NameProblem(Texts<EpisodesText>.Get("SubjectTitle"), request.Title) is { } titleProblem)
        {
            Add("title", titleProblem);
        }
        if (UserText.TextProblem(Texts<EpisodesText>.Get("SubjectDescription"), request.Description) is { } descriptionProblem)
        {
            Add("description", descriptionProblem);
        }
        if (request.Description is { Length: > MaxDescriptionLength })
        {
            Add("description", Texts<EpisodesText>.Format("DescriptionTooLong", MaxDescriptionLength, request.Description.Length));
        }
        if (request.Language is { } language && !LanguageTag().IsMatch(language))
        {
            Add("language", Texts<EpisodesText>.Format("LanguageInvalid", language));
        }
        if (request.Resolution is { } resolution && !EpisodeFormats.Resolutions.Contains(resolution))
        {
            Add("resolution", Texts<EpisodesText>.Format("ResolutionInvalid", resolution, string.Join(", ", EpisodeFormats.Resolutions)));
        }
        if (request.Fps is { } fps && !EpisodeFormats.FrameRates.Contains(fps))
        {
            Add("fps", Texts<EpisodesText>.Format("FpsInvalid", fps, string.Join(", ", EpisodeFormats.FrameRates)));
        }
        if (request.Transition is { } transition && !EpisodeFormats.Transitions.Contains(transition))
        {
            Add("transition", Texts<EpisodesText>.Format("TransitionInvalid", transition, string.Join(", ", EpisodeFormats.Transitions)));
        }
        if (request.CaptionsBurnedIn == true && request.Captions == false)
        {
            Add("captionsBurnedIn", Texts<EpisodesText>.Get("CaptionsBurnedWithoutCaptions"));
        }
        if (request.TransitionSeconds is { } length && length is < 0.1 or > 3)
        {
            Add("transitionSeconds", Texts<EpisodesText>.Format("TransitionSecondsRange", 0.1, 3));
        }
        if (request.MusicLevelDb is { } level && level is < -40 or > 0)
        {
            Add("musicLevelDb", Texts<EpisodesText>.Format("MusicLevelRange", -40, 0));
        }
        await CheckVoiceAsync(lookups, request.VoiceId, "voiceId", Add, cancellationToken).ConfigureAwait(false);
        await CheckStyleAsync(lookups, request.StyleId, "styleId", Add, cancellationToken).ConfigureAwait(false);
        if (request.MusicAssetId is { } music && await lookups.AssetKindAsync(music, cancellationToken).ConfigureAwait(false) != SceneAssets.Audio)
        {
            Add("musicAssetId", Texts<EpisodesText>.Format("NoAudioAsset", music));
        }

        var scenes = request.Scenes ?? [];
        if (scenes.Count is 0 or > EpisodeFormats.MaxScenes)
        {
            Add("scenes", Texts<EpisodesText>.Format("ScenesCount", EpisodeFormats.MaxScenes));
        }
        for (var i = 0; i < Math.Min(scenes.Count, EpisodeFormats.MaxScenes); i++)
        {
            // A JSON list may hold a null where a scene should be.
            if (scenes[i] is null)
            {
                Add($"scenes[{i}]", Texts<EpisodesText>.Format("SceneNull", i + 1));
                continue;
            }
            await ValidateSceneAsync(lookups, scenes[i], $"scenes[{i}]", i + 1, Add, cancellationToken).ConfigureAwait(false);
        }
        return errors;
    }

    private static async Task ValidateSceneAsync(Lookups lookups, SceneRequest scene, string path, int number, Action<string, string> add, CancellationToken cancellationToken)
    {
        var text = scene.Text?.Trim() ?? "";
        var kind = scene.AssetId is null ? null : await lookups.AssetKindAsync(scene.AssetId, cancellationToken).ConfigureAwait(false);
        if (scene.AssetId is not null && kind is not (SceneAssets.Image or SceneAssets.Video))
        {
            add($"{path}.assetId", Texts<EpisodesText>.Format("SceneNoAsset", number, scene.AssetId));
        }
        if (text.Length == 0 && kind != SceneAssets.Video)
        {
            add($"{path}.text", Texts<EpisodesText>.Format("SceneNoText", number));
        }
        if (text.Length > TtsOptions.MaxTextLength)
        {
            add($"{path}.text", Texts<EpisodesText>.Format("SceneTextTooLong", number, text.Length, TtsOptions.MaxTextLength));
        }
        else if (UserText.TextProblem(Texts<EpisodesText>.Format("SubjectSceneText", number), text) is { } textProblem)
        {
            add($"{path}.text", textProblem);
        }
        if (scene.Motion is { } motion && !EpisodeFormats.Motions.Contains(motion))
        {
            add($"{path}.motion", Texts<EpisodesText>.Format("SceneMotionInvalid", number, motion, string.Join(", ", EpisodeFormats.Motions)));
        }
        if (scene.Fit is { } fit && !EpisodeFormats.Fits.Contains(fit))
        {
            add($"{path}.fit", Texts<EpisodesText>.Format("SceneFitInvalid", number, fit, string.Join(", ", EpisodeFormats.Fits)));
        }
        if (scene.PaddingBeforeSeconds is < 0 or > 10)
        {
            add($"{path}.paddingBeforeSeconds", Texts<EpisodesText>.Format("ScenePaddingBeforeRange", number, 0, 10));
        }
        if (scene.PaddingAfterSeconds is < 0 or > 10)
        {
            add($"{path}.paddingAfterSeconds", Texts<EpisodesText>.Format("ScenePaddingAfterRange", number, 0, 10));
        }
        await CheckVoiceAsync(lookups, scene.VoiceId, $"{path}.voiceId", add, cancellationToken).ConfigureAwait(false);
        await CheckStyleAsync(lookups, scene.StyleId, $"{path}.styleId", add, cancellationToken).ConfigureAwait(false);
        if (scene.VoiceSettings is { } settings)
        {
            foreach (var (field, messages) in settings.ApplyTo(VoiceSettings.Default).Validate())
            {
                add($"{path}.{field.Replace("settings.", "voiceSettings.", StringComparison.Ordinal)}", Texts<EpisodesText>.Format("SceneMessage", number, string.Join(" ", messages)));
            }
        }
    }

    private static async Task CheckVoiceAsync(Lookups lookups, string? voiceId, string field, Action<string, string> add, CancellationToken cancellationToken)
    {
        if (voiceId is not null && !await lookups.VoiceEnabledAsync(voiceId, cancellationToken).ConfigureAwait(false))
        {
            add(field, Texts<EpisodesText>.Format("NoVoice", voiceId));
        }
    }

    private static async Task CheckStyleAsync(Lookups lookups, string? styleId, string field, Action<string, string> add, CancellationToken cancellationToken)
    {
        if (styleId is not null && !await lookups.StyleExistsAsync(styleId, cancellationToken).ConfigureAwait(false))
        {
            add(field, Texts<EpisodesText>.Format("NoStyle", styleId));
        }
    }

    /// <summary>
    /// One validation's answers about voices, styles and assets: an episode of many scenes names the
    /// same few ids again and again, and the editor validates on every autosave, so each id is read once.
    /// </summary>
    private sealed class Lookups(VoiceCatalog voices, SceneAssets assets, StyleCatalog styles)
    {
        private readonly Dictionary<string, bool> _voices = [];
        private readonly Dictionary<string, bool> _styles = [];
        private readonly Dictionary<string, string?> _assets = [];

        public async Task<bool> VoiceEnabledAsync(string id, CancellationToken cancellationToken) =>
            _voices.TryGetValue(id, out var known) ? known
                : _voices[id] = await voices.FindAsync(id, cancellationToken).ConfigureAwait(false) is { Enabled: true };

        public async Task<bool> StyleExistsAsync(string id, CancellationToken cancellationToken) =>
            _styles.TryGetValue(id, out var known) ? known
                : _styles[id] = await styles.ExistsAsync(id, cancellationToken).ConfigureAwait(false);

        public async Task<string?> AssetKindAsync(string id, CancellationToken cancellationToken) =>
            _assets.TryGetValue(id, out var known) ? known
                : _assets[id] = await assets.KindAsync(id, cancellationToken).ConfigureAwait(false);
    }
}
