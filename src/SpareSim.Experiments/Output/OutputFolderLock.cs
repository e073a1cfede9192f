using System.Diagnostics;
using System.Globalization;
using SpareSim.Experiments.Configuration;

namespace SpareSim.Experiments.Output;

/// <summary>
/// Exclusive use of an output folder by one run: the file <c>.sparesim.lock</c>, created with
/// <see cref="FileMode.CreateNew"/> (so only one process can create it) and holding the owner's
/// process id and start time. A second run into the same folder is refused (exit code 2) naming
/// the owner; a lock whose process is gone (a killed run) is stale and taken over.
/// </summary>
public sealed class OutputFolderLock : IDisposable
{
    /// <summary>The lock file's name inside the output folder.</summary>
    public const string FileName = ".sparesim.lock";

    private readonly FileStream _stream;
    private readonly string _path;

    private OutputFolderLock(FileStream stream, string path)
    {
        _stream = stream;
        _path = path;
    }

    /// <summary>Takes the lock of <paramref name="folder"/> (created if missing).</summary>
    /// <exception cref="ExperimentInputException">Another live process holds it.</exception>
    public static OutputFolderLock Acquire(string folder)
    {
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, FileName);
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
                using var self = Process.GetCurrentProcess();
                var w = new StreamWriter(stream);
                w.Write(string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId} {self.StartTime.ToUniversalTime().Ticks}"));
                w.Flush();
                return new OutputFolderLock(stream, path);
            }
            catch (IOException) when (File.Exists(path) && attempt < 3)
            {
                string? owner = LiveOwner(path);
                if (owner is not null)
                    throw new ExperimentInputException("--out", $"the output folder '{folder}' is in use by another sparesim run ({owner}); wait for it to finish or choose another folder");
                TryDelete(path); // stale: its process is gone
            }
        }
    }

    /// <summary>"process N" when the lock's process is alive, or null when the lock is stale.</summary>
    private static string? LiveOwner(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path).Trim();
        }
        catch (IOException)
        {
            return "a process that is starting";
        }
        var parts = text.Split(' ');
        if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out int pid) ||
            !long.TryParse(parts[1], CultureInfo.InvariantCulture, out long ticks))
        {
            // Written between CreateNew and the first write, or damaged: stale once it is old.
            return DateTime.UtcNow - File.GetLastWriteTimeUtc(path) < TimeSpan.FromSeconds(10) ? "a process that is starting" : null;
        }
        try
        {
            using var process = Process.GetProcessById(pid);
            if (process.HasExited) return null;
            // A recycled process id belongs to a process started later than the lock's owner.
            return Math.Abs(process.StartTime.ToUniversalTime().Ticks - ticks) < TimeSpan.TicksPerSecond ? $"process {pid}" : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Another run took it over first; the next attempt reports it.
        }
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose()
    {
        _stream.Dispose();
        TryDelete(_path);
    }
}
