using System.Security.Cryptography;
using GenScene.Studio.Features.Security.ApiKeys;
using GenScene.Studio.Features.Security.Users;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Features.Security;

/// <summary>
/// At start (after the schema is in place): the configured admin API key, and a first admin when
/// nobody can sign in yet. A generated password goes to the console once, never to the log files.
/// </summary>
public sealed class SecurityBootstrap(IServiceScopeFactory scopes, IOptions<SecurityOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var settings = options.Value;
        if (!string.IsNullOrEmpty(settings.BootstrapApiKey))
        {
            await scope.ServiceProvider.GetRequiredService<ApiKeyService>().EnsureBootstrapKeyAsync(settings.BootstrapApiKey, cancellationToken).ConfigureAwait(false);
        }
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        if (await accounts.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        var password = settings.BootstrapAdminPassword;
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16);
        }
        await accounts.CreateAsync(settings.BootstrapAdminUserName, password!, StudioRoles.Admin, cancellationToken).ConfigureAwait(false);
        if (generated)
        {
            await Console.Out.WriteLineAsync(
                $"GenScene Studio: created the first admin '{settings.BootstrapAdminUserName}' with password {password} — sign in and change it on the Users page. It is shown only this once.").ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
