using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace GenScene.Studio.Infrastructure.Api;

/// <summary>
/// Content-Disposition for a served file whose name came from a user (an upload's name, a jingle's title).
/// Such a name may hold quotes, line breaks or non-ASCII letters: the header gets an ASCII fallback name and
/// an RFC 6266 filename*, with every character that could end the value or the header removed first.
/// </summary>
public static class DownloadNames
{
    public static void SetInline(HttpResponse response, string name, string fallback = "download") =>
        response.Headers[HeaderNames.ContentDisposition] = Header(name, fallback);

    public static string Header(string name, string fallback = "download")
    {
        var clean = new string([.. name.Where(Keeps)]).Trim();
        var disposition = new ContentDispositionHeaderValue("inline");
        // SetHttpFileName writes filename* (UTF-8, percent-encoded) and a filename with non-ASCII replaced by '_'.
        disposition.SetHttpFileName(clean.Length == 0 ? fallback : clean);
        return disposition.ToString();
    }

    /// <summary>No control or formatting characters (line breaks, right-to-left overrides) and nothing that quotes, escapes or splits.</summary>
    private static bool Keeps(char c) =>
        c is not ('"' or '\\' or '/' or ';')
        && char.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned);
}
