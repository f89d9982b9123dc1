import { describe, expect, it } from 'vitest';
import type { Scorm12API as Scorm12, Scorm2004API as Scorm2004 } from 'scorm-again';
import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import { findScormApi, MAX_HOPS, type WindowLike } from '../../../src/lms/scorm-api';

// scorm-again 3.4.3's typings for these entry points declare a default export, but the modules
// export the classes by name (as the package's main typings say); bind them with those types.
const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof Scorm12 };
const { Scorm2004API } = scorm2004 as unknown as { Scorm2004API: typeof Scorm2004 };

const quiet = { autocommit: false, logLevel: 5 } as const;

/** A window at the top of its frame tree: its own parent, as a browser's top window is. */
function topWindow(props: Partial<WindowLike> = {}): WindowLike {
  const win: WindowLike = { ...props };
  win.parent = win;
  return win;
}

/** `depth` frames below `top`; returns the innermost, where the course runs. */
function framesBelow(top: WindowLike, depth: number): WindowLike {
  let win = top;
  for (let i = 0; i < depth; i++) win = { parent: win };
  return win;
}

describe('finding the LMS API', () => {
  it('finds SCORM 1.2 API on the course window itself', () => {
    const api = new Scorm12API(quiet);
    expect(findScormApi(topWindow({ API: api }))).toEqual({ version: '1.2', api });
  });

  it('finds SCORM 2004 API_1484_11 up a chain of parents', () => {
    const api = new Scorm2004API(quiet);
    const course = framesBelow(topWindow({ API_1484_11: api }), 3);
    expect(findScormApi(course)).toEqual({ version: '2004', api });
  });

  it(`walks at most ${MAX_HOPS} parents, as ADL's algorithm does`, () => {
    const api = new Scorm12API(quiet);
    expect(findScormApi(framesBelow(topWindow({ API: api }), MAX_HOPS))?.api).toBe(api);
    expect(findScormApi(framesBelow(topWindow({ API: api }), MAX_HOPS + 1))).toBeNull();
  });

  it('stops at a window that is its own parent, and at one with no parent', () => {
    expect(findScormApi(topWindow())).toBeNull();
    expect(findScormApi({})).toBeNull();
  });

  it('looks through window.opener and its parents when the frames have none', () => {
    const api = new Scorm2004API(quiet);
    const lmsFrame = framesBelow(topWindow({ API_1484_11: api }), 2);
    // A pop-up showing the course itself…
    expect(findScormApi(topWindow({ opener: lmsFrame }))).toEqual({ version: '2004', api });
    // …or in a frame: the opener belongs to the pop-up's top window, as in a browser.
    expect(findScormApi(framesBelow(topWindow({ opener: lmsFrame }), 2))).toEqual({ version: '2004', api });
  });

  it('applies the hop limit from the opener too', () => {
    const api = new Scorm12API(quiet);
    const far = framesBelow(topWindow({ API: api }), MAX_HOPS + 1);
    expect(findScormApi({ opener: far })).toBeNull();
    expect(findScormApi({ opener: framesBelow(topWindow({ API: api }), MAX_HOPS) })?.api).toBe(api);
  });

  it('prefers the nearer frames over the opener', () => {
    const near = new Scorm12API(quiet);
    const far = new Scorm12API(quiet);
    const win = framesBelow(topWindow({ API: near }), 1);
    win.opener = topWindow({ API: far });
    expect(findScormApi(win)?.api).toBe(near);
  });

  it('tries the versions asked for, in order', () => {
    const api12 = new Scorm12API(quiet);
    const api2004 = new Scorm2004API(quiet);
    const win = framesBelow(topWindow({ API: api12, API_1484_11: api2004 }), 1);
    expect(findScormApi(win)?.version).toBe('2004');
    expect(findScormApi(win, ['1.2', '2004'])?.api).toBe(api12);
    expect(findScormApi(framesBelow(topWindow({ API: api12 }), 1), ['2004'])).toBeNull();
  });

  it('ignores an API-named global without the standard functions', () => {
    expect(findScormApi(topWindow({ API: { LMSInitialize: () => 'true' } }))).toBeNull();
    expect(findScormApi(topWindow({ API_1484_11: 'not an object' }))).toBeNull();
  });

  it('treats a cross-origin window, which throws on access, as having no API', () => {
    const api = new Scorm12API(quiet);
    const hostile: WindowLike = {};
    Object.defineProperty(hostile, 'API', {
      get() {
        throw new Error('SecurityError: Blocked a frame from accessing a cross-origin frame.');
      },
    });
    Object.defineProperty(hostile, 'parent', {
      get() {
        throw new Error('SecurityError');
      },
    });
    expect(findScormApi(framesBelow(hostile, 2))).toBeNull();
    const withOpener = framesBelow(hostile, 1);
    withOpener.opener = topWindow({ API: api });
    expect(findScormApi(withOpener)?.api).toBe(api);
  });
});
