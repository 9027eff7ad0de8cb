import { isPostgres, pluckStatement, statement, type Db } from '../db/index.js';
import type { Lang } from '../text/case.js';
import type { BilingualUnit, UnitCodes, UnitLanguages, UnitProvenance, UnitText } from '../formats/unit.js';
import { fuzzyScore, maxLengthGap, roundedScore } from './score.js';
import { analyse, exactKey, foldForIndex, hash48, tokenize, type Token } from './tokens.js';

/** A unit to store: its text and languages, the rest when known. */
export interface NewUnit extends UnitText, UnitLanguages, Partial<UnitCodes & UnitProvenance> {
  createdAt?: string;
  changedAt?: string;
  prevSource?: string | null;
  nextSource?: string | null;
  pairId?: number | null;
  /** Notes and properties a TMX unit came with (JSON, tmx.ts), to write out again. */
  extra?: string | null;
  /** The many-to-one pair this sentence-level unit was cut from (align/subunits.ts). */
  partOf?: number | null;
}

export interface TmUnit extends BilingualUnit {
  id: number;
  pairId: number | null;
  /** Set on a unit cut from a many-to-one pair: that pair's id. */
  partOf: number | null;
  createdAt: string;
  changedAt: string;
}

const UNIT_COLUMNS = 'id, src_lang, tgt_lang, source, target, source_xml, target_xml, origin, author, pair_id, part_of, created_at, changed_at';

interface UnitRow {
  id: number;
  src_lang: Lang;
  tgt_lang: Lang;
  source: string;
  target: string;
  source_xml: string | null;
  target_xml: string | null;
  origin: string | null;
  author: string | null;
  pair_id: number | null;
  part_of: number | null;
  created_at: string;
  changed_at: string;
}

function toUnit(r: UnitRow): TmUnit {
  return {
    id: r.id,
    srcLang: r.src_lang,
    tgtLang: r.tgt_lang,
    source: r.source,
    target: r.target,
    sourceXml: r.source_xml,
    targetXml: r.target_xml,
    origin: r.origin,
    author: r.author,
    pairId: r.pair_id,
    partOf: r.part_of,
    createdAt: r.created_at,
    changedAt: r.changed_at,
  };
}

export function unitHash(srcLang: Lang, tgtLang: Lang, source: string, target: string): number {
  return hash48(`${srcLang}\u0000${tgtLang}\u0000${source}\u0000${target}`);
}

const UNIT_INSERT_COLUMNS = `src_lang, tgt_lang, source, target, source_fold, target_fold, tokens, key_hash, shape_hash, unit_hash, prev_hash, next_hash,
       source_xml, target_xml, origin, author, pair_id, extra, part_of, created_at, changed_at`;
const UNIT_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce(?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))";

/** A unit's row values, in UNIT_INSERT_COLUMNS order, and its identity hash. */
function unitRow(u: NewUnit): { values: unknown[]; hash: number } {
  const source = analyse(u.source, u.srcLang);
  const hash = unitHash(u.srcLang, u.tgtLang, u.source, u.target);
  return {
    hash,
    values: [
      u.srcLang,
      u.tgtLang,
      u.source,
      u.target,
      source.fold,
      foldForIndex(u.target, u.tgtLang),
      source.tokens.length,
      source.key,
      source.shape,
      hash,
      u.prevSource ? exactKey(u.prevSource, u.srcLang) : null,
      u.nextSource ? exactKey(u.nextSource, u.srcLang) : null,
      u.sourceXml ?? null,
      u.targetXml ?? null,
      u.origin ?? null,
      u.author ?? null,
      u.pairId ?? null,
      u.extra ?? null,
      u.partOf ?? null,
      u.createdAt ?? null,
      u.changedAt ?? null,
    ],
  };
}

/**
 * Inserting many units: one prepared statement; identical units (same languages,
 * source and target) are stored once. Returns a function to call per unit; the caller
 * owns the transaction. O(1) per unit plus the index updates.
 */
export function unitInserter(db: Db): (unit: NewUnit) => boolean {
  const insert = db.prepare(`INSERT INTO tm_units (${UNIT_INSERT_COLUMNS}) VALUES ${UNIT_VALUES} ON CONFLICT (unit_hash) DO NOTHING`);
  return (u) => insert.run(unitRow(u).values).changes > 0;
}

/** Rows per INSERT on PostgreSQL: one round trip for many units (21 parameters each, well under its 65,535). */
const ROWS_PER_INSERT = 500;

/**
 * Many units at once; for each, whether it was added (false: the same unit is stored
 * already, or came earlier in `units`) — as unitInserter unit by unit. On SQLite that is
 * what it does; on PostgreSQL several hundred rows go in one statement, since there each
 * statement costs a round trip to the server. The caller owns the transaction.
 */
export function unitBatchInserter(db: Db): (units: readonly NewUnit[]) => boolean[] {
  if (!isPostgres(db)) {
    const insert = unitInserter(db);
    return (units) => units.map(insert);
  }
  return (units) => {
    const added: boolean[] = [];
    for (let k = 0; k < units.length; k += ROWS_PER_INSERT) {
      const rows = units.slice(k, k + ROWS_PER_INSERT).map(unitRow);
      const inserted = new Set(
        db
          .prepare(`INSERT INTO tm_units (${UNIT_INSERT_COLUMNS}) VALUES ${rows.map(() => UNIT_VALUES).join(', ')} ON CONFLICT (unit_hash) DO NOTHING RETURNING unit_hash`)
          .pluck()
          .all(rows.flatMap((r) => r.values)) as number[],
      );
      // a unit twice in the batch: the first one is the one added
      for (const r of rows) added.push(inserted.delete(r.hash));
    }
    return added;
  };
}

export function addUnits(db: Db, units: Iterable<NewUnit>): number {
  const insert = unitInserter(db);
  return db.transaction(() => {
    let added = 0;
    for (const u of units) if (insert(u)) added++;
    return added;
  })();
}

/**
 * A pair confirmed in a document enters the TM: the unit that came from the same pair is
 * updated rather than duplicated; when its new text equals a unit from elsewhere, that
 * unit is kept (and linked to the pair) and the pair's own copy goes.
 */
export function upsertPairUnit(db: Db, unit: NewUnit & { pairId: number }): TmUnit {
  return db.transaction(() => {
    const hash = unitHash(unit.srcLang, unit.tgtLang, unit.source, unit.target);
    const mine = statement(db, 'SELECT id FROM tm_units WHERE pair_id = ?').get(unit.pairId) as { id: number } | undefined;
    const same = statement(db, 'SELECT id FROM tm_units WHERE unit_hash = ?').get(hash) as { id: number } | undefined;
    if (same) {
      if (mine && mine.id !== same.id) statement(db, 'DELETE FROM tm_units WHERE id = ?').run(mine.id);
      statement(db, "UPDATE tm_units SET pair_id = ?, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?").run(unit.pairId, same.id);
      return getUnit(db, same.id)!;
    }
    if (mine) {
      const source = analyse(unit.source, unit.srcLang);
      db.prepare(
        `UPDATE tm_units SET source = ?, target = ?, source_fold = ?, target_fold = ?, tokens = ?, key_hash = ?, shape_hash = ?, unit_hash = ?, prev_hash = ?, next_hash = ?,
           author = coalesce(?, author), changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?`,
      ).run(
        unit.source,
        unit.target,
        source.fold,
        foldForIndex(unit.target, unit.tgtLang),
        source.tokens.length,
        source.key,
        source.shape,
        hash,
        unit.prevSource ? exactKey(unit.prevSource, unit.srcLang) : null,
        unit.nextSource ? exactKey(unit.nextSource, unit.srcLang) : null,
        unit.author ?? null,
        mine.id,
      );
      return getUnit(db, mine.id)!;
    }
    unitInserter(db)(unit);
    return getUnit(db, (statement(db, 'SELECT id FROM tm_units WHERE unit_hash = ?').get(hash) as { id: number }).id)!;
  })();
}

export function getUnit(db: Db, id: number): TmUnit | null {
  const row = statement(db, `SELECT ${UNIT_COLUMNS} FROM tm_units WHERE id = ?`).get(id) as UnitRow | undefined;
  return row ? toUnit(row) : null;
}

export interface MatchQuery {
  text: string;
  srcLang: Lang;
  tgtLang: Lang;
  /** Lowest score to return (default 70). */
  min?: number;
  /** How many matches (default 5). */
  limit?: number;
  /** The neighbouring sources of the query segment, for context matches. */
  prevSource?: string | null;
  nextSource?: string | null;
  /** Units of this pair are not offered for it (a segment's own translation). */
  excludePairId?: number;
}

export interface TmMatch {
  unit: TmUnit;
  score: number;
  /** 101 for a context match: exact, and the neighbouring sources match too. */
  rank: number;
  context: boolean;
}

/** Whether the TM holds any unit from `srcLang` to `tgtLang` (a long export looks up nothing in an empty one). */
export function tmHasUnits(db: Db, srcLang: Lang, tgtLang: Lang): boolean {
  return statement(db, 'SELECT 1 FROM tm_units WHERE src_lang = ? AND tgt_lang = ? LIMIT 1').get(srcLang, tgtLang) !== undefined;
}

/** How many candidates retrieval hands to scoring. */
const CANDIDATES = 200;
/** Retrieval reads the postings of the query's rarest words, about this many in all. */
const POSTINGS_BUDGET = 20_000;
const MAX_TERMS = 12;
const MIN_TERMS = 3;
/** What a candidate's bound and context need (read without the unit's texts). */
interface BoundRow {
  id: number;
  pair_id: number | null;
  part_of: number | null;
  tokens: number;
  source_fold: string;
  key_hash: number;
  prev_hash: number | null;
  next_hash: number | null;
}

const CACHED_POSTINGS = 5_000_000;
const CACHED_ROWS = 200_000;

/**
 * Look-ups of many segments in one language pair against the TM as it stands — an export
 * looks every pair up, and the same words' postings and the same candidates come back
 * query after query: each word's postings and each candidate's bound columns are read
 * once. Only for use inside one read transaction, so the TM cannot change under it.
 * Holds at most CACHED_POSTINGS postings and CACHED_ROWS candidates (about 100 MB with a
 * TM of long sentences); past those it reads the rest as a single look-up does.
 */
export class TmLookups {
  readonly postings = new Map<string, Float64Array>();
  /** Candidates read, by id; null for a unit of another language pair. */
  readonly rows = new Map<number, BoundRow | null>();
  cachedPostings = 0;
  /** Each look-up's sums of weights per candidate, in arrays reused from one to the next. */
  readonly weights = new ArrayWeights();

  constructor(readonly limits: { postings: number; rows: number } = { postings: CACHED_POSTINGS, rows: CACHED_ROWS }) {}
}

/**
 * Fuzzy look-up: exact matches by key; fuzzy candidates from the full-text index — the
 * postings of the query's rarest words, each unit weighted by the inverse document
 * frequencies of the words it shares; then, best bound first, exact scoring (score.ts).
 * The bound — shared words / longer length — is computed from the indexed words without
 * tokenising; scoring stops once the bound cannot beat the matches already held.
 * Cost: the postings of the rarest words (about POSTINGS_BUDGET) plus the scoring of at
 * most CANDIDATES sources — not the size of the TM.
 */
export function searchTm(db: Db, query: MatchQuery, lookups?: TmLookups): TmMatch[] {
  const min = query.min ?? 70;
  const limit = query.limit ?? 5;
  const tokens = tokenize(query.text, query.srcLang);
  if (tokens.length === 0) return [];
  const { key, shape } = analyse(query.text, query.srcLang);
  // same source, or the same but for placeables; then word retrieval
  const ids = new Set<number>(pluckStatement(db, 'SELECT id FROM tm_units WHERE key_hash = ? UNION SELECT id FROM tm_units WHERE shape_hash = ? LIMIT 200').all(key, shape) as number[]);
  // asked for many matches, retrieval hands on proportionally more candidates
  for (const id of candidateIds(db, query.text, query.srcLang, Math.max(CANDIDATES, limit * 3), lookups)) ids.add(id);
  if (ids.size === 0) return [];
  const rows = boundRows(db, [...ids], query.srcLang, query.tgtLang, lookups);
  const gap = maxLengthGap(tokens.length, min);
  const prev = query.prevSource ? exactKey(query.prevSource, query.srcLang) : null;
  const next = query.nextSource ? exactKey(query.nextSource, query.srcLang) : null;
  const queryWords = countWords(foldForIndex(query.text, query.srcLang));
  const others = tokens.filter((t) => t.kind !== 'word' && t.kind !== 'number').length;
  const bounded = rows
    .filter((r) => (query.excludePairId === undefined || (r.pair_id !== query.excludePairId && r.part_of !== query.excludePairId)) && Math.abs(r.tokens - tokens.length) <= gap)
    // rounded as scores are (score.ts): a candidate whose bound rounds to the score of the last
    // match kept may tie with it, and ties go to the older unit, whichever was scored first
    .map((r) => ({ row: r, bound: r.key_hash === key ? 100 : roundedScore((100 * (sharedWords(queryWords, wordsOfRow(r, lookups !== undefined)) + others)) / Math.max(tokens.length, r.tokens)) }))
    .filter((c) => c.bound >= min)
    .sort((a, b) => b.bound - a.bound);
  const matches: TmMatch[] = [];
  for (const { row: r, bound } of bounded) {
    if (matches.length >= limit && bound < matches[limit - 1]!.score) break;
    const unit = getUnit(db, r.id)!;
    const { score } = fuzzyScore(tokens, tokenize(unit.source, query.srcLang));
    if (score < min) continue;
    const context = score === 100 && prev !== null && next !== null && r.prev_hash === prev && r.next_hash === next;
    matches.push({ unit, score, rank: context ? 101 : score, context });
    matches.sort((a, b) => b.rank - a.rank || b.unit.changedAt.localeCompare(a.unit.changedAt) || a.unit.id - b.unit.id);
  }
  return matches.slice(0, limit);
}

/**
 * The candidates' bound columns, in the language pair, without the units' texts: reading
 * those for every candidate was over half of a look-up's time; a unit's text is read only
 * when it is scored.
 */
function boundRows(db: Db, ids: number[], srcLang: Lang, tgtLang: Lang, lookups: TmLookups | undefined): BoundRow[] {
  const unread = lookups ? ids.filter((id) => !lookups.rows.has(id)) : ids;
  let read: BoundRow[] = [];
  if (unread.length) {
    // the candidates as one parameter: a JSON array on SQLite, an array on PostgreSQL
    const idList = isPostgres(db) ? 'SELECT unnest(?::bigint[])' : 'SELECT value FROM json_each(?)';
    read = statement(db, `SELECT id, pair_id, part_of, tokens, source_fold, key_hash, prev_hash, next_hash FROM tm_units WHERE id IN (${idList}) AND src_lang = ? AND tgt_lang = ?`).all(
      isPostgres(db) ? [unread, srcLang, tgtLang] : [JSON.stringify(unread), srcLang, tgtLang],
    ) as BoundRow[];
  }
  if (!lookups) return read;
  if (lookups.rows.size + unread.length > lookups.limits.rows) {
    // full: what is kept still serves, what was read now is used once
    const fresh = new Map(read.map((r) => [r.id, r]));
    return ids.map((id) => lookups.rows.get(id) ?? fresh.get(id)).filter((r): r is BoundRow => r !== undefined && r !== null);
  }
  for (const r of read) lookups.rows.set(r.id, r);
  for (const id of unread) if (!lookups.rows.has(id)) lookups.rows.set(id, null);
  const rows: BoundRow[] = [];
  for (const id of ids) {
    const r = lookups.rows.get(id);
    if (r) rows.push(r);
  }
  return rows;
}

const NUMERIC = /^\d/;

/** A query's folded words with how often each occurs, and its numbers. */
function countWords(fold: string): { words: Map<string, number>; numbers: number } {
  const { words, numbers } = foldedWords(fold);
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { words: counts, numbers };
}

/**
 * Tokens an alignment of the two texts can match at most: shared words (as multisets)
 * plus numbers, which match each other whatever their value (a differing number is a
 * penalty, not an edit).
 */
function sharedWords(query: { words: Map<string, number>; numbers: number }, unit: FoldedWords): number {
  // how many of each query word the unit has used up: only words they share are counted
  const taken = new Map<string, number>();
  let shared = 0;
  for (const w of unit.words) {
    const c = query.words.get(w);
    if (c === undefined) continue;
    const t = taken.get(w) ?? 0;
    if (t < c) {
      shared++;
      taken.set(w, t + 1);
    }
  }
  return shared + Math.min(unit.numbers, query.numbers);
}

interface FoldedWords {
  /** The words of a unit's folded source, numbers left out. */
  words: string[];
  numbers: number;
}

function foldedWords(fold: string): FoldedWords {
  const words: string[] = [];
  let numbers = 0;
  for (const w of fold.split(' ')) {
    if (!w) continue;
    if (NUMERIC.test(w)) numbers++;
    else words.push(w);
  }
  return { words, numbers };
}

/** A candidate's folded words, kept with its row when look-ups share rows (TmLookups). */
function wordsOfRow(row: BoundRow & { folded?: FoldedWords }, keep: boolean): FoldedWords {
  if (row.folded) return row.folded;
  const folded = foldedWords(row.source_fold);
  if (keep) row.folded = folded;
  return folded;
}

/** Unit ids that share the query's rarest words: those sharing the most of them first. */
export function candidateIds(db: Db, text: string, lang: Lang, count = CANDIDATES, lookups?: TmLookups): number[] {
  // numbers are placeables: a match may differ in them, so they do not retrieve
  const words = [...new Set(foldForIndex(text, lang).split(' ').filter((w) => w.length > 0 && !NUMERIC.test(w)))];
  if (words.length === 0) return [];
  const frequencies = documentFrequencies(db, words).filter((d) => d.doc > 0);
  frequencies.sort((a, b) => a.doc - b.doc);
  const chosen: { term: string; doc: number }[] = [];
  let postings = 0;
  for (const d of frequencies) {
    if (chosen.length >= MAX_TERMS || (chosen.length >= MIN_TERMS && postings + d.doc > POSTINGS_BUDGET)) break;
    // a word in more units than the whole budget ("a", "which") is read only when the query
    // has nothing rarer: its postings would cost more than all the others and retrieve
    // nearly every unit equally
    if (chosen.length > 0 && d.doc > POSTINGS_BUDGET) break;
    chosen.push(d);
    postings += d.doc;
  }
  // units sharing more of the chosen words first; among those, rarer words first
  const weightOf = (doc: number) => 1 + Math.log(1 + 1e6 / doc) / 100;
  if (isPostgres(db)) {
    // one statement: the postings of the chosen words (tm_words, read from its key) summed
    // per unit on the server, and only the best `count` ids sent back
    return db
      .prepare(
        `SELECT w.unit_id FROM unnest(?::text[], ?::float8[]) AS t(term, weight) JOIN tm_words w ON w.term = t.term
         GROUP BY w.unit_id ORDER BY sum(t.weight) DESC, w.unit_id LIMIT ?`,
      )
      .pluck()
      .all([chosen.map((c) => c.term), chosen.map((c) => weightOf(c.doc)), count]) as number[];
  }
  const weights = lookups ? lookups.weights.reset() : new MapWeights();
  const postingsOf = pluckStatement(db, 'SELECT rowid FROM tm_fts WHERE tm_fts MATCH ?');
  for (const { term, doc } of chosen) {
    const weight = weightOf(doc);
    let ids: ArrayLike<number> | undefined = lookups?.postings.get(term);
    if (!ids) {
      ids = postingsOf.all(`source_fold : "${term.replace(/"/g, '""')}"`) as number[];
      if (lookups && lookups.cachedPostings + ids.length <= lookups.limits.postings) {
        lookups.postings.set(term, Float64Array.from(ids));
        lookups.cachedPostings += ids.length;
      }
    }
    for (let k = 0; k < ids.length; k++) weights.add(ids[k]!, weight);
  }
  return heaviest(weights.ids(), (id) => weights.of(id), count);
}

/** Weights summed per unit id over one look-up's postings. */
interface IdWeights {
  add(id: number, weight: number): void;
  ids(): readonly number[];
  of(id: number): number;
}

class MapWeights implements IdWeights {
  private readonly sums = new Map<number, number>();
  add(id: number, weight: number): void {
    this.sums.set(id, (this.sums.get(id) ?? 0) + weight);
  }
  ids(): readonly number[] {
    return [...this.sums.keys()];
  }
  of(id: number): number {
    return this.sums.get(id)!;
  }
}

/**
 * The same sums in arrays indexed by id, kept from look-up to look-up (TmLookups): a
 * map's get and set per posting were most of a look-up's time on a large TM. A
 * generation number per id tells this look-up's sums from earlier ones without clearing.
 */
export class ArrayWeights implements IdWeights {
  private sums = new Float64Array(1024);
  private generations = new Uint32Array(1024);
  private generation = 0;
  private readonly touched: number[] = [];

  reset(): this {
    this.generation++;
    this.touched.length = 0;
    return this;
  }

  add(id: number, weight: number): void {
    if (id >= this.sums.length) this.grow(id);
    if (this.generations[id] === this.generation) this.sums[id]! += weight;
    else {
      this.generations[id] = this.generation;
      this.sums[id] = weight;
      this.touched.push(id);
    }
  }

  ids(): readonly number[] {
    return this.touched;
  }

  of(id: number): number {
    return this.sums[id]!;
  }

  private grow(id: number): void {
    const size = Math.max(id + 1, this.sums.length * 2);
    const sums = new Float64Array(size);
    const generations = new Uint32Array(size);
    sums.set(this.sums);
    generations.set(this.generations);
    this.sums = sums;
    this.generations = generations;
  }
}

/**
 * The `count` ids of the greatest weight, heaviest first, ties to the smaller id: the same
 * as sorting them all and taking the first `count`, in O(n log count) — a query's postings
 * reach 20,000 units, and sorting them all was a third of a look-up's time.
 */
export function heaviest(candidates: readonly number[], weightOf: (id: number) => number, count: number): number[] {
  // a binary heap of the best so far with the least of them on top
  const ids: number[] = [];
  const ws: number[] = [];
  const worse = (i: number, j: number) => ws[i]! < ws[j]! || (ws[i] === ws[j] && ids[i]! > ids[j]!);
  const swap = (i: number, j: number) => {
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    [ws[i], ws[j]] = [ws[j]!, ws[i]!];
  };
  const down = (from: number) => {
    for (let i = from; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < ids.length && worse(l, least)) least = l;
      if (r < ids.length && worse(r, least)) least = r;
      if (least === i) return;
      swap(i, least);
      i = least;
    }
  };
  for (const id of candidates) {
    const w = weightOf(id);
    if (ids.length < count) {
      ids.push(id);
      ws.push(w);
      for (let i = ids.length - 1; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (count > 0 && (w > ws[0]! || (w === ws[0] && id < ids[0]!))) {
      ids[0] = id;
      ws[0] = w;
      down(0);
    }
  }
  return ids.map((id, k) => [id, ws[k]!] as const).sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);
}

interface FrequencyCache {
  units: number;
  doc: Map<string, number>;
  /** PostgreSQL: the planner's estimates of the most common words' document frequencies. */
  common: ReadonlyMap<string, number> | null;
}

const frequencyCaches = new WeakMap<Db, FrequencyCache>();

/**
 * Document frequencies of words in the TM's sources, cached per connection; the cache is
 * dropped when the TM has grown or shrunk by a tenth (the figures only steer which words
 * retrieval reads, so slightly stale ones are harmless).
 */
function documentFrequencies(db: Db, words: string[]): { term: string; doc: number }[] {
  const units = (statement(db, 'SELECT coalesce(max(id), 0) AS n FROM tm_units').get() as { n: number }).n;
  let cache = frequencyCaches.get(db);
  if (!cache || Math.abs(units - cache.units) > cache.units / 10) {
    cache = { units, doc: new Map(), common: isPostgres(db) ? postgresCommonWords(db) : null };
    frequencyCaches.set(db, cache);
  }
  const unknown = words.filter((term) => !cache.doc.has(term));
  if (unknown.length) {
    if (isPostgres(db)) {
      // the common words from the planner's statistics; the rest — rarer than any of those,
      // so cheap to count — counted on tm_words' key in one statement, up to just past the
      // postings budget (a word more common than that is never read for its postings unless
      // nothing rarer is there, and then its exact count does not change which words are read)
      const rare: string[] = [];
      for (const term of unknown) {
        const estimate = cache.common?.get(term);
        if (estimate === undefined) rare.push(term);
        else cache.doc.set(term, estimate);
      }
      if (rare.length) {
        const counted = db
          .prepare('SELECT t.term, (SELECT count(*) FROM (SELECT 1 FROM tm_words w WHERE w.term = t.term LIMIT ?) s) AS doc FROM unnest(?::text[]) AS t(term)')
          .all([POSTINGS_BUDGET + 1, rare]) as { term: string; doc: number | string }[];
        for (const { term, doc } of counted) cache.doc.set(term, Number(doc));
      }
    } else {
      const lookup = pluckStatement(db, "SELECT doc FROM tm_vocab WHERE col = 'source_fold' AND term = ?");
      for (const term of unknown) cache.doc.set(term, (lookup.get(term) as number | undefined) ?? 0);
    }
  }
  return words.map((term) => ({ term, doc: cache.doc.get(term) ?? 0 }));
}

/**
 * PostgreSQL keeps, for the planner, the most common values of tm_words.term with their
 * share of the rows (ANALYZE samples the table; settlePostgresIndexes asks for up to
 * 10,000 of them). One row per word and unit, so share × rows estimates how many units
 * hold the word — within a few per cent, which is all retrieval needs — and reading them
 * once per connection spares counting up to 20,000 postings per common word. Null when
 * the table has not been analysed yet.
 */
function postgresCommonWords(db: Db): Map<string, number> | null {
  const row = db
    .prepare(
      `SELECT s.most_common_vals::text::text[] AS words, s.most_common_freqs AS shares, c.reltuples AS rows
       FROM pg_stats s JOIN pg_class c ON c.relname = s.tablename AND c.relnamespace = to_regnamespace(s.schemaname)
       WHERE s.schemaname = current_schema() AND s.tablename = 'tm_words' AND s.attname = 'term'`,
    )
    .get() as { words: string[] | null; shares: number[] | null; rows: number } | undefined;
  if (!row?.words || !row.shares || !(row.rows > 0)) return null;
  const common = new Map<string, number>();
  row.words.forEach((word, k) => common.set(word, Math.round(row.shares![k]! * row.rows)));
  return common;
}

/** Exhaustive scan: every unit of the language pair scored (for measuring the index's recall). */
export function searchTmExhaustive(db: Db, query: MatchQuery): TmMatch[] {
  const min = query.min ?? 70;
  const tokens = tokenize(query.text, query.srcLang);
  const gap = maxLengthGap(tokens.length, min);
  const matches: TmMatch[] = [];
  const rows = db.prepare(`SELECT ${UNIT_COLUMNS}, tokens FROM tm_units WHERE src_lang = ? AND tgt_lang = ?`).iterate(query.srcLang, query.tgtLang) as IterableIterator<
    UnitRow & { tokens: number }
  >;
  for (const r of rows) {
    if (Math.abs(r.tokens - tokens.length) > gap) continue;
    const { score } = fuzzyScore(tokens, tokenize(r.source, query.srcLang));
    if (score >= min) matches.push({ unit: toUnit(r), score, rank: score, context: false });
  }
  return matches.sort((a, b) => b.rank - a.rank || a.unit.id - b.unit.id);
}

export type { Token };
