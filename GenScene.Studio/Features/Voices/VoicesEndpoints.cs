using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Voices.Tts;
using Microsoft.AspNetCore.Mvc;

namespace GenScene.Studio.Features.Voices;

public static class VoicesEndpoints
{
    public static RouteGroupBuilder MapVoicesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/voices", async (VoiceCatalog catalog, CancellationToken ct) =>
                TypedResults.Ok((await catalog.ListAsync(includeDisabled: false, ct)).Select(VoiceResponse.From).ToList()))
            .WithTags("Voices").WithSummary("The enabled voices with their default settings.");
        api.MapPost("/tts", SpeakAsync).WithTags("Voices")
            .WithSummary("Queues speech synthesis (202). Text 1 to 5,000 characters; the job's files include tts.wav or tts.mp3 and waveform.png.");
        return api;
    }

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
            var result = await queue.EnqueueAsync(TtsJobHandler.JobKind, payload, new EnqueueOptions(IdempotencyKey: idempotencyKey), ct);
            var accepted = JobAccepted.For(result.Job.Id);
            return TypedResults.Accepted(accepted.StatusUrl, accepted);
        }
        catch (IdempotencyConflictException ex)
        {
            return TypedResults.Problem(detail: ex.Message, statusCode: StatusCodes.Status409Conflict, title: "Conflict");
        }
    }
}
