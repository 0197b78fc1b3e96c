using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Voices.Tts;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace GenScene.Studio.Tests.Features.Audio.Jingles;

/// <summary>A spoken message with intro, outro and a ducked bed, rendered by the speech job through the API.</summary>
public sealed partial class MessageJobTests : IAsyncLifetime, IDisposable
{
    private const string Text = "Attention shoppers. The store closes in fifteen minutes. Please bring your purchases to the registers.";
    private readonly TempDirectory _files = new();
    private readonly StudioFactory _studio = new();
    private readonly ProcessRunner _runner = new(NullLogger<ProcessRunner>.Instance);
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _http = _studio.CreateClient();
        await RunAsync("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=660:duration=2", "-c:a", "libmp3lame", _files.Combine("intro.mp3"));
        await RunAsync("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=440:duration=1.5", _files.Combine("outro.wav"));
        await RunAsync("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "anoisesrc=color=pink:duration=30:amplitude=0.2", "-c:a", "libmp3lame", _files.Combine("bed.mp3"));
    }

    [Fact]
    public async Task Intro_voice_and_outro_play_in_sequence_over_a_bed_and_the_message_is_normalized()
    {
        var intro = await UploadAsync("intro.mp3", "intro");
        var outro = await UploadAsync("outro.wav", "outro");
        var bed = await UploadAsync("bed.mp3", "bed");

        var voiceOnly = await SpeakAsync(new { text = Text });
        var message = await SpeakAsync(new { text = Text, introJingleId = intro, outroJingleId = outro, bedJingleId = bed });

        var voiceSeconds = await DurationAsync(voiceOnly);
        var expected = 2 + voiceSeconds + 1.5 - 2 * SpeechFinisher.MessageCrossfadeSeconds;
        Assert.InRange(await DurationAsync(message), expected - 0.25, expected + 0.25);
        var (integrated, truePeak) = await LoudnessAsync(message);
        Assert.InRange(integrated, -17, -15);
        Assert.True(truePeak <= -1.3, $"true peak {truePeak} dBTP");
    }

    private async Task<string> UploadAsync(string file, string role)
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(await File.ReadAllBytesAsync(_files.Combine(file))), "file", file },
            { new StringContent(role + " music"), "name" },
            { new StringContent(role), "role" },
        };
        using var response = await _http.PostAsync("/api/jingles", form);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>Queues speech, waits for the job and saves its tts.wav; returns the file's path.</summary>
    private async Task<string> SpeakAsync(object request)
    {
        using var response = await _http.PostAsJsonAsync("/api/tts", request);
        response.EnsureSuccessStatusCode();
        var jobId = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("jobId").GetString()!;
        var job = await _studio.Services.GetRequiredService<JobQueries>().WaitForAsync(jobId, j => j.State.IsTerminal());
        Assert.True(job.State == JobState.Succeeded, job.ErrorMessage);
        var path = _files.Combine(jobId + ".wav");
        await File.WriteAllBytesAsync(path, await _http.GetByteArrayAsync($"/files/{jobId}/tts.wav"));
        return path;
    }

    private async Task<double> DurationAsync(string path) => double.Parse(
        (await RunAsync("ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", path)).StandardOutput.Trim(), CultureInfo.InvariantCulture);

    private async Task<(double Integrated, double TruePeak)> LoudnessAsync(string path)
    {
        var stderr = (await RunAsync("ffmpeg", "-hide_banner", "-nostats", "-i", path, "-af", "ebur128=peak=true", "-f", "null", "-")).StandardErrorTail;
        var summary = stderr[stderr.LastIndexOf("Summary:", StringComparison.Ordinal)..];
        return (double.Parse(Integrated().Match(summary).Groups[1].Value, CultureInfo.InvariantCulture),
                double.Parse(Peak().Match(summary).Groups[1].Value, CultureInfo.InvariantCulture));
    }

    private Task<ProcessResult> RunAsync(string tool, params string[] arguments) =>
        _runner.RunAsync(new ProcessSpec(tool, arguments), CancellationToken.None);

    [GeneratedRegex(@"I:\s+(-?[\d.]+) LUFS")]
    private static partial Regex Integrated();

    [GeneratedRegex(@"Peak:\s+(-?[\d.]+) dBFS")]
    private static partial Regex Peak();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _studio.DisposeAsync();
    }

    public void Dispose() => _files.Dispose();
}
