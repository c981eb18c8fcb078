using ArticleCompiler.Model;

namespace ArticleCompiler.Checking;

/// <summary>
/// What outlives one article file's check (<see cref="CorpusCheck.CheckArticle(string)"/>): its
/// findings as reported, and what the rule across files needs. Never the text or the model, so a
/// run's memory stays flat however many files there are; a plain value, so a cache can keep it
/// (keyed by the file and its <see cref="FolderContext"/>) and hand it back to <see cref="CorpusCheck.Add"/>.
/// </summary>
/// <param name="Path">The file's path, as the caller named it.</param>
/// <param name="Findings">Its findings at their configured severities, ordered by position.</param>
/// <param name="Identity">Its id, revision and id position; null without an id (or without text).</param>
/// <param name="IdExcerpt">The excerpt of the id's line, for a later ARTC108 finding there.</param>
public sealed record FileReport(string Path, EquatableArray<ReportedFinding> Findings, ArticleIdentity? Identity, SourceExcerpt IdExcerpt);
