using System.Net;
using GenScene.Studio.Infrastructure.Outbound;

namespace GenScene.Studio.Tests.Infrastructure.Outbound;

public sealed class RefusedAddressesTests
{
    [Theory]
    [InlineData("127.0.0.1", "a loopback address")]
    [InlineData("127.255.0.9", "a loopback address")]
    [InlineData("::1", "a loopback address")]
    [InlineData("::ffff:127.0.0.1", "a loopback address")]
    [InlineData("::127.0.0.1", "a loopback address")]
    [InlineData("64:ff9b::7f00:1", "a loopback address")]
    [InlineData("2002:a00:1::", "a private address")]
    [InlineData("2001:0:4136:e378:8000:63bf:80ff:fffe", "a loopback address")]
    [InlineData("10.1.2.3", "a private address")]
    [InlineData("172.31.255.255", "a private address")]
    [InlineData("192.168.0.1", "a private address")]
    [InlineData("100.127.0.1", "a private (carrier-grade NAT) address")]
    [InlineData("169.254.169.254", "a link-local address (cloud metadata services answer there)")]
    [InlineData("fe80::1", "a link-local address")]
    [InlineData("fec0::1", "a site-local address")]
    [InlineData("fc00::1", "a private (unique local) address")]
    [InlineData("fd12:3456::1", "a private (unique local) address")]
    [InlineData("ff02::1", "a multicast address")]
    [InlineData("239.1.1.1", "a multicast address")]
    [InlineData("0.0.0.0", "an unspecified address")]
    [InlineData("0.1.2.3", "an unspecified address")]
    [InlineData("::", "an unspecified address")]
    [InlineData("255.255.255.255", "the broadcast address")]
    [InlineData("240.0.0.1", "a reserved address")]
    public void An_address_of_the_studios_own_machine_or_network_is_refused_by_its_rule(string address, string rule)
    {
        Assert.Equal(rule, RefusedAddresses.Rule(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:93.184.216.34")]
    [InlineData("2002:5db8:d822::")]
    public void A_public_address_is_let_through(string address)
    {
        Assert.Null(RefusedAddresses.Rule(IPAddress.Parse(address)));
    }
}
