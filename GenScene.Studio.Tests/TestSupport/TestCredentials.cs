namespace GenScene.Studio.Tests.TestSupport;

/// <summary>
/// The credentials every test studio is provisioned with (GenScene:BootstrapApiKey and the first
/// admin), so that clients and browsers made by TestSupport are signed in unless a test asks otherwise.
/// </summary>
public static class TestCredentials
{
    public const string AdminKey = "test-admin-key-for-tests-only-0123456789";
    public const string AdminUser = "admin";
    public const string AdminPassword = "test-admin-password";

    /// <summary>A creator for tests of what each role sees; added on demand by <see cref="TestUsers.EnsureCreator"/>.</summary>
    public const string CreatorUser = "creator";
    public const string CreatorPassword = "test-creator-password";

    public static IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("GenScene:BootstrapApiKey", AdminKey),
        new("GenScene:BootstrapAdminUserName", AdminUser),
        new("GenScene:BootstrapAdminPassword", AdminPassword),
        // The studio's default language is Spanish; tests that read English answers say so here, and the
        // Spanish tests ask for es (Accept-Language, the switch) the way a user does.
        new("GenScene:DefaultCulture", "en"),
    ];
}
