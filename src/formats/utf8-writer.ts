/**
 * A long text written as UTF-8 bytes piece by piece, without first joining it into one
 * string: joining 100,000 XLIFF units into a 50 MB string copied every piece twice (into
 * chunks, then into the whole) and kept them alive across collections, and the file or
 * HTTP response then encoded the whole again. Pieces are encoded into 1 MB blocks as they
 * come and die young; `bytes` copies the blocks once. O(length).
 */
const BLOCK_BYTES = 1 << 20;

export class Utf8Writer {
  private readonly blocks: Buffer[] = [];
  private block = Buffer.allocUnsafe(BLOCK_BYTES);
  private used = 0;
  private total = 0;

  write(text: string): void {
    // a UTF-16 code unit is at most three bytes of UTF-8 (a surrogate pair, two units, is four)
    if (text.length * 3 > this.block.length - this.used) {
      this.seal();
      if (text.length * 3 > BLOCK_BYTES) {
        const whole = Buffer.from(text, 'utf8');
        this.blocks.push(whole);
        this.total += whole.length;
        return;
      }
      this.block = Buffer.allocUnsafe(BLOCK_BYTES);
    }
    this.used += this.block.write(text, this.used, 'utf8');
  }

  /** Everything written, as one buffer. */
  bytes(): Buffer {
    this.seal();
    return Buffer.concat(this.blocks, this.total);
  }

  private seal(): void {
    if (this.used === 0) return;
    this.blocks.push(this.block.subarray(0, this.used));
    this.total += this.used;
    this.block = Buffer.allocUnsafe(BLOCK_BYTES);
    this.used = 0;
  }
}
