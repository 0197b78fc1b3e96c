using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace GenScene.Studio.Infrastructure.Api;

/// <summary>
/// The headers every answer carries against content sniffing, leaked addresses, framing and injected
/// scripts (ADR 0040). Set as the response starts, when its content type and status are final, so endpoints
/// that choose their own caching (immutable asset files, style previews) keep it.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "GenScene.ScriptNonce";

    /// <summary>
    /// This request's script nonce: the one inline script Blazor writes (the import map) carries it, nothing else
    /// may run inline. Made on first use, so API and file answers (the hot path) never pay for the random bytes.
    /// </summary>
    public static string ScriptNonce(HttpContext context)
    {
        if (context.Items.TryGetValue(NonceKey, out var existing) && existing is string text)
        {
            return text;
        }
        // Hex, not base64: Razor HTML-encodes "+" in the attribute it writes, which the browser decodes but any
        // reader of the raw page (and the test that compares the header with the page) would not.
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        return nonce;
    }

    public static IApplicationBuilder UseStudioSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            Apply(context);
            return Task.CompletedTask;
        });
        await next(context);
    });

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        // The studio links nowhere outside itself that needs to know where a visitor came from.
        headers["Referrer-Policy"] = "no-referrer";
        var type = context.Response.ContentType ?? "";
        if (type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
        {
            headers[HeaderNames.ContentSecurityPolicy] = PagePolicy(context.Request, ScriptNonce(context));
            headers[HeaderNames.XFrameOptions] = "DENY"; // frame-ancestors for browsers that predate it
        }
        else if (IsJson(type) && !headers.ContainsKey(HeaderNames.CacheControl))
        {
            // Answers about a caller's jobs, keys and users must not stay in a shared or disk cache.
            headers[HeaderNames.CacheControl] = "no-store";
        }
    }

    /// <summary>
    /// Blazor Server needs its own scripts, its WebSocket to this host and nothing inline but the import map;
    /// MudBlazor writes inline style attributes; players and waveforms use blob: and data: URLs.
    /// </summary>
    private static string PagePolicy(HttpRequest request, string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; " +
        "media-src 'self' blob:; " +
        "font-src 'self' data:; " +
        $"connect-src 'self' ws://{request.Host} wss://{request.Host}; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static bool IsJson(string contentType) =>
        contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
        || contentType.StartsWith("application/problem+json", StringComparison.OrdinalIgnoreCase);
}
