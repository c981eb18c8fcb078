using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using ArticleCompiler.Checking;
using ArticleCompiler.Cli.Output;
using Microsoft.Win32.SafeHandles;

namespace ArticleCompiler.Cli.Input;

/// <summary>
/// <c>--cache</c>: the results of the last run, reused for the files that have not changed since.
/// A file's result is reused when the same artc, with the same options and the same speaker
/// registries, checked it under the same <c>.editorconfig</c> files, and the file itself is
/// unchanged: first by its metadata (size, mtime, ctime, inode, as git's index tells a changed
/// file), and when only the metadata differs (a fresh clone, a touch) by a hash of its text, read
/// but not parsed. A file written within <see cref="RacyWindowNs"/> of the run that cached it is
/// always compared by content (an edit in the same clock tick keeps its mtime). A cache file that
/// is not one, or a damaged one, is never trusted: a note says so, every file is checked, and the
/// file is written anew, whole (<see cref="AtomicBatch"/>). An export keeps each article's bytes
/// in the same entry (<see cref="CachedRendering"/>), for the export options it ran with: validate
/// and export share one cache, and each reuses what the other left when it applies.
/// </summary>
internal sealed partial class CheckCache : IDisposable
{
    /// <summary>The cache file's name, in the current folder or in a folder given as its location.</summary>
    public const string DefaultName = ".artccache";

    // Files and configuration written this close to a run's start (or during it) are compared by
    // content next time: file systems stamp mtime from a coarse clock, up to 2 s coarse (FAT).
    private const long RacyWindowNs = 2_000_000_000;

    private readonly string _file;
    private readonly Header _header;
    private readonly long _maxFileSize;
    private readonly long _now;
    private readonly long _runStartNs;
    private readonly string _currentFolder = Environment.CurrentDirectory;
    private Dictionary<string, Entry> _previous;
    private readonly ConcurrentDictionary<string, Entry> _current = new(StringComparer.Ordinal);
    private readonly Func<string, FolderContext> _contextOf;
    private readonly ConcurrentDictionary<string, (UInt128 Hash, bool Trusted)> _folders = new(StringComparer.Ordinal);
    private bool _writable = true;
    private SafeFileHandle? _source;
    private int _changed;
    private int _reused;

    private CheckCache(string file, Header header, long maxFileSize, DateTimeOffset now, long runStartNs, Func<string, FolderContext> contextOf)
    {
        _contextOf = contextOf;
        _file = file;
        _header = header;
        _maxFileSize = maxFileSize;
        _now = now.UtcTicks;
        _runStartNs = runStartNs;
        _previous = new Dictionary<string, Entry>(StringComparer.Ordinal);
    }

    /// <summary>A file's result with what it was checked under: the hash of its .editorconfig files, its metadata.</summary>
    public sealed record Entry(UInt128 FolderHash, FileStamp Stamp, bool Racy, CachedFile File)
    {
        /// <summary>Taken as it is by this run (each file is checked once a run, so by one thread); kept by <see cref="Save"/>.</summary>
        public bool Reused { get; set; }
    }

    /// <summary>The artc that writes a cache: its version, and a stamp of its code, so that a rebuilt artc of the same version checks again.</summary>
    public static string ArtcVersion { get; } = VersionOfThisBuild();

    /// <summary>The cache file used for <paramref name="location"/> (null: the default): a folder, or a path ending in a separator, gets <see cref="DefaultName"/> inside it.</summary>
    public static string Locate(string? location)
    {
        if (string.IsNullOrEmpty(location))
        {
            return DefaultName;
        }

        var folder = location.EndsWith(Path.DirectorySeparatorChar) || location.EndsWith(Path.AltDirectorySeparatorChar) || Directory.Exists(location);
        return folder ? Path.Combine(location, DefaultName) : location;
    }

    /// <summary>
    /// Starts reading the cache file for <paramref name="location"/> (see <see cref="Locate"/>) on
    /// another thread, while the run looks for its files; <see cref="Open"/> takes the result.
    /// </summary>
    public static Task<Stored> Preload(string? location)
    {
        var file = Locate(location);
        return Task.Run(() => Read(file));
    }

    /// <summary>
    /// What a cache file held, or why it is not used: a kind that is not a regular file, or a note.
    /// <paramref name="Renderings"/> is the file held open when entries point to export bytes in it.
    /// </summary>
    public sealed record Stored(string File, FileKind Kind, Header? Header, Dictionary<string, Entry>? Entries, string? Problem, SafeFileHandle? Renderings = null);

    private static Stored Read(string file)
    {
        var kind = FileKinds.Of(file);
        if (kind != FileKind.Regular)
        {
            // Never opened: a FIFO would block the run, a device could be endless.
            return new Stored(file, kind, null, null, null);
        }

        try
        {
            // Shared for deleting too: a run that writes the cache anew renames over this file.
            var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            try
            {
                var (header, entries, renderings) = Deserialize(handle);
                if (!renderings)
                {
                    handle.Dispose();
                }

                return new Stored(file, kind, header, entries, null, renderings ? handle : null);
            }
            catch
            {
                handle.Dispose();
                throw;
            }
        }
        catch (Unreadable unreadable)
        {
            return new Stored(file, kind, null, null, unreadable.Message + "; every file is checked and the cache written anew");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new Stored(file, kind, null, null, exception.Message);
        }
    }

    /// <summary>
    /// The cache <paramref name="stored"/> (<see cref="Preload"/>) for a run of <paramref name="artcVersion"/>
    /// with <paramref name="maxFileSize"/> and <paramref name="registries"/> that started at
    /// <paramref name="now"/>, whose files are checked in the folder contexts <paramref name="contextOf"/>
    /// gives (<see cref="CorpusCheck.ContextOf"/>); a file that cannot be trusted gets one note on <paramref name="error"/>.
    /// </summary>
    public static CheckCache Open(Task<Stored> stored, string artcVersion, long maxFileSize, IEnumerable<InputFile> registries, Func<string, FolderContext> contextOf, DateTimeOffset now, TextWriter error)
    {
        var runStartNs = (now.UtcTicks - DateTime.UnixEpoch.Ticks) * 100;
        var (registriesHash, trusted) = HashFiles("registries", registries, runStartNs);
        var header = new Header(artcVersion, Hashes.Of("max-file-size=" + maxFileSize.ToString(System.Globalization.CultureInfo.InvariantCulture)), registriesHash, trusted);
        var found = stored.GetAwaiter().GetResult();
        var cache = new CheckCache(found.File, header, maxFileSize, now, runStartNs, contextOf);
        cache.Take(found, error);
        return cache;
    }

    private void Take(Stored stored, TextWriter error)
    {
        if (stored.Kind is not (FileKind.Regular or FileKind.Missing))
        {
            Note(error, $"cache '{_file}' ignored: it is {FileKinds.Describe(stored.Kind)}, not a regular file; it is not written either");
            _writable = false;
        }
        else if (stored.Problem is not null)
        {
            Note(error, $"cache '{_file}' ignored: {stored.Problem}");
        }

        // Another artc, other options or other registries wrote it: out of date, not damaged.
        if (stored.Header == _header && _header.RegistriesTrusted && stored.Entries is { } entries)
        {
            _previous = entries;
            _source = stored.Renderings;
        }
        else
        {
            stored.Renderings?.Dispose();
            _changed = 1;
        }
    }

    /// <summary>
    /// The result for the file at <paramref name="path"/>: from the cache (<paramref name="reuse"/>)
    /// when nothing it depends on changed and the entry has what the caller needs (reuse gives null
    /// when not: an export whose bytes are not cached), else <paramref name="check"/>'s, whose part to keep
    /// <paramref name="keep"/> gives (null: nothing, e.g. a file that could not be read). Called in parallel.
    /// </summary>
    public T Check<T>(string path, Func<CachedFile, T?> reuse, Func<T> check, Func<T, CachedFile?> keep)
        where T : class
    {
        // Against the current folder read once: Path.GetFullPath(path) asks the kernel for it each time.
        var full = Path.GetFullPath(path, _currentFolder);
        var folder = FolderHash(path);

        // Metadata before the read: an edit after this point gives the next run other metadata.
        // stat(2) by the path as given: the kernel walks only its components, not the current folder's too.
        var stamp = FileStamp.Of(path);
        if (stamp is { } now && folder.Trusted && _previous.TryGetValue(full, out var old) && old.FolderHash == folder.Hash && _now < old.File.ValidUntil)
        {
            if (!old.Racy && old.Stamp == now)
            {
                if (reuse(old.File) is { } reused)
                {
                    old.Reused = true;
                    Interlocked.Increment(ref _reused);
                    return reused;
                }
            }
            else if (old.Stamp.Size == now.Size && old.File.ContentHash is { } hash && HasText(full, hash) && reuse(old.File) is { } reused)
            {
                Interlocked.Exchange(ref _changed, 1);
                _current[full] = old with { Stamp = now, Racy = IsRacy(now) };
                Interlocked.Increment(ref _reused);
                return reused;
            }
        }

        Interlocked.Exchange(ref _changed, 1);
        var result = check();
        if (stamp is { } checkedStamp && folder.Trusted && keep(result) is { } file)
        {
            _current[full] = new Entry(folder.Hash, checkedStamp, IsRacy(checkedStamp), file);
        }

        return result;
    }

    /// <summary>
    /// Writes the cache if anything in it changed; a failure is a note, never the run's failure.
    /// Then lets go of the cache file read and of the one written (<see cref="Dispose"/>).
    /// </summary>
    public void Save(TextWriter error)
    {
        try
        {
            Write(error);
            if (_damagedRenderings > 0)
            {
                Note(error, $"cache '{_file}': the export bytes of {_damagedRenderings} file{(_damagedRenderings == 1 ? string.Empty : "s")} in it did not match their hash: not used, not kept");
            }
        }
        finally
        {
            Dispose();
        }
    }

    /// <summary>Closes the cache file read and deletes the one being written, if it was not saved.</summary>
    public void Dispose()
    {
        lock (_renderingsGate)
        {
            _output?.Dispose();
            _source?.Dispose();
            _writable = false;
        }
    }

    private void Write(TextWriter error)
    {
        if (!_writable || (Volatile.Read(ref _changed) == 0 && _reused == _previous.Count))
        {
            return;
        }

        try
        {
            var output = Output(out var problem);
            if (output is null)
            {
                Note(error, $"cache '{_file}' not written: {problem ?? "it is not a regular file"}");
                return;
            }

            var entries = _current.Concat(_previous.Where(entry => entry.Value.Reused && !_current.ContainsKey(entry.Key)))
                .OrderBy(entry => entry.Key, StringComparer.Ordinal)
                .ToList();
            CopyRenderings(entries, output);
            var index = SerializeIndex(_header, entries);
            output.Write(index);
            output.Write(Tail(index));
            _source?.Dispose();   // before the rename: Windows renames over no open file
            _output!.Commit(output: null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Note(error, $"cache '{_file}' not written: {exception.Message}");
        }
    }

    // As git's racily clean entries: by mtime, which every write sets (ctime is compared, not trusted:
    // a file just created would be compared by content for its first seconds whatever its mtime).
    private bool IsRacy(FileStamp stamp) => stamp.ModifiedNs >= _runStartNs - RacyWindowNs;

    // The text artc would check now hashes as the one cached (read and decoded, never parsed).
    private bool HasText(string path, UInt128 hash)
    {
        try
        {
            return DiskCorpusFiles.Read(path, _maxFileSize).Text is { } text && CachedFile.HashOf(text) == hash;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;   // the check reads it again and reports what goes wrong
        }
    }

    // The .editorconfig files that apply in the file's folder, as the check read them (its folder
    // context), as one hash: worked out once per folder, and no file read a second time for it.
    private (UInt128 Hash, bool Trusted) FolderHash(string path)
    {
        var context = _contextOf(path);
        return _folders.GetOrAdd(context.Folder, static (_, state) => HashFiles("editorconfig", state.Context.EditorConfigs, state.RunStartNs), (Context: context, RunStartNs: _runStartNs));
    }

    // Configuration files (the registries, a folder's .editorconfig files) as the run read them, by
    // path and text, in order. One edited since a little before the run started is not trusted: the
    // file system's clock may not have moved between that edit and the next.
    private static (UInt128 Hash, bool Trusted) HashFiles(string what, IEnumerable<InputFile> files, long runStartNs)
    {
        var hash = Hashes.Of(what);
        var trusted = true;
        foreach (var file in files)
        {
            hash = Hashes.Of(file.Path, Hashes.Of(file.Text ?? string.Empty), hash);
            trusted &= FileStamp.Of(file.Path) is { } stamp && stamp.ModifiedNs < runStartNs - RacyWindowNs;
        }

        return (hash, trusted);
    }

    private static void Note(TextWriter error, string message) => error.WriteLine("artc: note: " + message);

    private static string VersionOfThisBuild()
    {
        var assembly = typeof(CheckCache).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

        // The commit in the version does not change while a developer rebuilds: the code's own
        // files do (artc.dll and the core beside it, or the native artc, which has no .dll files).
        var managed = Path.Combine(AppContext.BaseDirectory, "artc.dll");
        return File.Exists(managed)
            ? version + StampText(managed) + StampText(Path.Combine(AppContext.BaseDirectory, "ArticleCompiler.Core.dll"))
            : version + StampText(Environment.ProcessPath);
    }

    private static string StampText(string? path) =>
        !string.IsNullOrEmpty(path) && FileStamp.Of(path) is { } stamp ? FormattableString.Invariant($";{stamp.Size}@{stamp.ModifiedNs}") : string.Empty;
}
