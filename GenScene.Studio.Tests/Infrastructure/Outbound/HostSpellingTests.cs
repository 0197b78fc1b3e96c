using GenScene.Studio.Infrastructure.Outbound;

namespace GenScene.Studio.Tests.Infrastructure.Outbound;

/// <summary>Hosts are read as the resolver reads them, so no spelling of an address passes as a name.</summary>
public sealed class HostSpellingTests
{
    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1")]
    [InlineData("127.1", "127.0.0.1")]
    [InlineData("127.0.1", "127.0.0.1")]
    [InlineData("2130706433", "127.0.0.1")]
    [InlineData("0x7f000001", "127.0.0.1")]
    [InlineData("0x7f.0.0.1", "127.0.0.1")]
    [InlineData("0177.0.0.1", "127.0.0.1")]
    [InlineData("017700000001", "127.0.0.1")]
    [InlineData("169.254.43518", "169.254.169.254")]
    [InlineData("[::1]", "::1")]
    [InlineData("[::ffff:127.0.0.1]", "::ffff:127.0.0.1")]
    [InlineData("10.0.0.1.", "10.0.0.1")]
    public void An_address_spelled_any_way_the_resolver_accepts_is_read_as_that_address(string host, string address)
    {
        Assert.True(HostSpelling.TryParseAddress(host, out var parsed));
        Assert.Equal(address, parsed.ToString());
    }

    [Theory]
    [InlineData("example.com")]
    [InlineData("1.2.3.4.5")]
    [InlineData("256.1.1.1")]
    [InlineData("08.0.0.1")]
    [InlineData("0x")]
    [InlineData("4294967296")]
    [InlineData("1e3")]
    public void A_name_or_an_impossible_address_is_not_an_address(string host)
    {
        Assert.False(HostSpelling.TryParseAddress(host, out _));
    }
}
