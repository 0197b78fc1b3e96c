using GenScene.Studio.Data.Versioning;
using GenScene.Studio.Infrastructure.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace GenScene.Studio.Features.Episodes.Pages;

/// <summary>
/// The editor's side of edit versions (ADR 0017, 0018): the page saves on the version it loaded, hears
/// at once (<see cref="EditNotifier"/>, no polling) when someone else saves a newer one, and from then
/// on saves nothing until the person reloads theirs or keeps editing a copy. Kept apart from the
/// editor's layout so that the two change independently.
/// </summary>
public partial class EpisodeEditor
{
    [Inject] private EditNotifier Edits { get; set; } = null!;
    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    private int _version;
    // A version saved elsewhere that this page has not shown: while set, autosave writes nothing.
    private EntityEdited? _newer;
    // Heard while this page's own save runs: the save's answer says whether it is ours (the same version) or newer.
    private EntityEdited? _heardDuringSave;
    private bool _saveInFlight;
    private IDisposable? _watch;

    private static string NotSavedNewer => Texts<EpisodesText>.Get("StatusNewer");

    /// <summary>From now on, this page knows <paramref name="episode"/> at its version and hears every newer save.</summary>
    private void Watch(Episode episode)
    {
        _version = episode.Version;
        _watch?.Dispose();
        _watch = Edits.Subscribe(EpisodeService.Kind, episode.Id, edited => _ = InvokeAsync(() => Heard(edited)));
    }

    private void Heard(EntityEdited edited)
    {
        if (_saveInFlight)
        {
            _heardDuringSave = edited;
            return;
        }
        if (edited.Deleted || edited.Version > _version)
        {
            ShowNewer(edited);
            StateHasChanged();
        }
    }

    private void ShowNewer(EntityEdited edited)
    {
        _newer = edited;
        _pendingSave?.Cancel();
        _status = NotSavedNewer;
    }

    private async Task<string?> UserNameAsync() =>
        AuthenticationState is null ? null : (await AuthenticationState).User.Identity?.Name;

    /// <summary>Creates the episode and watches it.</summary>
    private async Task<Episode> CreateWatchedAsync(EpisodeRequest request)
    {
        var created = await Episodes.CreateAsync(request, await UserNameAsync(), CancellationToken.None);
        Watch(created);
        return created;
    }

    /// <summary>Saves the draft on the version it was loaded at; false, with the notice shown, when another version is stored.</summary>
    private async Task<bool> UpdateOnLoadedVersionAsync(EpisodeRequest request)
    {
        var id = _draft!.Id!;
        _saveInFlight = true;
        try
        {
            var saved = await Episodes.UpdateAsync(id, request, new EditBy(await UserNameAsync(), _version), CancellationToken.None);
            if (saved is null)
            {
                ShowNewer(new EntityEdited(EpisodeService.Kind, id, 0, null, Deleted: true));
                return false;
            }
            _version = saved.Version;
            return true;
        }
        catch (StaleVersionException stale)
        {
            ShowNewer(new EntityEdited(EpisodeService.Kind, id, stale.CurrentVersion, stale.UpdatedBy, stale.Deleted));
            return false;
        }
        finally
        {
            _saveInFlight = false;
            if (_heardDuringSave is { } heard && (heard.Deleted || heard.Version > _version))
            {
                ShowNewer(heard);
            }
            _heardDuringSave = null;
        }
    }

    /// <summary>"Reload": their version replaces the draft.</summary>
    private async Task ReloadTheirsAsync()
    {
        _pendingSave?.Cancel();
        if (await Episodes.FindAsync(_draft!.Id!, CancellationToken.None) is not { } episode)
        {
            return;
        }
        _draft = EpisodeDraft.From(episode);
        _errors = [];
        _newer = null;
        _version = episode.Version;
        _status = episode.UpdatedBy is { } by ? Texts<EpisodesText>.Format("StatusReloadedBy", episode.Version, by) : Texts<EpisodesText>.Format("StatusReloaded", episode.Version);
    }

    /// <summary>"Keep editing a copy": the person's draft becomes a new episode, "(copy)" after its title; theirs stays as they saved it.</summary>
    private async Task KeepCopyAsync()
    {
        _pendingSave?.Cancel();
        var request = _draft!.ToRequest() with { Title = Texts<EpisodesText>.Format("CopyTitle", _draft.Title) };
        _errors = await Validator.ValidateAsync(request, CancellationToken.None);
        if (_errors.Count > 0)
        {
            _status = Texts<EpisodesText>.Get("StatusCopyInvalid");
            return;
        }
        var copy = await CreateWatchedAsync(request);
        _draft.Id = copy.Id;
        _draft.Title = copy.Title;
        _newer = null;
        _renders = [];
        _composeJobId = null;
        _status = Texts<EpisodesText>.Format("StatusSavedAsCopy", copy.Title);
        Navigation.NavigateTo($"/episodes/{copy.Id}", new NavigationOptions { ReplaceHistoryEntry = true });
    }

    private void StopWatching() => _watch?.Dispose();
}
