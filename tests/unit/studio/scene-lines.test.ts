import { describe, expect, it } from 'vitest';
import { sceneLines } from '../../../src/studio/scene-lines';

describe('the line of each scene', () => {
  it('reads the keys one step under scenes:, and nothing deeper or elsewhere', () => {
    const text = [
      'id: x', // 1
      'stages:', // 2
      '  - id: autumn', // 3
      'scenes:', // 4
      '  # a note', // 5
      '  first:', // 6
      '    title: One', // 7
      '    decision:', // 8
      '      options: []', // 9
      '', // 10
      '  "second":', // 11
      '    title: Two', // 12
      'endings:', // 13
      '  third:', // 14
    ].join('\n');
    expect(sceneLines(text)).toEqual({ first: 6, second: 11 });
  });

  it('still finds scenes in a draft the YAML reader would refuse', () => {
    const text = 'scenes:\n  a:\n    title: "unclosed\n  b:\n    text: x: y: z\n';
    expect(sceneLines(text)).toEqual({ a: 2, b: 4 });
  });
});
