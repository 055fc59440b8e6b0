/**
 * The published versions of every piece that changed, from one pass over git for the whole site
 * (git-history.ts); without history, the typed corrections.
 */
import { versionReader } from '../checks/body/text.ts';
import { contentRoot } from '../content-root.ts';
import { pieceKey } from '../newsroom/relations.ts';
import { versionsFromCorrections, versionsFromStates, type Version } from '../newsroom/versions.ts';
import { formatSourceDate } from '../routing/dates.ts';
import { readContentHistory } from './git-history.ts';
import { oncePerBuildOrSecond } from './once.ts';
import { cacheKey, teaserKey } from './page-keys.ts';
import { getPieces, getSectionsInUse, type AnyPiece } from './pieces.ts';
import { getSourcesById } from './sources.ts';
import { getTimelineTitles } from './timelines.ts';

let historyWarned = false;

/**
 * The published versions of every public piece that changed since its first publication,
 * keyed like getPiecesByKey. One pass over git for the whole site (src/queries/git-history.ts);
 * without history (a shallow clone) one warning, and pieces with typed corrections list those.
 */
export const getVersionHistories = oncePerBuildOrSecond(async (): Promise<Map<string, Version[]>> => {
  const [pieces, history, sources, timelines] = await Promise.all([getPieces(), readContentHistory(contentRoot), getSourcesById(), getTimelineTitles()]);
  if (!history.available && !historyWarned) {
    historyWarned = true;
    console.warn(`[versions] No version history: ${history.reason}. Version pages list the typed corrections only; docs/version-history.md says how a host's build gets the full history.`);
  }
  // Sources and timelines read as on the page: "[Quelle: Reuters, Dezember 2017]".
  const reader = versionReader({
    source: (id) => {
      const source = sources.get(id);
      return source ? `${source.publisher}, ${formatSourceDate(source.date)}` : id;
    },
    timeline: (id) => timelines.get(id) ?? id,
    post: (id) => {
      const source = sources.get(id);
      return source?.post && { ...source.post, publisher: source.publisher };
    },
  });
  const histories = new Map<string, Version[]>();
  for (const piece of pieces) {
    const file = `${piece.kind === 'article' ? 'articles' : 'explainers'}/${piece.id}.mdx`;
    const states = history.available ? history.files.get(file) : undefined;
    const fromGit = states ? versionsFromStates(states, piece.data.published, reader) : [];
    // A piece whose changes predate its history in git (or with no history at all) still lists its typed corrections.
    const versions = fromGit.length > 1 ? fromGit : versionsFromCorrections(piece.data.published, piece.data.corrections);
    if (versions.length > 1) histories.set(pieceKey(piece.kind, piece.id), versions);
  }
  return histories;
});

/** One version page per piece that changed, for getStaticPaths(); its key covers every version and its text. */
export async function getVersionPages(): Promise<{ piece: AnyPiece; versions: Version[]; cacheKey: string }[]> {
  const [pieces, histories, sections] = await Promise.all([getPieces(), getVersionHistories(), getSectionsInUse()]);
  return pieces.flatMap((piece) => {
    const versions = histories.get(pieceKey(piece.kind, piece.id));
    return versions ? [{ piece, versions, cacheKey: cacheKey(sections, teaserKey(piece), versions) }] : [];
  });
}

/** A piece's published versions, if it changed since its first publication. */
export async function getVersions(piece: AnyPiece): Promise<Version[] | undefined> {
  return (await getVersionHistories()).get(pieceKey(piece.kind, piece.id));
}
