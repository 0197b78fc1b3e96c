using GenScene.Studio.Features.Composition.Caching;
using GenScene.Studio.Features.Composition.Output;
using GenScene.Studio.Features.Composition.Soundtrack;
using GenScene.Studio.Features.Composition.Sources;
using GenScene.Studio.Features.Composition.Video;
using GenScene.Studio.Features.Composition.Voicing;
using GenScene.Studio.Features.Jobs;

namespace GenScene.Studio.Features.Composition;

/// <summary>The episode.compose job and its stages; needs AddJobs, AddAudio, AddVoices (speech) and AddAssets.</summary>
public static class CompositionModule
{
    public static T AddComposition<T>(this T builder) where T : IHostApplicationBuilder
    {
        builder.Services.AddOptions<CompositionOptions>().BindConfiguration(CompositionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ISceneMediaSource, AssetLibrarySource>();
        builder.Services.AddSingleton<SceneVoicer>();
        builder.Services.AddSingleton<SceneVisuals>();
        builder.Services.AddSingleton<SceneSource>();
        builder.Services.AddSingleton<SegmentRenderer>();
        builder.Services.AddSingleton<StillFrames>();
        builder.Services.AddSingleton<SegmentCache>();
        builder.Services.AddSingleton<SegmentJoiner>();
        builder.Services.AddSingleton<VideoAssembler>();
        builder.Services.AddSingleton<SoundtrackBuilder>();
        builder.Services.AddSingleton<EpisodeMuxer>();
        builder.Services.AddSingleton<CompositionJobs>();
        builder.Services.AddJobHandler<ComposeEpisodeHandler>();
        return builder;
    }
}
