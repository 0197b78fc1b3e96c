namespace GenScene.Studio.Infrastructure.Api;

/// <summary>
/// The first GenScene backend's front end (README, "Clients of the first GenScene backend") always sends
/// <c>X-Client-ID</c>. Where its field shapes and today's contract differ in type, not just in name (an
/// event's numeric <c>timestamp</c>), the header decides which shape a caller gets; names are simply
/// both present.
/// </summary>
public static class FirstBackendClients
{
    public const string ClientIdHeader = "X-Client-ID";

    public static bool IsFirstFrontEnd(HttpRequest request) => request.Headers.ContainsKey(ClientIdHeader);

    /// <summary>Seconds since the epoch with milliseconds, as the first backend stamped its events.</summary>
    public static double EpochSeconds(DateTimeOffset at) => at.ToUnixTimeMilliseconds() / 1000.0;
}
