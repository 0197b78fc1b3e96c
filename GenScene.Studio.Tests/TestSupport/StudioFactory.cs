using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.TestSupport;

/// <summary>
/// The real studio in memory (WebApplicationFactory) on its own temporary data directory. Its clients
/// send the bootstrap admin key (<see cref="TestCredentials"/>); <see cref="CreateClientWithKey"/> sends
/// another key or none.
/// </summary>
public sealed class StudioFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory _data = new("genscene-api");
    private readonly Dictionary<string, string?> _settings = [];
    private readonly List<Action<IServiceCollection>> _services = [];

    public string DataDirectory => _data.Path;

    /// <summary>Overrides one setting (e.g. "GenScene:FfmpegPath") before the first client is created.</summary>
    public StudioFactory With(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>
    /// Lets the studio send webhooks to these hosts, addresses or ranges (GenScene:Outbound:AllowedHosts):
    /// test receivers listen on loopback, which the studio refuses by default.
    /// </summary>
    public StudioFactory AllowingOutbound(params string[] hosts)
    {
        for (var i = 0; i < hosts.Length; i++)
        {
            _settings[$"GenScene:Outbound:AllowedHosts:{i}"] = hosts[i];
        }
        return this;
    }

    /// <summary>Adds services (test job handlers) after the studio's own, before the first client is created.</summary>
    public StudioFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("GenScene:DataDirectory", _data.Path);
        foreach (var (key, value) in TestCredentials.Settings)
        {
            builder.UseSetting(key, value);
        }
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        foreach (var configure in _services)
        {
            builder.ConfigureTestServices(configure);
        }
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add("X-API-Key", TestCredentials.AdminKey);
    }

    /// <summary>A client that sends <paramref name="apiKey"/>, or no key at all when it is null.</summary>
    public HttpClient CreateClientWithKey(string? apiKey)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Remove("X-API-Key");
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-API-Key", apiKey);
        }
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
        }
    }
}
