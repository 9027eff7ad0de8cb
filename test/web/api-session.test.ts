import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, noteSignedIn, setSignedOutHandler } from '../../web/src/api.js';

const signedOut = () => new Response(JSON.stringify({ error: { code: 'signed-out', message: 'Sign in again.' } }), { status: 401, headers: { 'content-type': 'application/json' } });
const ok = () => new Response(JSON.stringify({ documents: [{ id: 1 }] }), { status: 200, headers: { 'content-type': 'application/json' } });

describe('a request that meets an ended session', () => {
  let session = false;
  beforeEach(() => {
    vi.stubGlobal('localStorage', { getItem: () => null });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('asks to sign in once, and a request answered for the old session after the sign-in is only sent again', async () => {
    session = false;
    // the first request meets the ended session at once; the second was sent before the
    // sign-in and is answered "signed out" only after it
    let answerSecond: (r: Response) => void = () => {};
    const second = new Promise<Response>((resolve) => (answerSecond = resolve));
    let calls = 0;
    vi.stubGlobal('fetch', async () => {
      calls++;
      if (calls === 2) return second;
      return session ? ok() : signedOut();
    });
    let forms = 0;
    setSignedOutHandler(async () => {
      forms++;
      session = true;
      noteSignedIn();
    });
    const first = api.documents();
    const late = api.documents();
    await expect(first).resolves.toEqual([{ id: 1 }]);
    answerSecond(signedOut());
    await expect(late).resolves.toEqual([{ id: 1 }]);
    expect(forms).toBe(1);
  });

  it('asks again when the session ends again after a sign-in', async () => {
    session = false;
    vi.stubGlobal('fetch', async () => (session ? ok() : signedOut()));
    let forms = 0;
    setSignedOutHandler(async () => {
      forms++;
      session = true;
      noteSignedIn();
    });
    await api.documents();
    session = false;
    await api.documents();
    expect(forms).toBe(2);
  });
});
