using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GenScene.Studio.Tests.TestSupport;

/// <summary>What a client sees of edit versions (API.md): the ETag, If-Match, and the 412 that names the stored version.</summary>
public static class EditVersionChecks
{
    /// <summary>The response's ETag, quoted as the studio gives it ("\"7\"").</summary>
    public static string ETagOf(HttpResponseMessage response) =>
        response.Headers.ETag?.Tag ?? throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered no ETag");

    public static HttpRequestMessage WithIfMatch(this HttpRequestMessage request, string etag)
    {
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return request;
    }

    public static Task<HttpResponseMessage> PutAsync(HttpClient http, string path, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        return http.SendAsync(ifMatch is null ? request : request.WithIfMatch(ifMatch));
    }

    public static Task<HttpResponseMessage> DeleteAsync(HttpClient http, string path, string ifMatch) =>
        http.SendAsync(new HttpRequestMessage(HttpMethod.Delete, path).WithIfMatch(ifMatch));

    /// <summary>Asserts a 412 problem+json whose detail and currentVersion name <paramref name="currentVersion"/>, with it as ETag.</summary>
    public static async Task AssertStaleAsync(HttpResponseMessage response, int currentVersion)
    {
        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains($"version {currentVersion}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(currentVersion, problem.GetProperty("currentVersion").GetInt32());
        Assert.Equal($"\"{currentVersion}\"", ETagOf(response));
    }
}
