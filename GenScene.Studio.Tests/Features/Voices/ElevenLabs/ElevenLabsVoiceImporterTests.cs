using GenScene.Studio.Features.Voices;
using GenScene.Studio.Features.Voices.Tts;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Voices.ElevenLabs;

/// <summary>GET /v1/voices from the fake ElevenLabs server into the studio's catalog.</summary>
public sealed class ElevenLabsVoiceImporterTests : IAsyncLifetime
{
    private FakeElevenLabs _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeElevenLabs.StartAsync(apiKey: "test-key");

    [Fact]
    public async Task The_account_voices_are_added_once_with_their_language_gender_and_accent()
    {
        await using var studio = new StudioFactory().With("ElevenLabs:ApiKey", "test-key").With("ElevenLabs:BaseUrl", _fake.Url);
        var importer = studio.Services.GetRequiredService<ElevenLabsVoiceImporter>();
        var catalog = studio.Services.GetRequiredService<VoiceCatalog>();
        var before = await catalog.ListAsync(includeDisabled: true, CancellationToken.None);

        var first = await importer.ImportAsync(CancellationToken.None);
        var second = await importer.ImportAsync(CancellationToken.None);

        Assert.Equal(3, first);
        Assert.Equal(0, second);
        var request = _fake.Requests.First();
        Assert.Equal(("GET", "/v1/voices", "test-key"), (request.Method, request.Path, request.ApiKey));
        var imported = (await catalog.ListAsync(includeDisabled: true, CancellationToken.None)).Where(v => v.Provider == ElevenLabsEngine.ProviderName).ToList();
        Assert.Equal(3, imported.Count);
        var rachel = Assert.Single(imported, v => v.ProviderVoiceId == FakeElevenLabs.VoiceId);
        Assert.Equal(("Rachel", "en", "female", "american", "calm"), (rachel.Name, rachel.Language, rachel.Gender, rachel.Accent, rachel.Description));
        Assert.Equal(VoiceCatalog.IdFor(ElevenLabsEngine.ProviderName, FakeElevenLabs.VoiceId), rachel.Id);
        var lucia = Assert.Single(imported, v => v.ProviderVoiceId == FakeElevenLabs.SpanishVoiceId);
        Assert.Equal(("es", "castilian", "Warm Castilian narrator"), (lucia.Language, lucia.Accent, lucia.Description));
        Assert.Equal(("pt", "male"), imported.Where(v => v.ProviderVoiceId == "fine-tuned-pt").Select(v => (v.Language, v.Gender)).Single());
        // The catalog's default stays the seeded one.
        Assert.Equal(before.Single(v => v.IsDefault).Id, Assert.Single(await catalog.ListAsync(true, CancellationToken.None), v => v.IsDefault).Id);
    }

    [Fact]
    public async Task A_wrong_key_is_an_error_that_says_401_and_adds_nothing()
    {
        await using var studio = new StudioFactory().With("ElevenLabs:ApiKey", "wrong-key").With("ElevenLabs:BaseUrl", _fake.Url);

        var error = await Assert.ThrowsAsync<TtsEngineException>(() =>
            studio.Services.GetRequiredService<ElevenLabsVoiceImporter>().ImportAsync(CancellationToken.None));

        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(await studio.Services.GetRequiredService<VoiceCatalog>().ListAsync(true, CancellationToken.None),
            v => v.Provider == ElevenLabsEngine.ProviderName);
    }

    [Fact]
    public async Task Without_a_key_import_refuses_without_calling_out()
    {
        await using var studio = new StudioFactory().With("ElevenLabs:BaseUrl", _fake.Url);

        var error = await Assert.ThrowsAsync<TtsEngineException>(() =>
            studio.Services.GetRequiredService<ElevenLabsVoiceImporter>().ImportAsync(CancellationToken.None));

        Assert.Contains("ElevenLabs:ApiKey", error.Message, StringComparison.Ordinal);
        Assert.Empty(_fake.Requests);
    }

    public async Task DisposeAsync() => await _fake.DisposeAsync();
}
