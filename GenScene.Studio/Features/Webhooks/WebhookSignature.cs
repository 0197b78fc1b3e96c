using System.Security.Cryptography;
using System.Text;

namespace GenScene.Studio.Features.Webhooks;

/// <summary>
/// X-GenScene-Signature: "sha256=" and the lower-case hex HMAC-SHA256 of the exact body bytes, keyed
/// with the secret given when the webhook was registered. Receivers recompute it and compare.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-GenScene-Signature";

    public static string Sign(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
