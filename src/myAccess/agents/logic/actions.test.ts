import {
  parseActionList,
  readActionAttributes,
  summarizeDescription,
  SUMMARY_MAX_CHARS,
  UnreadableAnswerError,
} from './actions';

describe('readActionAttributes', () => {
  it('fills in the actions registry defaults: silent means writes, destructive, not idempotent', () => {
    expect(readActionAttributes(undefined)).toEqual({
      destructive: true,
      readOnly: false,
      idempotent: false,
    });
    expect(readActionAttributes({ readOnly: true })).toEqual({
      destructive: false,
      readOnly: true,
      idempotent: false,
    });
    expect(
      readActionAttributes({
        readOnly: false,
        destructive: false,
        idempotent: true,
      }),
    ).toEqual({ destructive: false, readOnly: false, idempotent: true });
    expect(readActionAttributes({ destructive: 'yes' })).toEqual({
      destructive: true,
      readOnly: false,
      idempotent: false,
    });
  });
});

describe('parseActionList', () => {
  const action = (name: string, attributes: object, extra: object = {}) => ({
    id: `catalog:${name}`,
    name,
    title: name.toUpperCase(),
    description: `does ${name}`,
    pluginId: 'catalog',
    attributes,
    ...extra,
  });

  it('lists destructive actions first, then other writes, then reads, by name within each', () => {
    const actions = parseActionList(
      {
        actions: [
          action('query', { readOnly: true }),
          action('register', { readOnly: false, destructive: false }),
          action('unregister', { destructive: true }),
          action('get', { readOnly: true }),
          action('delete', {}),
        ],
      },
      'catalog',
    );
    expect(actions.map(a => a.name)).toEqual([
      'delete',
      'unregister',
      'register',
      'get',
      'query',
    ]);
    expect(actions[0]).toEqual({
      id: 'catalog:delete',
      name: 'delete',
      title: 'DELETE',
      description: 'does delete',
      pluginId: 'catalog',
      attributes: { destructive: true, readOnly: false, idempotent: false },
    });
  });

  it('skips entries without an id, falls back to the id for a name and to the name for a title', () => {
    const actions = parseActionList(
      {
        actions: [
          { name: 'no-id' },
          'not an object',
          { id: 'auth:who-am-i', attributes: { readOnly: true } },
        ],
      },
      'auth',
    );
    expect(actions).toEqual([
      {
        id: 'auth:who-am-i',
        name: 'who-am-i',
        title: 'who-am-i',
        description: '',
        pluginId: 'auth',
        attributes: { destructive: false, readOnly: true, idempotent: false },
      },
    ]);
  });

  it.each([[null], [[]], [{}], [{ actions: 'x' }], [{ items: [] }]])(
    'refuses %j as an actions list',
    body => {
      expect(() => parseActionList(body, 'catalog')).toThrow(
        new UnreadableAnswerError('the answer has no "actions" list'),
      );
    },
  );
});

describe('summarizeDescription', () => {
  it('keeps a short one-paragraph description whole', () => {
    expect(summarizeDescription('  Returns the\n user.  ')).toEqual({
      summary: 'Returns the user.',
      truncated: false,
    });
  });

  it('takes the first paragraph of a longer description', () => {
    expect(
      summarizeDescription('\nQuery entities.\n\n## Catalog Model\n\nMore.'),
    ).toEqual({ summary: 'Query entities.', truncated: true });
  });

  it('cuts a long first paragraph at a word, with an ellipsis', () => {
    const text = `${'word '.repeat(100)}end`;
    const { summary, truncated } = summarizeDescription(text);
    expect(truncated).toBe(true);
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX_CHARS + 1);
    expect(summary).toMatch(/^word( word)*…$/);
  });
});
