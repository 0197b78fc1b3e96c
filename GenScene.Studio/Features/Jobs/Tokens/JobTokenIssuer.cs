using GenScene.Studio.Features.Security;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using GenScene.Studio.Infrastructure.Storage;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Features.Jobs.Tokens;

public sealed record JobToken(string Token, DateTimeOffset ExpiresAt);

/// <summary>Why a job token was refused: 401 (bad token) or 403 (a good token for another job).</summary>
public sealed record JobTokenCheck(bool Valid, int StatusCode, string Detail)
{
    public static readonly JobTokenCheck Ok = new(true, StatusCodes.Status200OK, "");
}

/// <summary>
/// Short-lived JWTs (HMAC-SHA256) that let one job's stream or files be read by clients that cannot
/// send headers (a browser's EventSource, a video element). The signing key comes from
/// configuration or is generated once and kept in data/keys, so tokens outlive a restart.
/// </summary>
public sealed class JobTokenIssuer
{
    public const string JobClaim = "job";
    private const string Issuer = "genscene-studio";
    private const string Audience = "genscene-job-stream";
    private readonly SymmetricSecurityKey _key;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;
    private readonly JwtSecurityTokenHandler _handler = new() { MapInboundClaims = false };

    public JobTokenIssuer(IOptions<SecurityOptions> options, StoragePaths paths, TimeProvider time)
    {
        _time = time;
        _lifetime = TimeSpan.FromMinutes(options.Value.JobTokenMinutes);
        var configured = options.Value.JobTokenSigningKey;
        _key = new SymmetricSecurityKey(string.IsNullOrEmpty(configured) ? StoredKey(paths) : Encoding.UTF8.GetBytes(configured));
    }

    public JobToken Issue(string jobId)
    {
        var now = _time.GetUtcNow();
        var expires = now + _lifetime;
        var token = new JwtSecurityToken(Issuer, Audience, [new Claim(JobClaim, jobId)], now.UtcDateTime, expires.UtcDateTime,
            new SigningCredentials(_key, SecurityAlgorithms.HmacSha256));
        return new JobToken(_handler.WriteToken(token), DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds()));
    }

    public JobTokenCheck Check(string? token, string jobId)
    {
        if (string.IsNullOrEmpty(token))
        {
            return new(false, StatusCodes.Status401Unauthorized, Texts<JobsText>.Get("TokenMissing"));
        }
        try
        {
            var principal = _handler.ValidateToken(token, new TokenValidationParameters
            {
                ValidIssuer = Issuer,
                ValidAudience = Audience,
                IssuerSigningKey = _key,
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                RequireSignedTokens = true,
                RequireExpirationTime = true,
                ClockSkew = TimeSpan.FromSeconds(5),
                LifetimeValidator = (notBefore, expires, _, _) =>
                    expires is { } end && end > _time.GetUtcNow().UtcDateTime && (notBefore is null || notBefore <= _time.GetUtcNow().UtcDateTime.AddSeconds(5)),
            }, out _);
            return principal.FindFirst(JobClaim)?.Value == jobId
                ? JobTokenCheck.Ok
                : new(false, StatusCodes.Status403Forbidden, Texts<JobsText>.Get("TokenOtherJob"));
        }
        catch (Exception ex) when (ex is SecurityTokenException or ArgumentException)
        {
            return new(false, StatusCodes.Status401Unauthorized, Texts<JobsText>.Get("TokenInvalid"));
        }
    }

    private static byte[] StoredKey(StoragePaths paths)
    {
        var file = Path.Combine(paths.Root, "keys", "job-token-signing.key");
        if (File.Exists(file))
        {
            return Convert.FromBase64String(File.ReadAllText(file).Trim());
        }
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var key = RandomNumberGenerator.GetBytes(32);
        var temporary = file + ".tmp";
        File.WriteAllText(temporary, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        try
        {
            File.Move(temporary, file, overwrite: false);
            return key;
        }
        catch (IOException) when (File.Exists(file))
        {
            // Another studio process on the same data directory wrote it first: use theirs.
            File.Delete(temporary);
            return Convert.FromBase64String(File.ReadAllText(file).Trim());
        }
    }
}
