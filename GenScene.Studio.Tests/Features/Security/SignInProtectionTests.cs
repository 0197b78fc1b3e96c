using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Features.Security;
using GenScene.Studio.Features.Security.Users;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GenScene.Studio.Tests.Features.Security;

/// <summary>Guessing passwords: accounts lock, addresses are throttled, nothing tells which names exist.</summary>
public sealed class SignInProtectionTests
{
    private const string Password = "the-right-password";

    [Fact]
    public async Task After_five_wrong_passwords_the_right_one_is_refused_until_an_admin_unlocks_the_account()
    {
        await using var studio = new StudioFactory();
        var accounts = await NewUserAsync(studio, "dana");
        using var browser = studio.CreateClientWithKey(null);

        for (var i = 0; i < 5; i++)
        {
            Assert.True(IsRefused(await StudioSignIn.PostSignInAsync(browser, "dana", $"guess-{i}")));
        }
        Assert.True(IsRefused(await StudioSignIn.PostSignInAsync(browser, "dana", Password)), "the right password is refused while the account is locked");
        var dana = (await accounts.ListAsync(CancellationToken.None)).Single(u => u.UserName == "dana");
        Assert.True(accounts.IsLocked(dana));

        await accounts.UnlockAsync(dana.Id, CancellationToken.None);

        Assert.False(IsRefused(await StudioSignIn.PostSignInAsync(browser, "dana", Password)));
    }

    [Fact]
    public async Task A_lockout_ends_by_itself_after_the_configured_time()
    {
        await using var studio = new StudioFactory().With("GenScene:SignInMaxFailures", "2").With("GenScene:SignInLockoutMinutes", "0.05");
        await NewUserAsync(studio, "eli");
        using var browser = studio.CreateClientWithKey(null);

        Assert.True(IsRefused(await StudioSignIn.PostSignInAsync(browser, "eli", "guess-1")));
        Assert.True(IsRefused(await StudioSignIn.PostSignInAsync(browser, "eli", "guess-2")));
        Assert.True(IsRefused(await StudioSignIn.PostSignInAsync(browser, "eli", Password)));

        await Task.Delay(TimeSpan.FromSeconds(3.5)); // the lockout is 0.05 minutes
        Assert.False(IsRefused(await StudioSignIn.PostSignInAsync(browser, "eli", Password)));
    }

    [Fact]
    public async Task An_unknown_name_a_wrong_password_and_a_locked_account_get_the_same_answer_and_page()
    {
        await using var studio = new StudioFactory();
        await NewUserAsync(studio, "fay");
        using var browser = studio.CreateClientWithKey(null);

        var wrongPassword = await AnswerAsync(browser, "fay", "not-her-password");
        var unknownName = await AnswerAsync(browser, "nobody-by-this-name", "not-her-password");
        for (var i = 0; i < 5; i++)
        {
            await StudioSignIn.PostSignInAsync(browser, "fay", $"guess-{i}");
        }
        var locked = await AnswerAsync(browser, "fay", Password);

        Assert.Equal(wrongPassword, unknownName);
        Assert.Equal(wrongPassword, locked);
        Assert.Contains("The user name or password is not right, or the account is locked.", wrongPassword.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failed_sign_ins_from_one_address_over_the_limit_get_429_with_retry_after_even_with_the_right_password()
    {
        var logs = new CapturedLogs();
        await using var studio = new StudioFactory().With("GenScene:SignInMaxFailuresPerAddress", "3")
            .WithServices(services => services.AddSingleton<ILoggerProvider>(logs));
        await NewUserAsync(studio, "gus");
        using var program = studio.CreateClientWithKey(null);

        // Different names each time: no account is locked, only the address is.
        foreach (var name in new[] { "ann", "bob", "cy" })
        {
            Assert.True(IsRefused(await StudioSignIn.PostSignInAsync(program, name, "guess")));
        }
        using var throttled = await StudioSignIn.PostSignInAsync(program, "gus", Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal("application/problem+json", throttled.Content.Headers.ContentType?.MediaType);
        var retryAfter = throttled.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 15 * 60);
        var problem = await throttled.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Too many failed sign-ins", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // A browser's form is sent back to the page, which says how long to wait.
        using var page = studio.CreateClientWithKey(null);
        page.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        using var answer = await StudioSignIn.PostSignInAsync(page, "gus", Password);
        Assert.Contains("retryAfter=", answer.RequestMessage!.RequestUri!.Query, StringComparison.Ordinal);
        Assert.Contains("Too many failed sign-ins from this network. Try again in", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var lines = logs.AtLeast(LogLevel.Information).Where(l => l.Contains("Sign-in", StringComparison.Ordinal)).ToList();
        Assert.Contains(lines, l => l.Contains("Sign-in refused for \"ann\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("too many failed sign-ins", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.AtLeast(LogLevel.Trace), l => l.Contains(Password, StringComparison.Ordinal) || l.Contains("guess", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Locking_an_account_is_logged_as_a_warning_without_the_password()
    {
        var logs = new CapturedLogs();
        await using var studio = new StudioFactory().WithServices(services => services.AddSingleton<ILoggerProvider>(logs));
        await NewUserAsync(studio, "hal");
        using var browser = studio.CreateClientWithKey(null);

        for (var i = 0; i < 5; i++)
        {
            await StudioSignIn.PostSignInAsync(browser, "hal", $"secret-guess-{i}");
        }

        Assert.Contains(logs.AtLeast(LogLevel.Warning), l => l.Contains("Locked \"hal\" until", StringComparison.Ordinal));
        Assert.Equal(4, logs.AtLeast(LogLevel.Information).Count(l => l.Contains("wrong password (", StringComparison.Ordinal)));
        Assert.DoesNotContain(logs.AtLeast(LogLevel.Trace), l => l.Contains("secret-guess", StringComparison.Ordinal));
    }

    private static async Task<UserAccounts> NewUserAsync(StudioFactory studio, string name)
    {
        studio.CreateClient().Dispose();
        var scope = studio.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        await accounts.CreateAsync(name, Password, StudioRoles.Creator, CancellationToken.None);
        return accounts;
    }

    /// <summary>Sent back to the sign-in page, so not signed in.</summary>
    private static bool IsRefused(HttpResponseMessage response)
    {
        using (response)
        {
            return response.RequestMessage!.RequestUri!.AbsolutePath == AccountEndpoints.LoginPath;
        }
    }

    /// <summary>Where the answer led and what the page said there.</summary>
    private static async Task<(string Where, string Message)> AnswerAsync(HttpClient client, string userName, string password)
    {
        using var response = await StudioSignIn.PostSignInAsync(client, userName, password);
        var html = await response.Content.ReadAsStringAsync();
        var start = html.IndexOf("id=\"login-error\"", StringComparison.Ordinal);
        var end = html.IndexOf("id=\"userName\"", StringComparison.Ordinal);
        var message = start < 0 ? "" : System.Text.RegularExpressions.Regex.Replace(html[html.IndexOf('>', start)..end], "<[^>]+>|\\s+", " ").Trim();
        return (response.RequestMessage!.RequestUri!.PathAndQuery, message);
    }
}
