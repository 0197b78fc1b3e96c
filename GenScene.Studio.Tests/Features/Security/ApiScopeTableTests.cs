using GenScene.Studio.Features.Security;

namespace GenScene.Studio.Tests.Features.Security;

/// <summary>The scope table says what API.md and the issue say, for the endpoints people ask about.</summary>
public sealed class ApiScopeTableTests
{
    [Theory]
    [InlineData("POST", "/api/keys", StudioScopes.Admin)]
    [InlineData("GET", "/api/keys", StudioScopes.Admin)]
    [InlineData("DELETE", "/api/keys/{id}", StudioScopes.Admin)]
    [InlineData("POST", "/api/database/optimize", StudioScopes.Admin)]
    [InlineData("GET", "/api/database/stats", StudioScopes.Read)]
    [InlineData("PUT", "/api/styles/{id}/look", StudioScopes.Admin)]
    [InlineData("DELETE", "/api/jingles/{id}", StudioScopes.Admin)]
    [InlineData("GET", "/api/jingles", StudioScopes.Read)]
    [InlineData("POST", "/api/tts", StudioScopes.Generate)]
    [InlineData("POST", "/api/episodes/{id}/compose", StudioScopes.Generate)]
    [InlineData("GET", "/api/jobs/{id}", StudioScopes.Read)]
    [InlineData("POST", "/api/jobs/{id}/cancel", StudioScopes.Generate)]
    public void The_scope_table_gives_the_documented_scope(string method, string route, string scope) =>
        Assert.Equal(scope, ApiAccess.ScopeFor(method, route));
}
