using System.Text.RegularExpressions;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Security;

/// <summary>Signs a cookie-holding client in through the real sign-in form (with its antiforgery token).</summary>
public static partial class StudioSignIn
{
    public static async Task<HttpClient> SignedInClientAsync(this StudioFactory studio, string userName, string password)
    {
        var client = studio.CreateClientWithKey(null);
        using var response = await PostSignInAsync(client, userName, password);
        Assert.NotEqual("/account/login", response.RequestMessage!.RequestUri!.AbsolutePath);
        return client;
    }

    /// <summary>Reads the sign-in form (for its antiforgery token and cookie) and posts it.</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string userName, string password)
    {
        var page = await client.GetStringAsync("/account/login");
        var token = AntiforgeryField().Match(page);
        Assert.True(token.Success, "the sign-in form carries an antiforgery token");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token.Groups[1].Value,
            ["userName"] = userName,
            ["password"] = password,
            ["returnUrl"] = "/",
        });
        return await client.PostAsync("/account/login", form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
