namespace GenScene.Studio.Infrastructure.Media;

/// <summary>Arguments every audio ffmpeg run starts with.</summary>
internal static class FfmpegArguments
{
    /// <summary>
    /// No banner and no stats line, so stderr holds the reports we parse; -nostdin so ffmpeg never
    /// waits on a terminal; -y because callers choose fresh output paths.
    /// </summary>
    public static readonly string[] Quiet = ["-hide_banner", "-nostdin", "-nostats", "-y"];

    /// <summary>Machine-readable progress on stdout for <see cref="Infrastructure.Media.Progress.FfmpegProgress"/>.</summary>
    public static readonly string[] ProgressOnStdout = ["-progress", "pipe:1"];

    /// <summary>
    /// A local path as ffmpeg must see it: the "file:" protocol, so that a name such as "-x",
    /// "concat:a|b" or "http://..." is never read as an option or another protocol.
    /// </summary>
    public static string File(string path) => "file:" + Path.GetFullPath(path);
}
