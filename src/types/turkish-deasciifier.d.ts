// The parts of turkish-deasciifier (CommonJS, no types of its own) that src/qa/deasciifier.ts uses.
declare module 'turkish-deasciifier' {
  class Deasciifier {
    text: string;
    /** Whether the letter at `pos` should be toggled (ASCII ⇄ Turkish) by the decision lists. */
    turkish_need_correction(pos: number): boolean;
    deasciify(text: string): string;
  }
  export = Deasciifier;
}
