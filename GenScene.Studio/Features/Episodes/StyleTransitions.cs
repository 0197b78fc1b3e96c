using GenScene.Studio.Features.Styles;
using GenScene.Studio.Features.Composition;

namespace GenScene.Studio.Features.Episodes;

/// <summary>
/// A default style brings its default transition: a style decides how an episode moves from scene to
/// scene as well as how it looks. The editor (<see cref="Pages.EpisodeDraft.UseStyle"/>) and the API both
/// take it from here, so the same style starts an episode with the same transition either way.
/// </summary>
public static class StyleTransitions
{
    /// <summary>The style's default transition; null without a style or when it is not one episodes accept.</summary>
    public static string? Of(Style? style) =>
        style is not null && EpisodeFormats.Transitions.Contains(style.DefaultTransition) ? style.DefaultTransition : null;

    /// <summary>
    /// The request with its default style's transition when it names a style but no transition. A transition
    /// the client sent always wins, and without a style the request is unchanged (the stored default stays).
    /// </summary>
    public static async Task<EpisodeRequest> FillAsync(EpisodeRequest request, StyleCatalog styles, CancellationToken cancellationToken)
    {
        if (request.Transition is not null || request.StyleId is null)
        {
            return request;
        }
        var style = await styles.FindAsync(request.StyleId, cancellationToken).ConfigureAwait(false);
        return request with { Transition = Of(style) };
    }
}
