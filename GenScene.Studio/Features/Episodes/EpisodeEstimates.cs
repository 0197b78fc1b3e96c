using GenScene.Studio.Features.Composition;
namespace GenScene.Studio.Features.Episodes;

/// <summary>
/// Length estimates for the editor before anything is voiced: about 2.6 words per second at normal
/// speed (what espeak-ng speaks at 175 words per minute is ~2.9), plus the scene's padding.
/// </summary>
public static class EpisodeEstimates
{
    private const double WordsPerSecond = 2.6;

    public static double SceneSeconds(SceneRequest scene, double speed = 1.0)
    {
        var words = (scene.Text ?? "").Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
        return words / (WordsPerSecond * Math.Max(0.5, speed)) + (scene.PaddingBeforeSeconds ?? EpisodeFormats.DefaultPaddingBeforeSeconds) + (scene.PaddingAfterSeconds ?? EpisodeFormats.DefaultPaddingAfterSeconds);
    }

    public static double EpisodeSeconds(EpisodeRequest episode) =>
        (episode.Scenes ?? []).Sum(s => SceneSeconds(s, s.VoiceSettings?.Speed ?? 1.0));

    public static string Format(double seconds) => seconds < 60 ? $"{seconds:0} s" : $"{(int)(seconds / 60)} min {seconds % 60:00} s";
}
