using System.Net.Http.Headers;
using System.Text.Json;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Assets;

/// <summary>Uploads and looks at what the studio kept, on disk and in its database, from outside.</summary>
public static class AssetApi
{
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient http, string path, string? fileName = null, string url = "/api/assets")
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(await File.ReadAllBytesAsync(path));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream"); // whatever the client says is ignored
        form.Add(content, "file", fileName ?? Path.GetFileName(path));
        return await http.PostAsync(url, form);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>Every file under data/media/assets, thumbnails included.</summary>
    public static string[] StoredFiles(StudioFactory studio)
    {
        var directory = Path.Combine(studio.DataDirectory, "media", "assets");
        return Directory.Exists(directory) ? Directory.GetFiles(directory, "*", SearchOption.AllDirectories) : [];
    }

    public static string[] StagedFiles(StudioFactory studio)
    {
        var directory = Path.Combine(studio.DataDirectory, "tmp");
        return Directory.Exists(directory) ? Directory.GetFiles(directory, "asset-*") : [];
    }

    public static long Rows(StudioFactory studio) => RawSqlite.Scalar(studio.DataDirectory, "SELECT COUNT(*) FROM assets");
}
