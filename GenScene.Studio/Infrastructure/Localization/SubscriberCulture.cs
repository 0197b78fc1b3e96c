using System.Globalization;

namespace GenScene.Studio.Infrastructure.Localization;

/// <summary>
/// The language of whoever subscribed to an in-process notifier (a page's circuit), restored around each callback.
/// A notifier calls back on the publisher's thread (the job runner, another user's request), whose culture is
/// not the page's: a page that re-rendered from there (InvokeAsync captures the caller's context) switched to the
/// publisher's language mid-view. The Spanish pages test caught /jobs turning English as a job moved.
/// </summary>
public readonly record struct SubscriberCulture(CultureInfo Culture, CultureInfo UICulture)
{
    public static SubscriberCulture Capture() => new(CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    public void Run<T>(Action<T> callback, T argument)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (Culture, UICulture);
        try
        {
            callback(argument);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }
}
