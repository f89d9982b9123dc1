import { describe, expect, it } from 'vitest';
import { startingText } from '../../../src/record/early-typing';

describe('words typed before a box’s script starts', () => {
  it('are kept, and saved, over what was stored', () => {
    expect(startingText('stored', 'typed early')).toEqual({ text: 'typed early', typed: true });
    expect(startingText('', 'typed early')).toEqual({ text: 'typed early', typed: true });
  });
  it('leave the stored text when nothing new was typed', () => {
    expect(startingText('stored', '')).toEqual({ text: 'stored', typed: false });
    expect(startingText('stored', 'stored')).toEqual({ text: 'stored', typed: false });
  });
});
