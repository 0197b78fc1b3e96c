namespace GenScene.Studio.Infrastructure.Outbound;

/// <summary>The guard refused a connection; the message names the address and the rule, for the user to read.</summary>
public sealed class OutboundRefusedException(string message) : Exception(message)
{
    /// <summary>The refusal inside what HttpClient wraps it in, if there is one.</summary>
    public static OutboundRefusedException? Find(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is OutboundRefusedException refused)
            {
                return refused;
            }
        }
        return null;
    }
}
