using Microsoft.Extensions.Localization;
using MudBlazor;

namespace GenScene.Studio.Features.Episodes.Pages;

/// <summary>The one confirmation before an episode goes to the trash, asked alike from the list and the editor, in the page's language.</summary>
public static class EpisodeDeletion
{
    public static async Task<bool> ConfirmAsync(IDialogService dialogs, IStringLocalizer<EpisodesText> texts, string title) =>
        await dialogs.ShowMessageBoxAsync(texts["DeleteEpisode"],
            texts["DeleteQuestion", title, (int)EpisodeTrash.KeepFor.TotalDays],
            yesText: texts["MoveToTrash"], cancelText: texts["Cancel"]) == true;
}
