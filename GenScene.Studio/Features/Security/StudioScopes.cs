namespace GenScene.Studio.Features.Security;

/// <summary>
/// What a credential may do over HTTP. Each scope includes the ones before it: <c>read</c> lists and
/// reads, <c>generate</c> also creates content and starts jobs, <c>admin</c> also manages keys, users,
/// voices, jingles, styles and the database. The policy names are the scope names.
/// </summary>
public static class StudioScopes
{
    public const string Read = "read";
    public const string Generate = "generate";
    public const string Admin = "admin";
    public const string ClaimType = "scope";

    private static readonly string[] Ordered = [Read, Generate, Admin];

    public static IReadOnlyList<string> All => Ordered;

    public static bool IsKnown(string scope) => Array.IndexOf(Ordered, scope) >= 0;

    /// <summary>The scope and every scope it includes ("generate" → read, generate).</summary>
    public static IReadOnlyList<string> Expand(string scope) => Ordered[..(Array.IndexOf(Ordered, scope) + 1)];

    /// <summary>The widest of the given scopes, expanded.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> scopes) =>
        Ordered[..(scopes.Select(s => Array.IndexOf(Ordered, s)).DefaultIfEmpty(-1).Max() + 1)];
}

/// <summary>Roles of people signed in to the studio, and the API scopes each one carries.</summary>
public static class StudioRoles
{
    public const string Admin = "Admin";
    public const string Creator = "Creator";
    /// <summary>For [Authorize(Roles = ...)]: any signed-in studio user.</summary>
    public const string Anyone = Admin + "," + Creator;

    public static readonly IReadOnlyList<string> All = [Admin, Creator];

    /// <summary>The role spelled as the studio spells it, or null when there is no such role.</summary>
    public static string? Find(string? role) =>
        All.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyList<string> ScopesOf(string role) =>
        StudioScopes.Expand(role == Admin ? StudioScopes.Admin : StudioScopes.Generate);
}
