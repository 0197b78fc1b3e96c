using System.Text.RegularExpressions;
using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Features.Jobs;

/// <summary>
/// The English a job stores (its title, its stage "rendering: scene 2 of 5", its timeline's notes) in the viewer's
/// language, at display time. Stored values stay English: the API, the metrics (kept per stage name) and the
/// handlers of other features read and write them; only what a person reads is translated here. A text no pattern
/// knows (a style's name as a stage, a scene's caption) is shown as stored.
/// </summary>
public static partial class JobWords
{
    /// <summary>Display text of a stored stage: "voicing: scene 1 of 3" → "Poniendo voz: escena 1 de 3".</summary>
    public static string Stage(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return "";
        }
        var colon = stored.IndexOf(": ", StringComparison.Ordinal);
        var (name, detail) = colon < 0 ? (stored, null) : (stored[..colon], stored[(colon + 2)..]);
        var key = "Stage_" + name.Replace(' ', '_');
        var shown = Texts<JobsText>.Get(key);
        if (shown == key)
        {
            return stored; // not one of the studio's stage names: a style's name, say
        }
        return detail is null ? shown : Texts<JobsText>.Format("StageWithDetail", shown, Detail(detail));
    }

    /// <summary>Display text of a stored title ("Speech: 'Hola'" → "Voz: 'Hola'").</summary>
    public static string Title(string stored) => Translate(stored, Titles);

    /// <summary>A timeline note or a stored error message the studio itself wrote ("retried by hand").</summary>
    public static string Note(string? stored) => stored is null ? "" : Translate(stored, Notes);

    private static string Detail(string detail) => Translate(detail, Details);

    private static string Translate(string stored, (Regex Pattern, string Key)[] patterns)
    {
        foreach (var (pattern, key) in patterns)
        {
            var match = pattern.Match(stored);
            if (match.Success)
            {
                return Texts<JobsText>.Format(key, [.. match.Groups.Values.Skip(1).Select(g => (object?)g.Value)]);
            }
        }
        return stored;
    }

    private static readonly (Regex, string)[] Titles =
    [
        (SpeechTitle(), "TitleSpeech"),
        (ListenTitle(), "TitleListen"),
        (ComposeTitle(), "TitleCompose"),
        (ComposeUntitled(), "TitleComposeUntitled"),
        (StylePreviewTitle(), "TitleStylePreview"),
        (StylePreviewsTitle(), "TitleStylePreviews"),
        (RenderCheckTitle(), "TitleRenderCheck"),
        (WebhookTitle(), "TitleWebhook"),
    ];

    private static readonly (Regex, string)[] Notes =
    [
        (Fixed("queued"), "Note_queued"),
        (AttemptOf(), "Note_attemptOf"),
        (Fixed("cancelled before it ran"), "Note_cancelledBeforeRun"),
        (Fixed("cancelled while running"), "Note_cancelledWhileRunning"),
        (Fixed("Cancelled by request"), "Note_cancelledByRequest"),
        (Fixed("retried by hand"), "Note_retried"),
        (Fixed("released: the worker is shutting down"), "Note_released"),
    ];

    // The details the studio's handlers write today (ComposeEpisodeHandler, SpeechSynthesizer, RenderCheckHandler...).
    private static readonly (Regex, string)[] Details =
    [
        (SceneOf(), "Detail_sceneOf"),
        (TransitionOf(), "Detail_transitionOf"),
        (PartOf(), "Detail_partOf"),
        (EnginePart(), "Detail_enginePart"),
        (ScenesRendered(), "Detail_scenesRendered"),
        (PreviewsDone(), "Detail_previews"),
        (Fixed("narration and music on one track, at the loudness target, as AAC"), "Detail_soundtrack"),
        (Fixed("picture and soundtrack by stream copy, faststart"), "Detail_mux"),
        (Fixed("mixing the message"), "Detail_mixing"),
        (Fixed("loudness"), "Detail_loudness"),
        (Fixed("encoding"), "Detail_encoding"),
    ];

    private static Regex Fixed(string text) => new($"^{Regex.Escape(text)}$", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"^Speech: '(.*)'$", RegexOptions.Singleline)] private static partial Regex SpeechTitle();
    [GeneratedRegex(@"^Listen: '(.*)'$", RegexOptions.Singleline)] private static partial Regex ListenTitle();
    [GeneratedRegex(@"^Compose '(.*)'$", RegexOptions.Singleline)] private static partial Regex ComposeTitle();
    [GeneratedRegex(@"^Compose an untitled episode$")] private static partial Regex ComposeUntitled();
    [GeneratedRegex(@"^Style preview: (.*)$", RegexOptions.Singleline)] private static partial Regex StylePreviewTitle();
    [GeneratedRegex(@"^Style previews$")] private static partial Regex StylePreviewsTitle();
    [GeneratedRegex(@"^Render check \((\d+) s\)$")] private static partial Regex RenderCheckTitle();
    [GeneratedRegex(@"^Webhook delivery$")] private static partial Regex WebhookTitle();
    [GeneratedRegex(@"^attempt (\d+) of (\d+)$")] private static partial Regex AttemptOf();
    [GeneratedRegex(@"^scene (\d+) of (\d+)$")] private static partial Regex SceneOf();
    [GeneratedRegex(@"^transition (\d+)-(\d+) of (\d+)$")] private static partial Regex TransitionOf();
    [GeneratedRegex(@"^scene (\d+) \(part (\d+)\) of (\d+)$")] private static partial Regex PartOf();
    [GeneratedRegex(@"^(.+), part (\d+) of (\d+)$")] private static partial Regex EnginePart();
    [GeneratedRegex(@"^([\d.]+) s, (\d+) of (\d+) scenes rendered$")] private static partial Regex ScenesRendered();
    [GeneratedRegex(@"^(\d+) previews, (\d+) rendered, (\d+) cached$")] private static partial Regex PreviewsDone();
}
