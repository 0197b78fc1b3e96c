using System.Text.RegularExpressions;
using GenScene.Studio.Infrastructure.Storage;

namespace GenScene.Studio.Features.Jobs;

/// <summary>
/// Where an attempt writes: data/tmp/jobs/{id}/attempt-{n}/. Outputs move to data/media/jobs/{id}/
/// only when the job succeeds (a rename on the same disk), so a half-written file is never served.
/// </summary>
public sealed partial class JobWorkspace : IDisposable
{
    private readonly StoragePaths _paths;
    private readonly string _jobId;
    private readonly Dictionary<string, string> _outputs = new(StringComparer.Ordinal);

    public JobWorkspace(StoragePaths paths, string jobId, int attempt)
    {
        _paths = paths;
        _jobId = jobId;
        Directory = Path.Combine(paths.Temp, "jobs", jobId, $"attempt-{attempt}");
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "out"));
    }

    /// <summary>Scratch space for intermediate files; removed after the attempt.</summary>
    public string Directory { get; }

    public static string FinalDirectory(StoragePaths paths, string jobId) => Path.Combine(paths.Media, "jobs", jobId);

    /// <summary>A plain file name: letters, digits, dot, dash, underscore; no path, no leading dot.</summary>
    public static bool IsValidFileName(string name) => FileName().IsMatch(name);

    /// <summary>The path to write output <paramref name="fileName"/> to; it is published only if the job succeeds.</summary>
    public string Output(string fileName, string contentType)
    {
        if (!IsValidFileName(fileName))
        {
            throw new ArgumentException($"'{fileName}' is not a valid output file name.", nameof(fileName));
        }
        _outputs[fileName] = contentType;
        return Path.Combine(Directory, "out", fileName);
    }

    /// <summary>Moves every declared output into place and describes it. A declared output that is missing fails the job.</summary>
    public IReadOnlyList<JobFile> Commit()
    {
        var final = FinalDirectory(_paths, _jobId);
        System.IO.Directory.CreateDirectory(final);
        var files = new List<JobFile>();
        foreach (var (name, contentType) in _outputs)
        {
            var source = Path.Combine(Directory, "out", name);
            if (!File.Exists(source))
            {
                throw new InvalidOperationException($"The job declared the output '{name}' but did not write it.");
            }
            var target = Path.Combine(final, name);
            File.Move(source, target, overwrite: true);
            files.Add(new JobFile { JobId = _jobId, Name = name, ContentType = contentType, Bytes = new FileInfo(target).Length });
        }
        return files;
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Path.Combine(_paths.Temp, "jobs", _jobId), recursive: true);
        }
        catch (IOException)
        {
            // A killed tool may still hold a file for a moment; housekeeping removes what is left.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$")]
    private static partial Regex FileName();
}
