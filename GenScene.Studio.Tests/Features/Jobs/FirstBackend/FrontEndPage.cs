using System.Net;
using System.Text;

namespace GenScene.Studio.Tests.Features.Jobs.FirstBackend;

/// <summary>A blank page served at an origin of its own, so Chromium's requests from it to the studio are cross-origin for real.</summary>
public sealed class FrontEndPage : IDisposable
{
    private readonly HttpListener _listener = new();

    private FrontEndPage(string origin)
    {
        Origin = origin;
        _listener.Prefixes.Add(origin + "/");
        _listener.Start();
        _ = ServeAsync();
    }

    public string Origin { get; }

    public static FrontEndPage Serve(string origin) => new(origin);

    private async Task ServeAsync()
    {
        var body = Encoding.UTF8.GetBytes("<!doctype html><title>front end</title>");
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return; // stopped
            }
            context.Response.ContentType = "text/html";
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }

    public void Dispose() => _listener.Close();
}
