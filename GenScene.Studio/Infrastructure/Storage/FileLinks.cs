using System.Runtime.InteropServices;

namespace GenScene.Studio.Infrastructure.Storage;

/// <summary>
/// Puts a file at a second path without copying its bytes: a hard link (link(2)) when both paths are
/// on one file system, as everything under the data directory is; a copy otherwise. Cached media is
/// never modified in place, so sharing the bytes is safe, and deleting one name leaves the other.
/// </summary>
public static partial class FileLinks
{
    public static void LinkOrCopy(string source, string target)
    {
        File.Delete(target);
        if (Link(source, target) != 0)
        {
            File.Copy(source, target, overwrite: true);
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string created);
}
