using System.Net;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Infrastructure.Logging;

public sealed class RequestLogLinesTests
{
    [Fact]
    public async Task A_request_to_a_templated_route_is_one_json_line_with_the_template_its_values_status_user_and_trace()
    {
        await using var studio = await StudioProcess.Start().WaitUntilListeningAsync();
        var id = Guid.NewGuid().ToString("N");
        using (var http = studio.CreateClient())
        {
            using var response = await http.GetAsync($"api/jobs/{id}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        studio.Signal(Signals.SigTerm);
        Assert.True(await studio.WaitForExitAsync(TimeSpan.FromSeconds(30)), studio.Output);

        var lines = StudioLogFile.Read(studio.DataDirectory).Where(l => l.Template().StartsWith("HTTP {RequestMethod}", StringComparison.Ordinal)).ToList();
        var request = Assert.Single(lines, l => l.Text("RequestPath") == "/api/jobs/{id}");
        Assert.Equal("GET", request.Text("RequestMethod"));
        Assert.Equal(404, request.GetProperty("StatusCode").GetInt32());
        Assert.Equal("Information", request.Level()); // a client's 404 is not the studio's error
        Assert.Equal(id, request.GetProperty("RouteValues").GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(request.Text("UserName")), "the signed-in caller");
        Assert.Matches("^[0-9a-f]{32}$", request.Text("@tr"));
        Assert.DoesNotContain(lines, l => l.Text("RequestPath") == $"/api/jobs/{id}"); // never the raw path where a route matched
        Assert.Contains($"HTTP GET /api/jobs/{{id}} responded 404 in", studio.Output, StringComparison.Ordinal);
    }
}
