import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocumentXliff, importDocumentPair, importDocumentXliff } from '../../src/documents/index.js';
import { markerIds } from '../../src/formats/xliff/write.js';
import { REPO } from '../helpers/cli.js';
import { openTestWorkspace } from '../helpers/store.js';

describe('note-marker codes in XLIFF', () => {
  it('gives a marker the same id on both sides, in order of occurrence, and a target-only marker its own', () => {
    expect(markerIds('A.[1] B.[2] C.[1]', 'B.[2] A.[1] C.[1] D.[9]')).toEqual({ source: ['m1', 'm2', 'm3'], target: ['m2', 'm1', 'm3', 'm4'] });
    expect(markerIds('No markers.', 'Yok.[4]')).toEqual({ source: [], target: ['m1'] });
  });
});

describe('a footnoted pair in XLIFF 2.0', () => {
  it('carries its marker as one code: the same <ph id> in source and target, no clash with the segment id, read back as the marker', () => {
    const db = openTestWorkspace();
    const { id } = importDocumentPair(db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') } });
    const xlf = exportDocumentXliff(db, id, { version: '2.0', matches: false });
    const unit = /<unit id="p7"[\s\S]*?<\/unit>/.exec(xlf)![0];
    const sourceIds = [.../<source[^>]*>([\s\S]*?)<\/source>/.exec(unit)![1]!.matchAll(/<ph id="([^"]+)"/g)].map((m) => m[1]);
    const targetIds = [.../<target[^>]*>([\s\S]*?)<\/target>/.exec(unit)![1]!.matchAll(/<ph id="([^"]+)"/g)].map((m) => m[1]);
    expect(sourceIds).toEqual(['m1']);
    expect(targetIds).toEqual(sourceIds);
    const edited = xlf.replace(/(<unit id="p7"[\s\S]*?<target xml:space="preserve">)[^<]*/, '$1Yeni çeviri.');
    const report = importDocumentXliff(db, edited, 'back.xlf');
    expect(report.updated).toBe(1);
    expect(db.prepare('SELECT target FROM pairs WHERE id = 7').get()).toEqual({ target: expect.stringMatching(/^Yeni çeviri\.\[1\]$/) });
  });
});
