using System.ComponentModel.DataAnnotations;

namespace GenScene.Studio.Features.Security;

/// <summary>Credentials and limits, in the "GenScene" section. Every message names its configuration key.</summary>
public sealed class SecurityOptions
{
    public const string Section = "GenScene";

    /// <summary>Creates this admin API key at start when it does not exist yet (environment GenScene__BootstrapApiKey).</summary>
    [MinLength(16, ErrorMessage = "GenScene:BootstrapApiKey must be at least 16 characters.")]
    public string? BootstrapApiKey { get; set; }

    /// <summary>The first admin, created when there is no user at all.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "GenScene:BootstrapAdminUserName must name a user.")]
    public string BootstrapAdminUserName { get; set; } = "admin";

    /// <summary>When empty, a password is generated and printed once to the console.</summary>
    [RegularExpression("^$|^.{8,}$", ErrorMessage = "GenScene:BootstrapAdminPassword must be empty (generate one) or at least 8 characters.")]
    public string? BootstrapAdminPassword { get; set; }

    /// <summary>Signs per-job stream tokens; when empty, a key is generated on first start and kept in data/keys.</summary>
    [MinLength(32, ErrorMessage = "GenScene:JobTokenSigningKey must be at least 32 characters.")]
    public string? JobTokenSigningKey { get; set; }

    [Range(1, 1440, ErrorMessage = "GenScene:JobTokenMinutes must be between {1} and {2}.")]
    public int JobTokenMinutes { get; set; } = 60;

    /// <summary>Origins allowed to call the API from a browser; none by default.</summary>
    public string[] CorsOrigins { get; set; } = [];

    /// <summary>Job-creating requests a key may make per minute (a token bucket, refilled every second).</summary>
    [Range(1, 100_000, ErrorMessage = "GenScene:JobRequestsPerMinute must be between {1} and {2}.")]
    public int JobRequestsPerMinute { get; set; } = 120;

    /// <summary>Event streams one key may hold open at once.</summary>
    [Range(1, 10_000, ErrorMessage = "GenScene:MaxStreamsPerKey must be between {1} and {2}.")]
    public int MaxStreamsPerKey { get; set; } = 20;

    /// <summary>The largest JSON body an endpoint reads (uploads have their own limits).</summary>
    [Range(1, 102_400, ErrorMessage = "GenScene:MaxJsonKilobytes must be between {1} and {2}.")]
    public int MaxJsonKilobytes { get; set; } = 1024;

    /// <summary>Wrong passwords in a row after which an account is locked (Identity's lockout).</summary>
    [Range(1, 1000, ErrorMessage = "GenScene:SignInMaxFailures must be between {1} and {2}.")]
    public int SignInMaxFailures { get; set; } = 5;

    /// <summary>How long a locked account refuses every password, the right one too, unless an admin unlocks it.</summary>
    [Range(0.01, 10_080, ErrorMessage = "GenScene:SignInLockoutMinutes must be between {1} and {2}.")]
    public double SignInLockoutMinutes { get; set; } = 15;

    /// <summary>Failed sign-ins one client address may make within <see cref="SignInAddressWindowMinutes"/> before it is refused (429) whatever it sends.</summary>
    [Range(1, 100_000, ErrorMessage = "GenScene:SignInMaxFailuresPerAddress must be between {1} and {2}.")]
    public int SignInMaxFailuresPerAddress { get; set; } = 20;

    [Range(0.01, 1440, ErrorMessage = "GenScene:SignInAddressWindowMinutes must be between {1} and {2}.")]
    public double SignInAddressWindowMinutes { get; set; } = 15;
}
