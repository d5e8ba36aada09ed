/**
 * @jest-environment node
 */
import fc from 'fast-check';
import {
  catalogMetadata,
  scaffolderMetadata,
} from '../../../../test/builders/permissions';
import { planResourceBatch } from './batchPlan';
import { metadataToRows } from './metadata';
import {
  initialPermissionTableState,
  reducePermissionTable,
  selectPermissionTable,
  selectPluginStates,
  type PermissionTableAction,
  type PermissionTableState,
} from './permissionTableState';
import { PERMISSION_DECISIONS, type DefinitiveDecision } from './types';

const PLUGIN_IDS = ['catalog', 'scaffolder'];
const METADATA = {
  catalog: catalogMetadata(),
  scaffolder: scaffolderMetadata(),
};
const BASIC_KEYS = Object.entries(METADATA).flatMap(([pluginId, metadata]) =>
  metadataToRows(pluginId, metadata)
    .filter(row => row.type === 'basic')
    .map(row => row.key),
);
const RESOURCE_PLAN = planResourceBatch(
  metadataToRows('catalog', catalogMetadata()),
  'catalog-entity',
  'component:default/payments',
);

/**
 * What the hook does, in any order the network may answer: ask, and later
 * settle one of the calls still in flight (`pick` chooses which).
 */
type Step =
  | { kind: 'askPlugin'; pluginId: string }
  | {
      kind: 'settlePlugin';
      pick: number;
      outcome: 'found' | 'not-found' | 'error';
    }
  | { kind: 'askBasic'; keys: string[] }
  | { kind: 'settleBasic'; pick: number; ok: boolean; allow: boolean }
  | { kind: 'askResource' }
  | { kind: 'settleResource'; pick: number; ok: boolean };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('askPlugin' as const),
    pluginId: fc.constantFrom(...PLUGIN_IDS),
  }),
  fc.record({
    kind: fc.constant('settlePlugin' as const),
    pick: fc.nat(),
    outcome: fc.constantFrom(
      'found' as const,
      'not-found' as const,
      'error' as const,
    ),
  }),
  fc.record({
    kind: fc.constant('askBasic' as const),
    keys: fc.subarray(BASIC_KEYS, { minLength: 1 }),
  }),
  fc.record({
    kind: fc.constant('settleBasic' as const),
    pick: fc.nat(),
    ok: fc.boolean(),
    allow: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('askResource' as const) }),
  fc.record({
    kind: fc.constant('settleResource' as const),
    pick: fc.nat(),
    ok: fc.boolean(),
  }),
);

type Model = {
  /** The plugin's latest request and how it ended, if it did. */
  plugins: Map<string, { requestId: number; outcome?: string }>;
  latestResource?: { requestId: number; outcome?: 'done' | 'error' };
};

function take<T>(list: T[], pick: number): T | undefined {
  if (list.length === 0) return undefined;
  return list.splice(pick % list.length, 1)[0];
}

/** Runs the steps, checking the state after each; returns it. */
function runSteps(steps: Step[]): PermissionTableState {
  let state = initialPermissionTableState;
  let nextId = 0;
  const model: Model = { plugins: new Map() };
  const pluginCalls: Array<{ pluginId: string; requestId: number }> = [];
  const basicCalls: string[][] = [];
  const resourceCalls: number[] = [];

  const dispatch = (action: PermissionTableAction, stale = false) => {
    const next = reducePermissionTable(state, action);
    // An answer to a replaced call changes nothing at all.
    if (stale) expect(next).toBe(state);
    state = next;
  };

  for (const step of steps) {
    switch (step.kind) {
      case 'askPlugin': {
        const requestId = ++nextId;
        pluginCalls.push({ pluginId: step.pluginId, requestId });
        model.plugins.set(step.pluginId, { requestId });
        dispatch({
          type: 'metadataRequested',
          pluginId: step.pluginId,
          requestId,
        });
        break;
      }
      case 'settlePlugin': {
        const call = take(pluginCalls, step.pick);
        if (!call) break;
        const latest = model.plugins.get(call.pluginId);
        const stale = latest?.requestId !== call.requestId;
        if (!stale) latest!.outcome = step.outcome;
        const url = `http://backend/${call.pluginId}`;
        dispatch(
          step.outcome === 'error'
            ? { type: 'metadataFailed', ...call, error: new Error('boom') }
            : {
                type: 'metadataLoaded',
                ...call,
                result:
                  step.outcome === 'found'
                    ? {
                        status: 'found',
                        url,
                        metadata:
                          METADATA[call.pluginId as keyof typeof METADATA],
                      }
                    : { status: 'not-found', url },
              },
          stale,
        );
        break;
      }
      case 'askBasic':
        basicCalls.push(step.keys);
        dispatch({ type: 'basicRequested', keys: step.keys });
        break;
      case 'settleBasic': {
        const keys = take(basicCalls, step.pick);
        if (!keys) break;
        const decision: DefinitiveDecision = step.allow ? 'ALLOW' : 'DENY';
        dispatch(
          step.ok
            ? {
                type: 'basicDecided',
                keys,
                decisions: keys.map(() => decision),
              }
            : { type: 'basicFailed', keys, error: new Error('503') },
        );
        break;
      }
      case 'askResource': {
        const requestId = ++nextId;
        resourceCalls.push(requestId);
        model.latestResource = { requestId };
        dispatch({
          type: 'resourceRequested',
          resourceType: 'catalog-entity',
          resourceRef: 'component:default/payments',
          requestId,
        });
        break;
      }
      case 'settleResource': {
        const requestId = take(resourceCalls, step.pick);
        if (requestId === undefined) break;
        const stale = model.latestResource?.requestId !== requestId;
        if (!stale) model.latestResource!.outcome = step.ok ? 'done' : 'error';
        dispatch(
          step.ok
            ? {
                type: 'resourceDecided',
                resourceType: 'catalog-entity',
                requestId,
                plan: RESOURCE_PLAN,
                decisions: RESOURCE_PLAN.keys.map(() => 'ALLOW'),
                lookup: { exists: true },
              }
            : {
                type: 'resourceFailed',
                resourceType: 'catalog-entity',
                requestId,
                error: new Error('403'),
              },
          stale,
        );
        break;
      }
      default:
    }
    checkInvariants(state, model);
  }
  return state;
}

function checkInvariants(state: PermissionTableState, model: Model) {
  // The latest call of each plugin decides what it shows.
  for (const plugin of selectPluginStates(state.plugins, PLUGIN_IDS)) {
    const expected = model.plugins.get(plugin.pluginId)?.outcome ?? 'loading';
    expect(plugin.status).toBe(expected);
  }
  const check = selectPermissionTable(state, PLUGIN_IDS).resourceChecks[
    'catalog-entity'
  ];
  if (model.latestResource) {
    expect(check.status).toBe(model.latestResource.outcome ?? 'loading');
  } else {
    expect(check).toBeUndefined();
  }
  // A basic permission is never both in flight and failed.
  for (const key of state.basicPending) {
    expect(state.basicFailed.has(key)).toBe(false);
  }
  const table = selectPermissionTable(state, PLUGIN_IDS);
  for (const row of table.rows) {
    expect(PERMISSION_DECISIONS).toContain(row.decision);
    if (row.type === 'resource') {
      expect(['PER_RESOURCE', 'PENDING', 'ALLOW', 'DENY']).toContain(
        row.decision,
      );
    }
  }
  if (table.basicFailure) {
    expect(table.basicFailure.count).toBe(state.basicFailed.size);
  }
}

describe('permission table state, under any order of answers', () => {
  // runSteps asserts after every step.
  // eslint-disable-next-line jest/expect-expect
  it('shows the latest call of each plugin and resource check, never a replaced one', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), steps => {
        runSteps(steps);
      }),
      { numRuns: 300 },
    );
  });

  it('answers every basic permission once all batches settle with success', () => {
    fc.assert(
      fc.property(
        fc.array(fc.subarray(BASIC_KEYS, { minLength: 1 }), { maxLength: 8 }),
        fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
        (batches, picks) => {
          const steps: Step[] = [
            ...PLUGIN_IDS.map(pluginId => ({
              kind: 'askPlugin' as const,
              pluginId,
            })),
            { kind: 'settlePlugin', pick: 0, outcome: 'found' },
            { kind: 'settlePlugin', pick: 0, outcome: 'found' },
            { kind: 'askBasic', keys: BASIC_KEYS },
            ...batches.map(keys => ({ kind: 'askBasic' as const, keys })),
            ...[BASIC_KEYS, ...batches].map((_, i) => ({
              kind: 'settleBasic' as const,
              pick: picks[i % picks.length],
              ok: true,
              allow: true,
            })),
          ];
          const state = runSteps(steps);
          const basicRows = selectPermissionTable(
            state,
            PLUGIN_IDS,
          ).rows.filter(row => row.type === 'basic');
          expect(basicRows).toHaveLength(BASIC_KEYS.length);
          expect(basicRows.every(row => row.decision === 'ALLOW')).toBe(true);
          expect(state.basicPending.size).toBe(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
