import { TextMemo } from '../../src/synth/text-memo';

describe('TextMemo', () => {
  test('computes a text\'s value once; another text is computed anew', () => {
    const memo = new TextMemo<number>();
    let calls = 0;
    const compute = () => ++calls;
    expect(memo.of('a', compute)).toBe(1);
    expect(memo.of('a', compute)).toBe(1);
    expect(memo.of('b', compute)).toBe(2);
    expect(memo.get('a')).toBe(1);
    expect(memo.get('c')).toBeUndefined();
  });

  test('a throw is not remembered: the next call computes again', () => {
    const memo = new TextMemo<string>();
    expect(() => memo.of('bad', () => { throw new Error('invalid YAML'); })).toThrow('invalid YAML');
    expect(memo.of('bad', () => 'fixed')).toBe('fixed');
  });

  test('starts over past its size: old texts are computed again, never answered wrong', () => {
    const memo = new TextMemo<string>(2);
    memo.of('a', () => 'A');
    memo.of('b', () => 'B');
    memo.of('c', () => 'C');
    expect(memo.get('a')).toBeUndefined();
    expect(memo.of('a', () => 'A again')).toBe('A again');
  });
});
