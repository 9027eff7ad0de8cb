import { SaxesParser, type SaxesOptions } from 'saxes';
import { InputError } from '../errors.js';

/**
 * Limits of the XML readers (XLIFF, TMX, TBX), so that a small hostile file cannot cost
 * more than its size: elements nested deeper than `maxDepth` are refused (real files nest
 * a few dozen levels: xliff/file/body/group/trans-unit/target/g/…), and so is a unit
 * holding more than `maxUnitChars` characters of text. Defaults can be changed with
 * HIZALA_XML_MAX_DEPTH and HIZALA_XML_MAX_UNIT_CHARS.
 */
export interface XmlLimits {
  maxDepth: number;
  maxUnitChars: number;
}

function fromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export function xmlLimits(overrides: Partial<XmlLimits> = {}): XmlLimits {
  return {
    maxDepth: overrides.maxDepth ?? fromEnv('HIZALA_XML_MAX_DEPTH', 256),
    maxUnitChars: overrides.maxUnitChars ?? fromEnv('HIZALA_XML_MAX_UNIT_CHARS', 1_000_000),
  };
}

/**
 * Counts open elements; `enter` throws (through `fail`, which adds the parser's line and
 * column) past the depth limit. saxes keeps one handler per event, so the readers call
 * `enter` and `leave` from their own opentag and closetag handlers (saxes reports a
 * self-closing element as an open and a close). O(1) per tag.
 */
export class DepthGuard {
  private depth = 0;
  constructor(
    private readonly limits: XmlLimits,
    private readonly fail: (problem: string) => never,
  ) {}
  enter(): void {
    if (++this.depth > this.limits.maxDepth) this.fail(`elements nested deeper than ${this.limits.maxDepth} levels`);
  }
  leave(): void {
    this.depth--;
  }
}

/**
 * A strict saxes parser as every XML reader here sets one up: what it refuses is thrown
 * as an InputError naming the file, line and column; a DOCTYPE with an internal subset is
 * refused (no entity is ever declared or expanded, no DTD fetched; a plain DOCTYPE is
 * harmless); `depth` is for the reader's own opentag and closetag handlers.
 */
export function guardedParser<O extends SaxesOptions>(file: string, options: O, limits: XmlLimits = xmlLimits()): { parser: SaxesParser<O>; fail: (problem: string) => never; depth: DepthGuard } {
  const parser = new SaxesParser<O>(options);
  const fail = (problem: string): never => {
    throw new InputError(problem, { file, line: parser.line, column: parser.column, reason: 'bad-xml', params: { problem } });
  };
  parser.on('doctype', (doctype) => {
    if (doctype.includes('[')) fail('a DOCTYPE with an internal subset is not accepted (entities are never declared or expanded)');
  });
  parser.on('error', (err) => fail(err.message.replace(/^(?:\S*:)?\d+:\d+: /, '')));
  return { parser, fail, depth: new DepthGuard(limits, fail) };
}
