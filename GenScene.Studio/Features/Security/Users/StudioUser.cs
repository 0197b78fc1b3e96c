using GenScene.Studio.Data.Versioning;

namespace GenScene.Studio.Features.Security.Users;

/// <summary>A person who signs in to the studio, with one role (Admin or Creator).</summary>
public sealed class StudioUser : IVersioned
{
    public required string Id { get; set; }
    public required string UserName { get; set; }
    public required string NormalizedUserName { get; set; }
    public string PasswordHash { get; set; } = "";
    public required string Role { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>Wrong passwords since the last right one (Identity's lockout counts them here).</summary>
    public int AccessFailedCount { get; set; }

    /// <summary>Until when every sign-in is refused; null or past: not locked.</summary>
    public DateTimeOffset? LockoutEnd { get; set; }

    /// <summary>The pages' language the user chose ("es", "en"); null: their browser's. A preference, no edit: it does not raise the version.</summary>
    public string? Culture { get; set; }

    /// <summary>Rises with each edit of the name, password or role (ADR 0017); sign-in's bookkeeping above is no edit (ADR 0033).</summary>
    public int Version { get; set; } = 1;

    public string? UpdatedBy { get; set; }

    public bool IsLockedAt(DateTimeOffset now) => LockoutEnd > now;
}
