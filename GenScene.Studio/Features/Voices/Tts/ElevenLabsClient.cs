using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Features.Voices.Tts;

/// <summary>
/// The two calls of the ElevenLabs REST API the studio uses: text-to-speech (MP3 bytes) and the list
/// of the account's voices. A typed HttpClient (base address and timeout from <see cref="ElevenLabsOptions"/>).
/// Every failure, whatever its cause (refused connection, timeout, 4xx/5xx), is a
/// <see cref="TtsEngineException"/> whose message names the status and ElevenLabs' own explanation.
/// </summary>
public sealed class ElevenLabsClient(HttpClient http, IOptions<ElevenLabsOptions> options)
{
    public const string OutputFormat = "mp3_44100_128";

    /// <summary>The speeds ElevenLabs accepts (voice_settings.speed); outside it the request is refused.</summary>
    public const double MinSpeed = 0.7, MaxSpeed = 1.2;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Points the HttpClient at the configured API: a trailing slash so relative paths keep any base path.</summary>
    public static void Configure(HttpClient http, ElevenLabsOptions options)
    {
        http.BaseAddress = new Uri(options.BaseUrl.TrimEnd('/') + "/");
        http.Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
    }

    /// <summary>POST /v1/text-to-speech/{voice_id}: speaks <paramref name="text"/> into the MP3 file <paramref name="output"/>.</summary>
    public async Task SpeakAsync(string voiceId, string text, VoiceSettings settings, string output, CancellationToken cancellationToken)
    {
        var body = new SpeechBody(text, options.Value.ModelId, new SpeechVoiceSettings(
            settings.Stability, settings.SimilarityBoost, settings.Style, settings.SpeakerBoost, Math.Clamp(settings.Speed, MinSpeed, MaxSpeed)));
        using var request = NewRequest(HttpMethod.Post, $"v1/text-to-speech/{Uri.EscapeDataString(voiceId)}?output_format={OutputFormat}", "audio/mpeg");
        request.Content = JsonContent.Create(body, options: Json);
        await SendAsync(request, async (response, token) =>
        {
            var type = response.Content.Headers.ContentType?.MediaType;
            if (type is not null && !type.StartsWith("audio/", StringComparison.OrdinalIgnoreCase))
            {
                throw new TtsEngineException(ElevenLabsEngine.ProviderName, $"HTTP {(int)response.StatusCode} but the answer is {type}, not audio.");
            }
            var file = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await using (file.ConfigureAwait(false))
            {
                await response.Content.CopyToAsync(file, token).ConfigureAwait(false);
            }
            if (new FileInfo(output).Length == 0)
            {
                throw new TtsEngineException(ElevenLabsEngine.ProviderName, $"HTTP {(int)response.StatusCode} with no audio in it.");
            }
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>GET /v1/voices: the voices of the account (premade, cloned, from the library).</summary>
    public async Task<IReadOnlyList<ElevenLabsVoice>> VoicesAsync(CancellationToken cancellationToken)
    {
        using var request = NewRequest(HttpMethod.Get, "v1/voices", "application/json");
        return await SendAsync(request, async (response, token) =>
        {
            var list = await response.Content.ReadFromJsonAsync<ElevenLabsVoiceList>(Json, token).ConfigureAwait(false);
            return (IReadOnlyList<ElevenLabsVoice>?)list?.Voices
                ?? throw new TtsEngineException(ElevenLabsEngine.ProviderName, "GET /v1/voices answered without a \"voices\" list.");
        }, cancellationToken).ConfigureAwait(false);
    }

    private HttpRequestMessage NewRequest(HttpMethod method, string path, string accept)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("xi-api-key", options.Value.ApiKey);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return request;
    }

    /// <summary>
    /// Sends and reads the answer under one deadline: HttpClient.Timeout alone stops at the headers,
    /// and a download that stalls after them would otherwise hang the job.
    /// </summary>
    private async Task<T> SendAsync<T>(HttpRequestMessage request, Func<HttpResponseMessage, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        var what = $"{request.Method} /{request.RequestUri?.OriginalString.Split('?')[0]}";
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var text = await response.Content.ReadAsStringAsync(deadline.Token).ConfigureAwait(false);
                throw new TtsEngineException(ElevenLabsEngine.ProviderName,
                    $"{what} failed with HTTP {(int)response.StatusCode} {response.ReasonPhrase}{Hint(response.StatusCode)}{Detail(text)}");
            }
            return await read(response, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The deadline (or HttpClient's own timeout) ended it, not the caller.
            throw new TtsEngineException(ElevenLabsEngine.ProviderName,
                $"{what} did not answer within {options.Value.TimeoutSeconds} s (ElevenLabs:TimeoutSeconds).", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new TtsEngineException(ElevenLabsEngine.ProviderName, $"{what} could not reach {http.BaseAddress}: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            throw new TtsEngineException(ElevenLabsEngine.ProviderName, $"{what} broke off or answered garbled: {ex.Message}", ex);
        }
    }

    private static string Hint(HttpStatusCode status) => (int)status switch
    {
        401 => " (the API key was refused; check ElevenLabs:ApiKey)",
        402 => " (payment required: the account's quota or plan does not cover this)",
        429 => " (too many requests or the character quota is used up)",
        >= 500 => " (ElevenLabs is having trouble)",
        _ => "",
    };

    /// <summary>
    /// ElevenLabs explains errors as {"detail": {"status": "...", "message": "..."}}, a validation error
    /// as {"detail": [{"loc": [...], "msg": "..."}]}, sometimes {"detail": "..."}; anything else is quoted short.
    /// </summary>
    public static string Detail(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return "";
        }
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("detail", out var detail))
            {
                var text = detail.ValueKind switch
                {
                    JsonValueKind.String => detail.GetString(),
                    JsonValueKind.Object => string.Join(": ", new[] { Text(detail, "status"), Text(detail, "message") }.Where(s => !string.IsNullOrEmpty(s))),
                    JsonValueKind.Array => string.Join("; ", detail.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Object ? Text(e, "msg") ?? e.ToString() : e.ToString())),
                    _ => detail.ToString(),
                };
                return string.IsNullOrEmpty(text) ? "" : ": " + text;
            }
        }
        catch (JsonException)
        {
            // not JSON: quoted below
        }
        var trimmed = body.Trim();
        return ": " + (trimmed.Length > 200 ? trimmed[..200] + "…" : trimmed);
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed record SpeechBody(
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("model_id")] string ModelId,
        [property: JsonPropertyName("voice_settings")] SpeechVoiceSettings VoiceSettings);

    private sealed record SpeechVoiceSettings(
        [property: JsonPropertyName("stability")] double Stability,
        [property: JsonPropertyName("similarity_boost")] double SimilarityBoost,
        [property: JsonPropertyName("style")] double Style,
        [property: JsonPropertyName("use_speaker_boost")] bool UseSpeakerBoost,
        [property: JsonPropertyName("speed")] double Speed);

    private sealed record ElevenLabsVoiceList([property: JsonPropertyName("voices")] List<ElevenLabsVoice>? Voices);
}

/// <summary>One voice of GET /v1/voices, the fields the catalog uses.</summary>
public sealed record ElevenLabsVoice(
    [property: JsonPropertyName("voice_id")] string VoiceId,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("labels")] Dictionary<string, string?>? Labels,
    [property: JsonPropertyName("fine_tuning")] ElevenLabsFineTuning? FineTuning);

public sealed record ElevenLabsFineTuning([property: JsonPropertyName("language")] string? Language);
