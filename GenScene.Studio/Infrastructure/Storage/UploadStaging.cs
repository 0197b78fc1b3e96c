using System.Security.Cryptography;

namespace GenScene.Studio.Infrastructure.Storage;

/// <summary>Writes an upload to a staging file, hashing it on the way, in one pass over the bytes.</summary>
public static class UploadStaging
{
    /// <summary>
    /// Copies <paramref name="source"/> to <paramref name="path"/> and returns its size and SHA-256 (lower-case hex),
    /// or null as soon as it grows past <paramref name="limit"/> bytes (the caller says why, in its own terms).
    /// </summary>
    public static async Task<(long Bytes, string Sha256)?> CopyAndHashAsync(Stream source, string path, long limit, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var target = File.Create(path);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > limit)
            {
                return null;
            }
            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }
        return (total, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
