/**
 * A translator's or reviewer's remark on a pair (what CAT tools call a comment or note).
 * A plain type with no imports: the editor (web/) takes it from here too.
 */
export interface Comment {
  id: number;
  pairId: number;
  author: string | null;
  text: string;
  /** 'editor', or "xliff:FILE" for one that came back in a returned file. */
  origin: string | null;
  at: string;
}
