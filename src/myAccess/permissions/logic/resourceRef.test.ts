import { entityRefSearchQuery, normalizeResourceRef } from './resourceRef';

describe('normalizeResourceRef', () => {
  it('completes and lowercases catalog entity refs', () => {
    expect(
      normalizeResourceRef('catalog-entity', ' Component:payments '),
    ).toEqual({ ok: true, resourceRef: 'component:default/payments' });
    expect(normalizeResourceRef('catalog-entity', 'group:prod/team-a')).toEqual(
      { ok: true, resourceRef: 'group:prod/team-a' },
    );
  });

  it('rejects an entity ref without kind', () => {
    expect(normalizeResourceRef('catalog-entity', 'payments')).toMatchObject({
      ok: false,
      reason: 'invalid-entity-ref',
      message: expect.stringContaining('missing or empty kind'),
    });
  });

  it('passes other resource refs through, trimmed', () => {
    expect(normalizeResourceRef('scaffolder-template', ' Tpl:X ')).toEqual({
      ok: true,
      resourceRef: 'Tpl:X',
    });
  });

  it('rejects empty input', () => {
    expect(normalizeResourceRef('catalog-entity', '  ')).toEqual({
      ok: false,
      reason: 'empty',
    });
  });
});

describe('entityRefSearchQuery', () => {
  it.each([
    ['pay', { term: 'pay' }],
    ['component:pay', { term: 'pay', kind: 'component' }],
    [
      'component:default/pay',
      { term: 'pay', kind: 'component', namespace: 'default' },
    ],
    ['component:', { term: '', kind: 'component' }],
  ])('%s', (input, expected) => {
    expect(entityRefSearchQuery(input)).toEqual(expected);
  });
});
