using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Infrastructure.Outbound;

namespace GenScene.Studio.Features.Webhooks;

public static class WebhooksModule
{
    /// <summary>Delivery runs wherever jobs run (the studio and --worker processes alike).</summary>
    public static T AddWebhooks<T>(this T builder) where T : IHostApplicationBuilder
    {
        builder.Services.AddJobHandler<WebhookDeliveryHandler>();
        builder.Services.AddHostedService<WebhookDispatcher>();
        builder.Services.AddHttpClient(WebhookDeliveryHandler.ClientName, http =>
        {
            http.Timeout = TimeSpan.FromSeconds(10);
            http.DefaultRequestHeaders.UserAgent.ParseAdd("GenScene-Studio-Webhooks/1.0");
        }).UseOutboundGuard(WebhookDeliveryHandler.Purpose);
        return builder;
    }
}
