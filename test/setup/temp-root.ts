import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One temporary folder for the whole run, under the system's (TMPDIR respected): the test
 * workers, and the CLIs, browsers and tools they spawn, inherit it as their TMPDIR, so
 * whatever any of them leaves behind goes when the run ends — failed or not.
 */
export default function setup(): () => void {
  // each vitest project runs the global set-ups again: one folder for the run, not nested
  // ones (Chromium's and PostgreSQL's socket paths must stay short)
  if (process.env.HIZALA_TEST_RUN_ROOT) return () => undefined;
  const root = mkdtempSync(join(tmpdir(), 'hizala-test-run-'));
  process.env.HIZALA_TEST_RUN_ROOT = root;
  const previous = { TMPDIR: process.env.TMPDIR, JAVA_TOOL_OPTIONS: process.env.JAVA_TOOL_OPTIONS };
  process.env.TMPDIR = root;
  // Java (OmegaT) ignores TMPDIR and writes /tmp/hsperfdata_USER unless told otherwise.
  process.env.JAVA_TOOL_OPTIONS = `${previous.JAVA_TOOL_OPTIONS ?? ''} -Djava.io.tmpdir=${root} -XX:-UsePerfData`.trim();
  return () => {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    delete process.env.HIZALA_TEST_RUN_ROOT;
    rmSync(root, { recursive: true, force: true });
  };
}
