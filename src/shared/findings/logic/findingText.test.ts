import { createFindingText } from './findingText';

const messages = {
  greeting: 'Hello {{name}}, from {{ place }}',
  nested: { deeper: { leaf: 'Leaf {{name}}' }, notText: 3 },
  groups_one: '{{count}} group',
  groups_other: '{{count}} groups',
  items_zero: 'No items',
  items_one: 'One item',
  items_other: '{{count}} items',
  plain: 'Plain {{count}}',
} as const;

const text = createFindingText(messages);

describe('createFindingText', () => {
  it('reads a message by its dotted path and fills in params', () => {
    expect(text('greeting', { name: 'Ada', place: 'home' })).toBe(
      'Hello Ada, from home',
    );
    expect(text('nested.deeper.leaf', { name: 7 })).toBe('Leaf 7');
  });

  it('leaves a placeholder without a param as written', () => {
    expect(text('greeting', { name: 'Ada' })).toBe(
      'Hello Ada, from {{ place }}',
    );
  });

  it('returns the key of a missing message, or of a path that is no message', () => {
    expect(text('nope')).toBe('nope');
    expect(text('nested.deeper')).toBe('nested.deeper');
    expect(text('nested.notText')).toBe('nested.notText');
    expect(text('greeting.toString')).toBe('greeting.toString');
    expect(text('constructor')).toBe('constructor');
  });

  it('picks the plural form by a numeric count, as i18next does', () => {
    expect(text('groups', { count: 1 })).toBe('1 group');
    expect(text('groups', { count: 0 })).toBe('0 groups');
    expect(text('groups', { count: 2 })).toBe('2 groups');
    expect(text('items', { count: 0 })).toBe('No items');
    expect(text('items', { count: 1 })).toBe('One item');
    expect(text('items', { count: 5 })).toBe('5 items');
  });

  it('falls back to the bare key without a plural form, and ignores a string count', () => {
    expect(text('plain', { count: 2 })).toBe('Plain 2');
    expect(text('groups', { count: '2' })).toBe('groups');
  });

  it('uses the plural rules it is given', () => {
    const french = createFindingText(messages, new Intl.PluralRules('fr'));
    expect(french('groups', { count: 0 })).toBe('0 group');
  });
});
