namespace GenScene.Studio.Infrastructure.Outbound;

/// <summary>
/// Section "GenScene:Outbound": where the studio may send requests to addresses a user gave (webhooks now,
/// later any "fetch from URL"). Provider base URLs an admin configures are not routed through it.
/// </summary>
public sealed class OutboundOptions
{
    public const string Section = "GenScene:Outbound";
    public const string AllowedHostsKey = Section + ":" + nameof(AllowedHosts);

    /// <summary>
    /// Host names (receiver.intranet), addresses (10.1.2.3, fd00::5) or CIDR ranges (10.20.0.0/16) that are
    /// let through although they are loopback, private, link-local or otherwise refused by default.
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];
}
