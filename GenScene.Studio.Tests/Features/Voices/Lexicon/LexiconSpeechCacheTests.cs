using System.Net.Http.Json;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Voices.Lexicon;

/// <summary>The lexicon through POST /api/tts: the engine hears the rewritten text, and an entry misses the cache only for the texts it touches.</summary>
public sealed class LexiconSpeechCacheTests
{
    [Fact]
    public async Task Adding_an_entry_makes_only_the_texts_it_touches_speak_again_and_the_engine_hears_the_alias()
    {
        await using var studio = new StudioFactory().WithServices(CountingEngine.Register);
        using var http = studio.CreateClient();
        var engine = studio.Services.GetRequiredService<CountingEngine>();
        var touched = new { text = "Welcome to GenScene, friends.", voiceId = SpeechApi.Ava };
        var untouched = new { text = "Welcome to the shop, friends.", voiceId = SpeechApi.Ava };
        await SpeechApi.PostAndWaitAsync(studio, http, touched);
        await SpeechApi.PostAndWaitAsync(studio, http, untouched);
        Assert.Equal(2, engine.Calls);

        (await http.PostAsJsonAsync("/api/lexicon", new { phrase = "GenScene", language = "en", alias = "Yen Sin" })).EnsureSuccessStatusCode();
        var touchedAgain = await SpeechApi.PostAndWaitAsync(studio, http, touched);
        var untouchedAgain = await SpeechApi.PostAndWaitAsync(studio, http, untouched);

        Assert.Equal(3, engine.Calls); // only the text with "GenScene" was spoken again
        Assert.Equal("Welcome to Yen Sin, friends.", engine.Texts.Last());
        Assert.Equal((0, 1), (SpeechApi.Row(studio.DataDirectory, touchedAgain).CacheHits, SpeechApi.Row(studio.DataDirectory, touchedAgain).CacheMisses));
        Assert.Equal((1, 0), (SpeechApi.Row(studio.DataDirectory, untouchedAgain).CacheHits, SpeechApi.Row(studio.DataDirectory, untouchedAgain).CacheMisses));
    }

    [Fact]
    public async Task The_engine_hears_prices_and_times_spelled_out_in_the_voice_language()
    {
        await using var studio = new StudioFactory().WithServices(CountingEngine.Register);
        using var http = studio.CreateClient();
        var engine = studio.Services.GetRequiredService<CountingEngine>();

        await SpeechApi.PostAndWaitAsync(studio, http, new { text = "Naranjas a 3,50 € hasta las 10:30.", voiceId = SpeechApi.Valentina });
        await SpeechApi.PostAndWaitAsync(studio, http, new { text = "Oranges for $3.50 until 10:30.", voiceId = SpeechApi.Ava });

        Assert.Equal(["Naranjas a tres euros con cincuenta hasta las diez y media.", "Oranges for three dollars and fifty cents until ten thirty."], engine.Texts);
    }
}
