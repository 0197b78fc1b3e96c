namespace GenScene.Studio.Tests.Infrastructure.Api.Fuzz;

/// <summary>
/// One hostile request: which operation, what part of it is hostile (<see cref="Target"/>: "path.id",
/// "query.limit", "body", "body.scenes[0].text", "content-type", "form.role"...) and how (<see cref="Probe"/>).
/// </summary>
public sealed record FuzzCase(string Operation, string Target, string Probe, HttpMethod Method, string Url, Func<HttpContent?> Content,
    IReadOnlyDictionary<string, string>? Headers = null)
{
    public override string ToString() => $"{Operation} [{Target}: {Probe}]";

    public HttpRequestMessage ToRequest(Uri baseAddress)
    {
        var request = new HttpRequestMessage(Method, new Uri(baseAddress, Url.TrimStart('/'))) { Content = Content() };
        foreach (var (name, value) in Headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        return request;
    }
}
