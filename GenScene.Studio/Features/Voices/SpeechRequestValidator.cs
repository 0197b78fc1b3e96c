using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Audio.Jingles;
using GenScene.Studio.Features.Voices.Tts;
using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Features.Voices;

/// <summary>Checks a speech request and resolves it into a job payload, or says which fields are wrong.</summary>
public sealed class SpeechRequestValidator(VoiceCatalog catalog, JingleLibrary jingles)
{
    public async Task<(SpeechJobPayload? Payload, Dictionary<string, string[]> Errors)> ValidateAsync(SpeechRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var text = request.Text?.Trim() ?? "";
        if (text.Length == 0)
        {
            errors["text"] = [Texts<VoicesText>.Format("TextRequired", TtsOptions.MaxTextLength.ToString("N0", System.Globalization.CultureInfo.CurrentCulture))];
        }
        else if (text.Length > TtsOptions.MaxTextLength)
        {
            errors["text"] = [Texts<VoicesText>.Format("TextTooLong", text.Length.ToString("N0", System.Globalization.CultureInfo.CurrentCulture), TtsOptions.MaxTextLength.ToString("N0", System.Globalization.CultureInfo.CurrentCulture))];
        }
        else if (Infrastructure.Api.UserText.TextProblem(Texts<VoicesText>.Get("TextLabel"), text) is { } textProblem)
        {
            errors["text"] = [textProblem];
        }
        else if (Lexicon.SpeechMarkup.TooLongPauses(text).FirstOrDefault() is > 0 and var tooLong)
        {
            errors["text"] = [Infrastructure.Localization.Texts<VoicesText>.Format("SpeechPauseTooLong", tooLong.ToString("0.##", System.Globalization.CultureInfo.CurrentCulture), Lexicon.SpeechMarkup.MaxPauseSeconds)];
        }

        var format = (request.Format ?? SpeechFormats.Wav).ToLowerInvariant();
        if (!SpeechFormats.All.Contains(format))
        {
            errors["format"] = [Texts<VoicesText>.Format("FormatUnknown", request.Format)];
        }

        if (JobReferences.Problem(request.ClientJobId) is { } referenceProblem)
        {
            errors["job_id"] = [referenceProblem];
        }

        // voiceId wins; "voice" (an id or a name) is the first backend's field.
        var (voiceField, asked) = !string.IsNullOrEmpty(request.VoiceId) ? ("voiceId", request.VoiceId)
            : !string.IsNullOrEmpty(request.Voice) ? ("voice", request.Voice)
            : ("voiceId", null);
        var voice = asked is null ? await catalog.DefaultAsync(cancellationToken).ConfigureAwait(false)
            : voiceField == "voice" ? await catalog.FindByIdOrNameAsync(asked, cancellationToken).ConfigureAwait(false)
            : await catalog.FindAsync(asked, cancellationToken).ConfigureAwait(false);
        if (voice is null || !voice.Enabled)
        {
            errors[voiceField] = [asked is null
                ? Texts<VoicesText>.Get("NoEnabledVoice")
                : Texts<VoicesText>.Format("NoSuchEnabledVoice", asked)];
        }

        var settings = (request.Settings ?? new VoiceSettingsOverride()).ApplyTo(voice?.DefaultSettings ?? VoiceSettings.Default);
        foreach (var (field, messages) in settings.Validate())
        {
            errors[field] = messages;
        }

        await CheckJingleAsync(errors, "introJingleId", request.IntroJingleId, JingleRole.Intro, cancellationToken).ConfigureAwait(false);
        await CheckJingleAsync(errors, "outroJingleId", request.OutroJingleId, JingleRole.Outro, cancellationToken).ConfigureAwait(false);
        await CheckJingleAsync(errors, "bedJingleId", request.BedJingleId, JingleRole.Bed, cancellationToken).ConfigureAwait(false);

        if (errors.Count > 0)
        {
            return (null, errors);
        }
        return (new SpeechJobPayload(text, voice!.Id, settings, format, request.Normalize ?? true,
            request.IntroJingleId, request.OutroJingleId, request.BedJingleId), errors);
    }

    private async Task CheckJingleAsync(Dictionary<string, string[]> errors, string field, string? id, JingleRole role, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(id))
        {
            return;
        }
        var jingle = await jingles.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (jingle is null)
        {
            errors[field] = [Texts<VoicesText>.Format("NoSuchJingle", id)];
        }
        else if (jingle.Role != role)
        {
            errors[field] = [Texts<VoicesText>.Format("JingleWrongRole", jingle.Name, Named(jingle.Role), Named(role))];
        }
    }

    // "an intro" in English, "de entrada" in Spanish: the words around the role differ by language.
    private static string Named(JingleRole role) => Texts<VoicesText>.Get($"JingleKind_{role}");
}
