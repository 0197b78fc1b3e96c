using GenScene.Studio.Features.Voices;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Voices;

public sealed class VoiceCatalogTests
{
    [Fact]
    public async Task Seeding_adds_English_and_Spanish_voices_of_both_genders_once_with_one_default()
    {
        using var database = await new TestDatabase().MigratedAsync();
        var catalog = new VoiceCatalog(database.Contexts, TimeProvider.System, new GenScene.Studio.Data.Versioning.EditNotifier(Microsoft.Extensions.Logging.Abstractions.NullLogger<GenScene.Studio.Data.Versioning.EditNotifier>.Instance));

        var first = await catalog.AddMissingAsync(VoiceSeeds.Espeak(DateTimeOffset.UtcNow), CancellationToken.None);
        var second = await catalog.AddMissingAsync(VoiceSeeds.Espeak(DateTimeOffset.UtcNow), CancellationToken.None);
        var voices = await catalog.ListAsync(includeDisabled: true, CancellationToken.None);

        Assert.True(first >= 6);
        Assert.Equal(0, second);
        Assert.Single(voices, v => v.IsDefault);
        foreach (var language in new[] { "en-US", "es", "es-419" })
        {
            Assert.Contains(voices, v => v.Language == language && v.Gender == "female");
            Assert.Contains(voices, v => v.Language == language && v.Gender == "male");
        }
    }

    [Fact]
    public async Task The_default_cannot_be_disabled_and_moving_the_default_keeps_exactly_one()
    {
        using var database = await new TestDatabase().MigratedAsync();
        var catalog = new VoiceCatalog(database.Contexts, TimeProvider.System, new GenScene.Studio.Data.Versioning.EditNotifier(Microsoft.Extensions.Logging.Abstractions.NullLogger<GenScene.Studio.Data.Versioning.EditNotifier>.Instance));
        await catalog.AddMissingAsync(VoiceSeeds.Espeak(DateTimeOffset.UtcNow), CancellationToken.None);
        var original = (await catalog.DefaultAsync(CancellationToken.None))!;
        var other = (await catalog.ListAsync(false, CancellationToken.None)).First(v => !v.IsDefault);

        await Assert.ThrowsAsync<InvalidOperationException>(() => catalog.SetEnabledAsync(original.Id, false, CancellationToken.None));
        await catalog.SetDefaultAsync(other.Id, CancellationToken.None);
        await catalog.SetEnabledAsync(original.Id, false, CancellationToken.None);

        var voices = await catalog.ListAsync(includeDisabled: true, CancellationToken.None);
        Assert.Equal(other.Id, Assert.Single(voices, v => v.IsDefault).Id);
        Assert.False(voices.Single(v => v.Id == original.Id).Enabled);
    }

    [Fact]
    public async Task Saving_settings_out_of_range_names_the_field_and_changes_nothing()
    {
        using var database = await new TestDatabase().MigratedAsync();
        var catalog = new VoiceCatalog(database.Contexts, TimeProvider.System, new GenScene.Studio.Data.Versioning.EditNotifier(Microsoft.Extensions.Logging.Abstractions.NullLogger<GenScene.Studio.Data.Versioning.EditNotifier>.Instance));
        await catalog.AddMissingAsync(VoiceSeeds.Espeak(DateTimeOffset.UtcNow), CancellationToken.None);
        var voice = (await catalog.DefaultAsync(CancellationToken.None))!;
        voice.DefaultSettings = voice.DefaultSettings with { Speed = 9 };
        voice.Name = "Renamed";

        var errors = await catalog.SaveAsync(voice, new(null), CancellationToken.None);

        Assert.Contains("settings.speed", errors.Keys);
        var stored = (await catalog.FindAsync(voice.Id, CancellationToken.None))!;
        Assert.Equal(1.0, stored.DefaultSettings.Speed);
        Assert.NotEqual("Renamed", stored.Name);
    }
}
