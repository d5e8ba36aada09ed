/**
 * @jest-environment node
 */
/* eslint-disable jest/no-conditional-expect, jest/no-standalone-expect, jest/expect-expect, new-cap -- properties check whichever outcome a generated case has */
import fc from 'fast-check';
import {
  createSessionExpiryTracker,
  createWakeScheduler,
  MAX_TIMER_DELAY_MS,
  nextChangeAt,
  computeExpiryView,
  type ExpiryClock,
} from '../../src/banner/logic';
import { createFakeClock } from '../builders/fakeClock';
import {
  compareOwnership,
  type CatalogMembership,
} from '../../src/myAccess/groups/logic';
import {
  decideRows,
  EMPTY_DECISIONS,
  metadataToRows,
  parsePermissionMetadata,
  planBasicBatch,
  planResourceBatch,
  summarizeResourceTypes,
} from '../../src/myAccess/permissions/logic';
import {
  classifySignInFailure,
  describeSignInError,
  type SignInFailureContext,
} from '../../src/shared/logic/signInFailures';
import { signInHelpMessages } from '../../src/shared/translations/signInHelpMessages';
import { hostileString, jsonKey, jsonValue } from './arbitraries';
import { assertNoPrototypePollution, propertyBudget } from './propertyRuns';

const budget = propertyBudget('logic');

const FINDING_IDS = Object.keys(signInHelpMessages.findings);

/** Messages Backstage really sends, mixed into generated text. */
const KNOWN_MESSAGES = [
  'Failed to open auth popup',
  'Login failed, popup was closed',
  'Incorrect app origin, expected http://127.0.0.1:3000',
  'Login failed, user profile does not contain an email',
  'Failed to sign-in, unable to resolve user identity',
  "Origin 'http://evil' is not allowed",
  'Auth response is missing cookie nonce',
  "No auth provider registered for 'x'",
  'Failed to fetch',
];

const failureArb = fc.record(
  {
    name: fc.oneof(
      hostileString,
      fc.constantFrom(
        'PopupRejectedError',
        'PopupClosedError',
        'AuthConnectionError',
        'ResponseError',
        'NotFoundError',
      ),
    ),
    message: fc.oneof(
      hostileString,
      fc.constantFrom(...KNOWN_MESSAGES),
      fc
        .tuple(hostileString, fc.constantFrom(...KNOWN_MESSAGES))
        .map(([a, b]) => a + b),
    ),
    status: fc.oneof(fc.integer({ min: 0, max: 999 }), fc.double()),
  },
  { requiredKeys: [] },
);

const contextArb: fc.Arbitrary<SignInFailureContext> = fc.record({
  providerId: hostileString,
  providerTitle: hostileString,
  pageOrigin: fc.oneof(fc.webUrl(), hostileString),
  appBaseUrl: fc.option(fc.oneof(fc.webUrl(), hostileString), {
    nil: undefined,
  }),
  authBaseUrl: fc.option(fc.oneof(fc.webUrl(), hostileString), {
    nil: undefined,
  }),
  callbackUrl: fc.option(fc.oneof(fc.webUrl(), hostileString), {
    nil: undefined,
  }),
  environment: fc.option(hostileString, { nil: undefined }),
});

describe('sign-in failure classification', () => {
  it('turns any failure into one known finding with text', () => {
    budget.check(
      fc.property(failureArb, contextArb, (failure, context) => {
        const finding = classifySignInFailure(failure, context);
        expect(FINDING_IDS).toContain(finding.id);
        expect(['ok', 'warning', 'problem']).toContain(finding.severity);
        expect(typeof finding.title).toBe('string');
        expect(finding.title).not.toMatch(/\{\{\w+\}\}/);
        for (const e of finding.evidence ?? [])
          expect(typeof e.value).toBe('string');
        assertNoPrototypePollution();
      }),
      0.15,
    );
  });

  it('describes whatever a sign-in attempt throws', () => {
    budget.check(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            name: jsonValue,
            message: jsonValue,
            status: jsonValue,
            statusCode: jsonValue,
            cause: jsonValue,
          }),
        ),
        thrown => {
          const failure = describeSignInError(thrown);
          for (const key of ['name', 'message'] as const) {
            if (failure[key] !== undefined)
              expect(typeof failure[key]).toBe('string');
          }
          if (failure.status !== undefined)
            expect(typeof failure.status).toBe('number');
        },
      ),
      0.1,
    );
  });
});

const refArb = fc.oneof(
  fc.constantFrom(
    'user:default/alice',
    'group:default/team-a',
    'GROUP:Default/Team-A',
    'group:default/__proto__',
    'group:default/constructor',
  ),
  fc
    .tuple(fc.constantFrom('group', 'user', 'Group'), jsonKey, jsonKey)
    .map(([k, ns, n]) => `${k}:${ns}/${n}`),
  hostileString,
);

const membershipArb: fc.Arbitrary<CatalogMembership | undefined> = fc.option(
  fc.oneof(
    fc.record({ userFound: fc.constant(false as const), userRef: refArb }),
    fc
      .record({
        userRef: refArb,
        groups: fc.uniqueArray(
          fc.record({
            ref: refArb,
            title: hostileString,
            depth: fc.integer({ min: 1, max: 6 }),
            via: fc.option(refArb, { nil: undefined }),
            parents: fc.array(refArb, { maxLength: 3 }),
          }),
          { selector: g => g.ref, maxLength: 30 },
        ),
        missing: fc.array(refArb, { maxLength: 3 }),
      })
      .map(m => ({
        ...m,
        userFound: true as const,
        user: { apiVersion: 'v1', kind: 'User', metadata: { name: 'x' } },
      })),
  ),
  { nil: undefined },
);

describe('ownership comparison', () => {
  it('has one row per ref, holds every source and counts consistently', () => {
    budget.check(
      fc.property(
        refArb,
        fc.array(refArb, { maxLength: 20 }),
        fc.option(fc.array(refArb, { maxLength: 20 }), { nil: undefined }),
        membershipArb,
        (userRef, identityRefs, userinfoRefs, catalog) => {
          const result = compareOwnership({
            userRef,
            identityRefs,
            userinfoRefs,
            catalog,
          });
          const refs = result.rows.map(r => r.ref);
          expect(new Set(refs).size).toBe(refs.length);
          for (const ref of identityRefs) {
            expect(refs).toContain(ref.toLocaleLowerCase('en-US'));
          }
          expect(result.counts.identity).toBe(
            new Set(identityRefs.map(r => r.toLocaleLowerCase('en-US'))).size,
          );
          expect(result.counts.inheritedNotInToken).toBe(
            result.rows.filter(r => r.note === 'inherited-not-in-token').length,
          );
          for (const row of result.rows) {
            expect(row.inUserinfo === undefined).toBe(
              userinfoRefs === undefined,
            );
            if (row.note === 'inherited-not-in-token')
              expect(row.inIdentity).toBe(false);
          }
          const userIndex = refs.indexOf(userRef.toLocaleLowerCase('en-US'));
          if (userIndex !== -1) expect(userIndex).toBe(0);
          assertNoPrototypePollution();
        },
      ),
      0.15,
    );
  });
});

const permissionArb = fc.oneof(
  fc.record({
    type: fc.constant('basic' as const),
    name: fc.oneof(
      fc.constantFrom('catalog.entity.create', 'a', '__proto__', 'constructor'),
      hostileString,
    ),
    attributes: fc.oneof(
      fc.constant({}),
      fc.record({
        action: fc.oneof(
          fc.constantFrom('create', 'read', 'update', 'delete'),
          hostileString,
        ),
      }),
    ),
  }),
  fc.record({
    type: fc.constant('resource' as const),
    name: fc.oneof(
      fc.constantFrom('catalog.entity.read', '__proto__'),
      hostileString,
    ),
    resourceType: fc.constantFrom(
      'catalog-entity',
      'scaffolder-template',
      '__proto__',
      'constructor',
    ),
    attributes: fc.oneof(
      fc.constant({}),
      fc.record({
        action: fc.constantFrom('create', 'read', 'update', 'delete'),
      }),
    ),
  }),
);

const metadataBodyArb = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      permissions: fc.array(permissionArb, { maxLength: 12 }),
      rules: fc.array(
        fc.record({
          name: hostileString,
          resourceType: fc.constantFrom('catalog-entity', '__proto__'),
          description: fc.oneof(hostileString, fc.integer()),
          paramsSchema: jsonValue,
        }),
        { maxLength: 4 },
      ),
    }),
  },
  { weight: 1, arbitrary: jsonValue },
  {
    weight: 1,
    arbitrary: fc.record(
      { permissions: fc.array(jsonValue, { maxLength: 3 }), rules: jsonValue },
      { requiredKeys: [] },
    ),
  },
);

describe('permission rows and batches', () => {
  it('parses a metadata body or rejects it with an Error, then builds sorted unique rows', () => {
    budget.check(
      fc.property(
        fc.oneof(fc.constantFrom('catalog', '__proto__'), hostileString),
        metadataBodyArb,
        (pluginId, body) => {
          let metadata;
          try {
            metadata = parsePermissionMetadata(body);
          } catch (e) {
            expect(e).toBeInstanceOf(Error);
            return;
          }
          const rows = metadataToRows(pluginId, metadata);
          const keys = rows.map(r => r.key);
          expect(new Set(keys).size).toBe(keys.length);
          expect(rows.length).toBe(
            new Set((metadata.permissions ?? []).map(p => p.name)).size,
          );
          for (let i = 1; i < rows.length; i++) {
            expect(
              rows[i - 1].name.localeCompare(rows[i].name),
            ).toBeLessThanOrEqual(0);
          }
          for (const row of rows) {
            if (row.type === 'basic') expect(row.rules).toEqual([]);
            if (row.action !== undefined)
              expect(['create', 'read', 'update', 'delete']).toContain(
                row.action,
              );
          }

          const basic = planBasicBatch(rows);
          expect(basic.keys).toEqual(
            rows.filter(r => r.permission.type === 'basic').map(r => r.key),
          );
          expect(basic.requests.every(r => r.permission.type === 'basic')).toBe(
            true,
          );
          expect(planBasicBatch(rows, new Set(basic.keys)).keys).toEqual([]);
          const resource = planResourceBatch(
            rows,
            'catalog-entity',
            ' component:default/x ',
          );
          expect(
            resource.requests.every(
              r =>
                r.permission.type === 'resource' &&
                r.permission.resourceType === 'catalog-entity' &&
                r.resourceRef === 'component:default/x',
            ),
          ).toBe(true);
          expect(planResourceBatch(rows, 'catalog-entity', '   ').keys).toEqual(
            [],
          );
          const decided = decideRows(rows, EMPTY_DECISIONS);
          expect(decided).toHaveLength(rows.length);
          summarizeResourceTypes(rows);
          assertNoPrototypePollution();
        },
      ),
      0.2,
    );
  });
});

describe('the expiry state machine', () => {
  const times = fc.integer({ min: 0, max: 4_000_000_000_000 });

  it('always names a next change strictly after now', () => {
    budget.check(
      fc.property(
        times,
        fc.option(times, { nil: undefined }),
        fc.integer({ min: 0, max: 86_400_000 }),
        fc.boolean(),
        (now, expiresAt, warnBeforeMs, countdownShown) => {
          const next = nextChangeAt({
            now,
            expiresAt,
            warnBeforeMs,
            countdownShown,
          });
          if (next !== undefined) expect(next).toBeGreaterThan(now);
          const view = computeExpiryView({ now, expiresAt, warnBeforeMs });
          if (view.kind === 'warning')
            expect(view.countdown.value).toBeGreaterThanOrEqual(1);
        },
      ),
      0.15,
    );
  });

  type Op =
    | { kind: 'advance'; ms: number }
    | { kind: 'sleep'; ms: number }
    | { kind: 'dismiss' }
    | { kind: 'hide'; hidden: boolean };
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    fc.record({
      kind: fc.constant('advance' as const),
      ms: fc.integer({ min: 0, max: 4_000_000 }),
    }),
    fc.record({
      kind: fc.constant('sleep' as const),
      ms: fc.integer({ min: 0, max: 8_000_000 }),
    }),
    fc.record({ kind: fc.constant('dismiss' as const) }),
    fc.record({ kind: fc.constant('hide' as const), hidden: fc.boolean() }),
  );

  it('never schedules a wake-up at or before the current moment, whatever happens', () => {
    budget.check(
      fc.property(
        fc.integer({ min: 1, max: 86_400 }),
        fc.integer({ min: 0, max: 3_600 }),
        fc.array(opArb, { maxLength: 25 }),
        (lifetimeSeconds, warnBeforeSeconds, ops) => {
          const start = 1_800_000_000_000;
          const fake = createFakeClock(start);
          const delays: number[] = [];
          const clock: ExpiryClock = {
            now: fake.now,
            setTimeout: (cb, delay) => {
              delays.push(delay);
              return fake.setTimeout(cb, delay);
            },
            clearTimeout: fake.clearTimeout,
          };
          let hidden = false;
          const tracker = createSessionExpiryTracker({
            readExpiry: async () => start / 1000 + lifetimeSeconds,
            initialExpiry: start / 1000 + lifetimeSeconds,
            warnBeforeMs: warnBeforeSeconds * 1000,
            clock,
            isVisible: () => !hidden,
          });
          const stop = tracker.start();
          for (const op of ops) {
            if (op.kind === 'advance') fake.advanceBy(op.ms);
            if (op.kind === 'sleep') {
              fake.jumpBy(op.ms);
              void tracker.recheck();
            }
            if (op.kind === 'dismiss') tracker.dismiss();
            if (op.kind === 'hide') {
              hidden = op.hidden;
              void tracker.recheck();
            }
            expect(fake.pendingTimers()).toBeLessThanOrEqual(1);
          }
          stop();
          expect(fake.pendingTimers()).toBe(0);
          for (const delay of delays) {
            expect(delay).toBeGreaterThan(0);
            expect(delay).toBeLessThanOrEqual(MAX_TIMER_DELAY_MS);
          }
        },
      ),
      0.15,
    );
  });

  it('keeps one pending wake-up however often it is rescheduled', () => {
    budget.check(
      fc.property(
        fc.array(
          fc.option(fc.integer({ min: -1e12, max: 1e13 }), { nil: undefined }),
          { maxLength: 20 },
        ),
        targets => {
          const clock = createFakeClock(0);
          const scheduler = createWakeScheduler({ clock });
          for (const at of targets) {
            scheduler.scheduleAt(at, () => {});
            expect(clock.pendingTimers()).toBe(at === undefined ? 0 : 1);
            expect(scheduler.pendingAt()).toBe(at);
          }
        },
      ),
      0.1,
    );
  });
});
