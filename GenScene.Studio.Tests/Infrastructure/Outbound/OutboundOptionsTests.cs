using GenScene.Studio.Infrastructure.Outbound;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Tests.Infrastructure.Outbound;

/// <summary>A bad allow-list entry stops the start, naming the entry; good ones start.</summary>
public sealed class OutboundOptionsTests
{
    [Theory]
    [InlineData("10.0.0.1/8")]
    [InlineData("10.0.0.0/33")]
    [InlineData("not a host")]
    [InlineData("http://intranet/")]
    public async Task A_bad_allowed_host_stops_the_start_with_a_message_naming_its_key(string entry)
    {
        using var host = Build("intranet.example", entry);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        var failure = Assert.Single(error.Failures);
        Assert.StartsWith($"GenScene:Outbound:AllowedHosts:1 '{entry}' is neither a host name", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_names_addresses_and_ranges_are_accepted()
    {
        using var host = Build("intranet.example", "10.1.2.3", "10.20.0.0/16", "fd00::/8", "[fd00::5]", "localhost");

        await host.StartAsync();
        await host.StopAsync();
    }

    private static IHost Build(params string[] entries)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(entries.Select((e, i) => new KeyValuePair<string, string?>($"GenScene:Outbound:AllowedHosts:{i}", e)));
        builder.AddOutbound();
        return builder.Build();
    }
}
