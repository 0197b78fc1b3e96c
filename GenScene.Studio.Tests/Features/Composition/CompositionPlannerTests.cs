using GenScene.Studio.Features.Composition.Planning;

namespace GenScene.Studio.Tests.Features.Composition;

public sealed class CompositionPlannerTests
{
    private static SceneTimingInput Scene(int number, double before, double after, params double[] sentences) =>
        new(number, before, after, [.. sentences.Select((s, i) => new VoicedSentence($"Sentence {number}.{i + 1}.", s))]);

    [Fact]
    public void A_scene_lasts_its_paddings_plus_its_narration_rounded_to_whole_frames()
    {
        // 0.5 + 1.01 + 0.72 + 0.25 = 2.48 s = 74.4 frames; with 0.02 s more, 75 frames.
        var down = CompositionPlanner.Plan([Scene(1, 0.5, 0.25, 1.01, 0.72)], 30, 48000, "cut", 0);
        var up = CompositionPlanner.Plan([Scene(1, 0.5, 0.27, 1.01, 0.72)], 30, 48000, "cut", 0);

        Assert.Equal(74, down.Scenes[0].Frames);
        Assert.Equal(75, up.Scenes[0].Frames);
        Assert.Equal(74 / 30.0, down.DurationSeconds, 9);
    }

    [Fact]
    public void Cuts_put_scenes_back_to_back()
    {
        var plan = CompositionPlanner.Plan([Scene(1, 0, 0, 1), Scene(2, 0, 0, 2), Scene(3, 0, 0, 0.5)], 25, 48000, "cut", 1);

        Assert.Equal([0, 25, 75], plan.Scenes.Select(s => s.StartFrame));
        Assert.Equal(88, plan.TotalFrames); // 25 + 50 + 12.5 rounded away from zero to 13
        Assert.All(plan.Scenes, s => Assert.Equal((0, 0), (s.HeadFrames, s.TailFrames)));
    }

    [Fact]
    public void Crossfades_overlap_neighbours_and_shorten_the_episode_by_each_overlap()
    {
        var plan = CompositionPlanner.Plan([Scene(1, 0, 0, 2), Scene(2, 0, 0, 2), Scene(3, 0, 0, 2)], 30, 48000, "crossfade", 0.5);

        Assert.Equal(180 - 2 * 15, plan.TotalFrames);
        Assert.Equal([0, 45, 90], plan.Scenes.Select(s => s.StartFrame));
        Assert.Equal([(0, 15), (15, 15), (15, 0)], plan.Scenes.Select(s => (s.HeadFrames, s.TailFrames)));
        Assert.Equal([45, 30, 45], plan.Scenes.Select(s => s.BodyFrames));
    }

    [Fact]
    public void An_overlap_never_takes_more_than_half_of_a_short_scene()
    {
        var plan = CompositionPlanner.Plan([Scene(1, 0, 0, 2), Scene(2, 0, 0, 0.4), Scene(3, 0, 0, 2)], 30, 48000, "fade-black", 1);

        Assert.Equal([(0, 6), (6, 6), (6, 0)], plan.Scenes.Select(s => (s.HeadFrames, s.TailFrames)));
        Assert.True(plan.Scenes.All(s => s.BodyFrames >= 0));
    }

    [Fact]
    public void Narration_starts_after_the_scene_start_and_padding_at_an_exact_sample()
    {
        var plan = CompositionPlanner.Plan([Scene(1, 0, 0, 2), Scene(2, 0.5, 0, 1, 1.5)], 30, 48000, "crossfade", 0.5);

        // Scene 2 starts at frame 45 (1.5 s); its narration 0.5 s later; its second sentence 1 s after that.
        Assert.Equal([96000L, 144000L], plan.Scenes[1].Sentences.Select(s => s.StartSample));
        Assert.Equal(48000L, plan.Scenes[1].Sentences[0].Samples);
    }

    [Fact]
    public void There_is_one_caption_per_sentence_inside_the_video_in_order()
    {
        var plan = CompositionPlanner.Plan([Scene(1, 0.2, 0.3, 1.1, 0.9), Scene(2, 0.1, 0, 1.234)], 30, 48000, "crossfade", 0.3);

        Assert.Equal(3, plan.Cues.Count);
        Assert.Equal([1, 2, 3], plan.Cues.Select(c => c.Index));
        Assert.All(plan.Cues, c => Assert.InRange(c.StartSeconds, 0, c.EndSeconds));
        Assert.All(plan.Cues, c => Assert.True(c.EndSeconds <= plan.DurationSeconds));
        Assert.True(plan.Cues.Zip(plan.Cues.Skip(1)).All(p => p.First.EndSeconds <= p.Second.StartSeconds + 1e-9));
        Assert.Equal(0.2, plan.Cues[0].StartSeconds, 3);
    }

    [Fact]
    public void A_clip_without_narration_lasts_as_long_as_the_clip()
    {
        var plan = CompositionPlanner.Plan([new SceneTimingInput(1, 0.5, 0.5, [], ClipSeconds: 2.5)], 24, 48000, "cut", 0);

        Assert.Equal(60, plan.TotalFrames);
        Assert.Empty(plan.Cues);
    }

    [Fact]
    public void A_scene_that_shows_its_text_on_screen_gets_no_cues_but_keeps_its_time_and_the_others_are_numbered_on()
    {
        var plan = CompositionPlanner.Plan([Scene(1, 0.2, 0.3, 1.1) with { TextOnScreen = true }, Scene(2, 0.1, 0, 1.234, 0.8)], 30, 48000, "cut", 0);

        Assert.Equal(["Sentence 2.1.", "Sentence 2.2."], plan.Cues.Select(c => c.Text));
        Assert.Equal([1, 2], plan.Cues.Select(c => c.Index));
        Assert.Equal(48, plan.Scenes[0].Frames);
        Assert.Equal((48 / 30.0) + 0.1, plan.Cues[0].StartSeconds, 3);
    }
}
