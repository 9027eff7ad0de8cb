import { InputError } from '../errors.js';
import { lower, type Lang } from './case.js';

/**
 * Find and replace over segment text, the way a Turkish translator expects: without
 * "match case", "I" finds "ı" and "İ" finds "i" in Turkish text (each side folded by the
 * rules of its language); "whole word" counts letters, marks and digits of every script
 * as word characters; a regular expression (JavaScript syntax, Unicode mode) may be
 * used instead, with $1… in the replacement. O(n) per text for plain queries.
 */
export interface FindQuery {
  find: string;
  matchCase?: boolean;
  wholeWord?: boolean;
  regex?: boolean;
}

export interface Found {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]/u;
export const MAX_QUERY = 500;

/** Lower-case keeping every offset (a character whose lower case is longer keeps its first unit). */
function foldKeepingOffsets(text: string, lang: Lang): string {
  const folded = lower(text, lang);
  if (folded.length === text.length) return folded;
  let out = '';
  for (const c of text) {
    const l = lower(c, lang);
    out += l.length === c.length ? l : c.length === 1 ? l[0]! : c;
  }
  return out;
}

export type Finder = (text: string, lang: Lang) => Found[];

/** A function that finds the query's occurrences in a text; bad queries are InputErrors. */
export function compileFinder(query: FindQuery): Finder {
  if (!query.find) throw new InputError('give the text to find', { reason: 'find-empty' });
  if (query.find.length > MAX_QUERY) throw new InputError(`the text to find has more than ${MAX_QUERY} characters`, { reason: 'too-long', params: { field: 'find', length: query.find.length, limit: MAX_QUERY } });
  const bounded = (text: string, start: number, end: number) => !query.wholeWord || ((start === 0 || !WORD.test(text[start - 1]!)) && (end === text.length || !WORD.test(text[end]!)));
  if (query.regex) {
    let re: RegExp;
    try {
      re = new RegExp(query.find, `gu${query.matchCase ? '' : 'i'}`);
    } catch (err) {
      throw new InputError(`not a valid regular expression: ${(err as Error).message}`, { reason: 'bad-regex', params: { detail: (err as Error).message } });
    }
    return (text) => {
      const found: Found[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex++; // an empty match would never move on
          continue;
        }
        if (bounded(text, m.index, m.index + m[0].length)) found.push({ start: m.index, end: m.index + m[0].length });
      }
      return found;
    };
  }
  return (text, lang) => {
    const haystack = query.matchCase ? text : foldKeepingOffsets(text, lang);
    const needle = query.matchCase ? query.find : foldKeepingOffsets(query.find, lang);
    const found: Found[] = [];
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
      if (bounded(text, at, at + needle.length)) found.push({ start: at, end: at + needle.length });
    }
    return found;
  };
}

/**
 * The text with every occurrence replaced. With a regular expression the replacement may
 * use $1, $<name>, $&; otherwise it is taken literally.
 */
export function replaceFound(text: string, found: readonly Found[], replacement: string, query: FindQuery): string {
  if (!found.length) return text;
  const re = query.regex ? new RegExp(query.find, `u${query.matchCase ? '' : 'i'}`) : null;
  let out = '';
  let at = 0;
  for (const f of found) {
    const piece = text.slice(f.start, f.end);
    out += text.slice(at, f.start) + (re ? piece.replace(re, replacement) : replacement);
    at = f.end;
  }
  return out + text.slice(at);
}
