using Microsoft.Extensions.Options;

namespace GenScene.Studio.Infrastructure.Outbound;

/// <summary>A bad allow-list entry stops the start with a message naming its key, rather than silently allowing nothing.</summary>
public sealed class OutboundOptionsValidator : IValidateOptions<OutboundOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboundOptions options)
    {
        var failures = options.AllowedHosts
            .Select((entry, i) => OutboundAllowList.Problem(entry) is { } problem ? $"{OutboundOptions.AllowedHostsKey}:{i} {problem}" : null)
            .OfType<string>().ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
