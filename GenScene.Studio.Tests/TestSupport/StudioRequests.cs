using System.Text.Json;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.TestSupport;

/// <summary>
/// The studio's HTTP API called from a signed-in browser page (its cookie is the credential), for tests that need
/// something made by that person without going through another feature's page.
/// </summary>
public static class StudioRequests
{
    public static async Task<JsonElement> PostJsonAsync(this IPage page, string path, object body)
    {
        var response = await page.APIRequest.PostAsync(path, new() { DataObject = body });
        Assert.True(response.Ok, $"POST {path}: {response.Status} {await response.TextAsync()}");
        return (await response.JsonAsync())!.Value;
    }

    /// <summary>Waits until the job is in one of <paramref name="states"/> (read over HTTP), and returns it.</summary>
    public static async Task<JsonElement> WaitForJobAsync(this IAPIRequestContext api, string jobId, params string[] states)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var job = (await (await api.GetAsync($"/api/jobs/{jobId}")).JsonAsync())!.Value;
            if (states.Contains(job.GetProperty("state").GetString()))
            {
                return job;
            }
            Assert.True(DateTime.UtcNow < deadline, $"job {jobId} is still {job.GetProperty("state").GetString()}");
            await Task.Delay(200);
        }
    }
}
