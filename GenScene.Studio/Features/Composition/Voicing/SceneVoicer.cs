using GenScene.Studio.Features.Composition.Planning;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Voices;
using GenScene.Studio.Features.Voices.Lexicon;
using GenScene.Studio.Features.Voices.Tts;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Features.Composition.Voicing;

/// <summary>A voiced sentence and the WAV (48 kHz, not normalised) that holds it.</summary>
public sealed record SentenceAudio(string Text, string WavPath, double Seconds);

/// <summary>
/// Speaks every scene's narration one sentence at a time, so each sentence's length (and so its
/// caption) is known; a scene's narration is its sentences back to back. The speech cache makes
/// unchanged sentences free on a recomposition.
/// </summary>
public sealed class SceneVoicer(SpeechSynthesizer synthesizer, IOptions<CompositionOptions> options)
{
    public async Task<IReadOnlyList<IReadOnlyList<SentenceAudio>>> VoiceAsync(
        IReadOnlyList<SceneSpec> scenes, string workDirectory, Action<int> onSceneDone, CancellationToken cancellationToken)
    {
        var results = new IReadOnlyList<SentenceAudio>[scenes.Count];
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, scenes.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.VoicingParallelism, CancellationToken = cancellationToken },
            async (index, ct) =>
            {
                results[index] = await VoiceSceneAsync(scenes[index], Path.Combine(workDirectory, $"voice-{index + 1}"), ct).ConfigureAwait(false);
                onSceneDone(Interlocked.Increment(ref done));
            }).ConfigureAwait(false);
        return results;
    }


    private async Task<IReadOnlyList<SentenceAudio>> VoiceSceneAsync(SceneSpec scene, string directory, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> sentences = [.. SentenceSplitter.Sentences(scene.Text.Trim())];
        var voiced = new List<SentenceAudio>(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            // Each sentence gets its own directory: the synthesizer writes fixed names (joined.wav) into it.
            var sentenceDirectory = Path.Combine(directory, $"s{i + 1}");
            Directory.CreateDirectory(sentenceDirectory);
            // The WAV is all composition mixes: no MP3, waveform or loudness measurement per sentence (5 processes fewer).
            var outputs = SpeechOutputs.WavOnly(Path.Combine(sentenceDirectory, "speech.wav"));
            var payload = new SpeechJobPayload(sentences[i], scene.VoiceId, scene.Settings ?? VoiceSettings.Default, SpeechFormats.Wav, Normalize: false);
            var spoken = await synthesizer.SpeakAsync(payload, outputs, sentenceDirectory, Silent.Instance, cancellationToken).ConfigureAwait(false);
            // The caption shows the sentence as a person reads it: without [pause] marks (Voices' SpeechMarkup).
            voiced.Add(new SentenceAudio(SpeechMarkup.Visible(sentences[i]), outputs.Wav, spoken.DurationSeconds));
        }
        return voiced;
    }

    public static VoicedSentence ForPlan(SentenceAudio audio) => new(audio.Text, audio.Seconds);

    /// <summary>Per-sentence progress would flood the job's events; the handler reports per scene.</summary>
    private sealed class Silent : IProgress<JobProgress>
    {
        public static readonly Silent Instance = new();
        public void Report(JobProgress value) { }
    }
}
