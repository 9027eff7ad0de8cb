import type { Lang } from './case.js';

/** The month names of each language in small letters, January first: one list for the aligner's date anchors, the note finder of plain text and the restoring of lost characters. */
export const MONTH_NAMES: Readonly<Record<Lang, readonly string[]>> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  tr: ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'],
};
