using System.Text.RegularExpressions;
using GenScene.Studio.Features.Styles;
using GenScene.Studio.Features.Voices;
using GenScene.Studio.Features.Voices.Tts;
using GenScene.Studio.Features.Composition;
using GenScene.Studio.Infrastructure.Api;

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
            Add("title", "Give the episode a title of 1 to 200 characters.");
        }
        else if (UserText.NameProblem("The title", request.Title) is { } titleProblem)
        {
            Add("title", titleProblem);
        }
        if (UserText.TextProblem("The description", request.Description) is { } descriptionProblem)
        {
            Add("description", descriptionProblem);
        }
        if (request.Description is { Length: > MaxDescriptionLength })
        {
            Add("description", $"A description is at most {MaxDescriptionLength:N0} characters; this one is {request.Description.Length:N0}.");
        }
        if (request.Language is { } language && !LanguageTag().IsMatch(language))
        {
            Add("language", $"'{language}' is not a language code such as en, es or es-419.");
        }
        if (request.Resolution is { } resolution && !EpisodeFormats.Resolutions.Contains(resolution))
        {
            Add("resolution", $"'{resolution}' is not a resolution; use {string.Join(", ", EpisodeFormats.Resolutions)}.");
        }
        if (request.Fps is { } fps && !EpisodeFormats.FrameRates.Contains(fps))
        {
            Add("fps", $"{fps} fps is not offered; use {string.Join(", ", EpisodeFormats.FrameRates)}.");
        }
        if (request.Transition is { } transition && !EpisodeFormats.Transitions.Contains(transition))
        {
            Add("transition", $"'{transition}' is not a transition; use {string.Join(", ", EpisodeFormats.Transitions)}.");
        }
        if (request.CaptionsBurnedIn == true && request.Captions == false)
        {
            Add("captionsBurnedIn", "Captions are off, so there is nothing to burn in; turn captions on or leave captionsBurnedIn out.");
        }
        if (request.TransitionSeconds is { } length && length is < 0.1 or > 3)
        {
            Add("transitionSeconds", "A transition lasts 0.1 to 3 seconds.");
        }
        if (request.MusicLevelDb is { } level && level is < -40 or > 0)
        {
            Add("musicLevelDb", "The music level is -40 to 0 dB under the narration.");
        }
        await CheckVoiceAsync(lookups, request.VoiceId, "voiceId", Add, cancellationToken).ConfigureAwait(false);
        await CheckStyleAsync(lookups, request.StyleId, "styleId", Add, cancellationToken).ConfigureAwait(false);
        if (request.MusicAssetId is { } music && await lookups.AssetKindAsync(music, cancellationToken).ConfigureAwait(false) != SceneAssets.Audio)
        {
            Add("musicAssetId", $"There is no audio asset '{music}'.");
        }

        var scenes = request.Scenes ?? [];
        if (scenes.Count is 0 or > EpisodeFormats.MaxScenes)
        {
            Add("scenes", $"An episode has 1 to {EpisodeFormats.MaxScenes} scenes.");
        }
        for (var i = 0; i < Math.Min(scenes.Count, EpisodeFormats.MaxScenes); i++)
        {
            // A JSON list may hold a null where a scene should be.
            if (scenes[i] is null)
            {
                Add($"scenes[{i}]", $"Scene {i + 1} is empty: each scene is an object with its text.");
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
            add($"{path}.assetId", $"Scene {number}: there is no image or video asset '{scene.AssetId}'.");
        }
        if (text.Length == 0 && kind != SceneAssets.Video)
        {
            add($"{path}.text", $"Scene {number} has no narration text and no video clip; give it one or the other.");
        }
        if (text.Length > TtsOptions.MaxTextLength)
        {
            add($"{path}.text", $"Scene {number}'s text is {text.Length:N0} characters; the limit is {TtsOptions.MaxTextLength:N0}.");
        }
        else if (UserText.TextProblem($"Scene {number}'s text", text) is { } textProblem)
        {
            add($"{path}.text", textProblem);
        }
        if (scene.Motion is { } motion && !EpisodeFormats.Motions.Contains(motion))
        {
            add($"{path}.motion", $"Scene {number}: '{motion}' is not a motion; use {string.Join(", ", EpisodeFormats.Motions)}.");
        }
        if (scene.Fit is { } fit && !EpisodeFormats.Fits.Contains(fit))
        {
            add($"{path}.fit", $"Scene {number}: '{fit}' is not a fit; use {string.Join(", ", EpisodeFormats.Fits)}.");
        }
        if (scene.PaddingBeforeSeconds is < 0 or > 10)
        {
            add($"{path}.paddingBeforeSeconds", $"Scene {number}: padding before is 0 to 10 seconds.");
        }
        if (scene.PaddingAfterSeconds is < 0 or > 10)
        {
            add($"{path}.paddingAfterSeconds", $"Scene {number}: padding after is 0 to 10 seconds.");
        }
        await CheckVoiceAsync(lookups, scene.VoiceId, $"{path}.voiceId", add, cancellationToken).ConfigureAwait(false);
        await CheckStyleAsync(lookups, scene.StyleId, $"{path}.styleId", add, cancellationToken).ConfigureAwait(false);
        if (scene.VoiceSettings is { } settings)
        {
            foreach (var (field, messages) in settings.ApplyTo(VoiceSettings.Default).Validate())
            {
                add($"{path}.{field.Replace("settings.", "voiceSettings.", StringComparison.Ordinal)}", $"Scene {number}: {string.Join(" ", messages)}");
            }
        }
    }

    private static async Task CheckVoiceAsync(Lookups lookups, string? voiceId, string field, Action<string, string> add, CancellationToken cancellationToken)
    {
        if (voiceId is not null && !await lookups.VoiceEnabledAsync(voiceId, cancellationToken).ConfigureAwait(false))
        {
            add(field, $"There is no enabled voice '{voiceId}'.");
        }
    }

    private static async Task CheckStyleAsync(Lookups lookups, string? styleId, string field, Action<string, string> add, CancellationToken cancellationToken)
    {
        if (styleId is not null && !await lookups.StyleExistsAsync(styleId, cancellationToken).ConfigureAwait(false))
        {
            add(field, $"There is no style '{styleId}'.");
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
