using GenScene.Studio.Data.Versioning;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Voices.Tts;
using GenScene.Studio.Infrastructure.Api;
using GenScene.Studio.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;

namespace GenScene.Studio.Features.Voices;

public static class VoicesEndpoints
{
    public static RouteGroupBuilder MapVoicesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/voices", async (VoiceCatalog catalog, CancellationToken ct) =>
                TypedResults.Ok((await catalog.ListAsync(includeDisabled: false, ct)).Select(VoiceResponse.From).ToList()))
            .WithTags("Voices").WithSummary("The enabled voices with their default settings.");
        api.MapGet("/voices/{id}", async (string id, VoiceCatalog catalog, HttpResponse response, CancellationToken ct) =>
                await catalog.FindAsync(id, ct) is { } voice ? EditVersions.Ok(response, VoiceResponse.From(voice), voice.Version) : UnknownVoice(id))
            .Produces<VoiceResponse>().ProducesProblem(StatusCodes.Status404NotFound).WithEditVersion()
            .WithTags("Voices").WithSummary("One voice, enabled or not; its version is the ETag.");
        api.MapPut("/voices/{id}", UpdateAsync)
            .Produces<VoiceResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).WithEditVersion()
            .WithTags("Voices").WithSummary("Changes a voice's name, language, gender, accent, description and default settings (admin); the version rises by one.");
        api.MapPost("/tts", SpeakAsync).WithTags("Voices")
            .WithSummary("Queues speech synthesis (202). Text 1 to 5,000 characters; the job's files include tts.wav or tts.mp3, waveform.png and waveform.json.")
            .WithDescription("When the job has succeeded, GET /files/{jobId}/waveform.json (application/json; same credentials as every job file) "
                + "gives the speech's peaks for drawing a waveform: { columns, sampleRate, channels, frames, durationSeconds, min: [columns numbers], "
                + "max: [columns numbers] }. Column i covers sample frames floor(i*frames/columns) up to floor((i+1)*frames/columns); min and max are "
                + "the lowest and highest sample in it over every channel, from -1 to 1 (full scale), four decimals. columns is 800, or the number "
                + "of frames for a shorter file.");
        return api;
    }

    private static async Task<IResult> UpdateAsync(string id, VoiceRequest request, VoiceCatalog catalog, HttpContext http, CancellationToken ct)
    {
        if (await catalog.FindAsync(id, ct) is not { } voice)
        {
            return UnknownVoice(id);
        }
        voice.Name = request.Name ?? "";
        voice.Language = request.Language ?? "";
        voice.Gender = request.Gender ?? voice.Gender;
        voice.Accent = request.Accent;
        voice.Description = request.Description;
        voice.DefaultSettings = request.Settings ?? voice.DefaultSettings;
        try
        {
            var errors = await catalog.SaveAsync(voice, EditVersions.EditOf(http), ct);
            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.Values.SelectMany(m => m)));
            }
        }
        catch (StaleVersionException stale)
        {
            return EditVersions.Stale(http, stale);
        }
        var saved = (await catalog.FindAsync(id, ct))!;
        return EditVersions.Ok(http.Response, VoiceResponse.From(saved), saved.Version);
    }

    private static IResult UnknownVoice(string id) => StudioApi.NotFound(Texts<VoicesText>.Format("NoSuchVoice", id));

    private static async Task<IResult> SpeakAsync(SpeechRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        SpeechRequestValidator validator, JobQueue queue, CancellationToken ct)
    {
        var (payload, errors) = await validator.ValidateAsync(request, ct);
        if (payload is null)
        {
            return TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.Values.SelectMany(m => m)));
        }
        try
        {
            var result = await queue.EnqueueAsync(TtsJobHandler.JobKind, payload with { Generation = true },
                new EnqueueOptions(IdempotencyKey: idempotencyKey, ExternalReference: request.ClientJobId), ct);
            var accepted = JobAccepted.For(result.Job.Id) with { AudioUrl = JobResponse.FileUrl(result.Job.Id, TtsJobHandler.FileNameFor(payload.Format)) };
            return TypedResults.Accepted(accepted.StatusUrl, accepted);
        }
        catch (IdempotencyConflictException ex)
        {
            return TypedResults.Problem(detail: ex.Message, statusCode: StatusCodes.Status409Conflict, title: "Conflict");
        }
    }
}
