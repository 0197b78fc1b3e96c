using GenScene.Studio.Features.Security;
using GenScene.Studio.Features.Security.Users;
using Microsoft.AspNetCore.Identity;

namespace GenScene.Studio.Tests.TestSupport;

/// <summary>People besides the bootstrap admin, written straight into a studio's database with Identity's own password hash.</summary>
public static class TestUsers
{
    /// <summary>Adds <see cref="TestCredentials.CreatorUser"/> (role Creator) to the studio in <paramref name="dataDirectory"/> unless it is there.</summary>
    public static void EnsureCreator(string dataDirectory) =>
        Ensure(dataDirectory, "test-creator", TestCredentials.CreatorUser, TestCredentials.CreatorPassword, StudioRoles.Creator);

    /// <summary>Adds a user with <paramref name="role"/> to the studio in <paramref name="dataDirectory"/> unless one with that id is there.</summary>
    public static void Ensure(string dataDirectory, string id, string userName, string password, string role)
    {
        var user = new StudioUser { Id = id, UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), Role = role };
        user.PasswordHash = new PasswordHasher<StudioUser>().HashPassword(user, password);
        RawSqlite.Execute(dataDirectory, """
            INSERT OR IGNORE INTO users (id, user_name, normalized_user_name, password_hash, role, created_at)
            VALUES ($id, $name, $normalized, $hash, $role, $now)
            """, ("$id", user.Id), ("$name", user.UserName), ("$normalized", user.NormalizedUserName), ("$hash", user.PasswordHash),
            ("$role", user.Role), ("$now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
    }
}
