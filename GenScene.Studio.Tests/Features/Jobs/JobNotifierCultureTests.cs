using System.Globalization;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Infrastructure.Localization;
using Microsoft.Extensions.Logging.Abstractions;

namespace GenScene.Studio.Tests.Features.Jobs;

/// <summary>A page that follows jobs keeps its language when a job, moved by a runner in another language, calls it back.</summary>
public sealed class JobNotifierCultureTests
{
    [Fact]
    public async Task A_subscriber_is_called_back_in_its_own_language_not_the_publishers()
    {
        var notifier = new JobNotifier(NullLogger<JobNotifier>.Instance);
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = StudioCultures.Culture("es");
        using var subscription = notifier.Subscribe(update => seen.TrySetResult(CultureInfo.CurrentUICulture.Name));
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);

        await Task.Run(() =>
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = StudioCultures.Culture("en");
            notifier.Publish(new JobUpdate("job-1", "tts", JobState.Running, 10, "voicing", DateTimeOffset.UtcNow));
            Assert.Equal("en", CultureInfo.CurrentUICulture.Name);
        });

        Assert.Equal("es", await seen.Task);
    }
}
