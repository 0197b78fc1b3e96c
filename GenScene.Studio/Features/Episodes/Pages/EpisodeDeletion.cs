using MudBlazor;

namespace GenScene.Studio.Features.Episodes.Pages;

/// <summary>The one confirmation before an episode goes to the trash, asked alike from the list and the editor.</summary>
public static class EpisodeDeletion
{
    public static async Task<bool> ConfirmAsync(IDialogService dialogs, string title) =>
        await dialogs.ShowMessageBoxAsync("Delete episode",
            $"Move {title} to the trash? You can restore it from the trash for 30 days; after that it is deleted with its videos.",
            yesText: "Move to trash", cancelText: "Cancel") == true;
}
