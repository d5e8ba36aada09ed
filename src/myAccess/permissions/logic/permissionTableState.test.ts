import {
  CATALOG_BASIC_PERMISSIONS,
  catalogMetadata,
  scaffolderMetadata,
} from '../../../../test/builders/permissions';
import { planResourceBatch } from './batchPlan';
import { metadataToRows } from './metadata';
import {
  initialPermissionTableState,
  reducePermissionTable,
  selectFailedBasicBatch,
  selectLoading,
  selectNextBasicBatch,
  selectPermissionTable,
  selectPluginStates,
  selectRetryTargets,
  toError,
  type PermissionTableAction,
  type PermissionTableState,
} from './permissionTableState';

const PLUGINS = ['catalog', 'scaffolder'];
const CATALOG_URL = 'http://backend/api/catalog/.well-known/metadata';
const SCAFFOLDER_URL = 'http://backend/api/scaffolder/.well-known/metadata';
const OWNED = 'component:default/payments';

function run(
  actions: PermissionTableAction[],
  state: PermissionTableState = initialPermissionTableState,
) {
  return actions.reduce(reducePermissionTable, state);
}

function table(state: PermissionTableState, pluginIds = PLUGINS) {
  return selectPermissionTable(state, pluginIds);
}

function decisionOf(state: PermissionTableState, key: string) {
  return table(state).rows.find(row => row.key === key)?.decision;
}

function plugins(state: PermissionTableState, pluginIds = PLUGINS) {
  return selectPluginStates(state.plugins, pluginIds);
}

const catalogLoaded: PermissionTableAction[] = [
  { type: 'metadataRequested', pluginId: 'catalog', requestId: 1 },
  {
    type: 'metadataLoaded',
    pluginId: 'catalog',
    requestId: 1,
    result: { status: 'found', url: CATALOG_URL, metadata: catalogMetadata() },
  },
];

const scaffolderLoaded: PermissionTableAction[] = [
  { type: 'metadataRequested', pluginId: 'scaffolder', requestId: 2 },
  {
    type: 'metadataLoaded',
    pluginId: 'scaffolder',
    requestId: 2,
    result: {
      status: 'found',
      url: SCAFFOLDER_URL,
      metadata: scaffolderMetadata(),
    },
  },
];

const bothLoaded = run([...catalogLoaded, ...scaffolderLoaded]);

/** Sends the automatic basic batch and answers it with `answer`. */
function answerBasic(
  state: PermissionTableState,
  answer: (key: string) => 'ALLOW' | 'DENY',
) {
  const { keys } = selectNextBasicBatch(state.basicAsked, plugins(state));
  return run(
    [
      { type: 'basicRequested', keys },
      { type: 'basicDecided', keys, decisions: keys.map(answer) },
    ],
    state,
  );
}

describe('permission table state', () => {
  describe('plugin metadata', () => {
    it('shows every configured plugin as loading before any answer', () => {
      const states = plugins(initialPermissionTableState);
      expect(states).toEqual([
        { pluginId: 'catalog', status: 'loading' },
        { pluginId: 'scaffolder', status: 'loading' },
      ]);
      expect(selectLoading(states)).toBe(true);
      expect(selectLoading([])).toBe(false);
      expect(table(initialPermissionTableState).rows).toEqual([]);
    });

    it('turns found metadata into rows, sorted, and stops loading at the first answer', () => {
      const state = run(catalogLoaded);
      expect(plugins(state)[0]).toEqual({
        pluginId: 'catalog',
        status: 'found',
        url: CATALOG_URL,
        rows: metadataToRows('catalog', catalogMetadata()),
      });
      expect(plugins(state)[1].status).toBe('loading');
      expect(selectLoading(plugins(state))).toBe(false);
      expect(table(state).rows.map(row => row.name)).toContain(
        'catalog.entity.create',
      );
      expect(table(state).resourceTypes.map(t => t.resourceType)).toEqual([
        'catalog-entity',
      ]);
    });

    it('keeps a 404 as not-found with its URL and no rows', () => {
      const state = run([
        { type: 'metadataRequested', pluginId: 'scaffolder', requestId: 1 },
        {
          type: 'metadataLoaded',
          pluginId: 'scaffolder',
          requestId: 1,
          result: { status: 'not-found', url: SCAFFOLDER_URL },
        },
      ]);
      expect(plugins(state)[1]).toEqual({
        pluginId: 'scaffolder',
        status: 'not-found',
        url: SCAFFOLDER_URL,
      });
      expect(table(state).rows).toEqual([]);
    });

    it('keeps a failure with its error, and a retry replaces it', () => {
      const error = new Error('HTTP 500');
      const failed = run([
        ...catalogLoaded,
        { type: 'metadataRequested', pluginId: 'scaffolder', requestId: 2 },
        { type: 'metadataFailed', pluginId: 'scaffolder', requestId: 2, error },
      ]);
      expect(plugins(failed)[1]).toEqual({
        pluginId: 'scaffolder',
        status: 'error',
        error,
      });
      expect(selectRetryTargets(failed, plugins(failed)).pluginIds).toEqual([
        'scaffolder',
      ]);

      const retrying = run(
        [{ type: 'metadataRequested', pluginId: 'scaffolder', requestId: 3 }],
        failed,
      );
      expect(plugins(retrying)[1].status).toBe('loading');
      const retried = run(
        [
          {
            type: 'metadataLoaded',
            pluginId: 'scaffolder',
            requestId: 3,
            result: {
              status: 'found',
              url: SCAFFOLDER_URL,
              metadata: scaffolderMetadata(),
            },
          },
        ],
        retrying,
      );
      expect(plugins(retried)[1].status).toBe('found');
      expect(selectRetryTargets(retried, plugins(retried)).pluginIds).toEqual(
        [],
      );
    });

    it('drops the answer of a request a retry replaced, success or failure', () => {
      const retrying = run([
        { type: 'metadataRequested', pluginId: 'catalog', requestId: 1 },
        { type: 'metadataRequested', pluginId: 'catalog', requestId: 2 },
      ]);
      const late: PermissionTableAction[] = [
        {
          type: 'metadataFailed',
          pluginId: 'catalog',
          requestId: 1,
          error: new Error('late'),
        },
        {
          type: 'metadataLoaded',
          pluginId: 'catalog',
          requestId: 1,
          result: { status: 'not-found', url: CATALOG_URL },
        },
      ];
      expect(run(late, retrying)).toBe(retrying);
      // An answer for a plugin never asked changes nothing either.
      expect(
        run(
          [
            {
              type: 'metadataFailed',
              pluginId: 'todo',
              requestId: 9,
              error: new Error('x'),
            },
          ],
          retrying,
        ),
      ).toBe(retrying);
    });
  });

  describe('basic batch', () => {
    it('waits until no plugin is loading, then plans every basic permission once', () => {
      const half = run(catalogLoaded);
      expect(selectNextBasicBatch(half.basicAsked, plugins(half)).keys).toEqual(
        [],
      );

      const plan = selectNextBasicBatch(
        bothLoaded.basicAsked,
        plugins(bothLoaded),
      );
      expect(plan.keys.map(key => key.split(':')[1]).sort()).toEqual(
        [
          ...CATALOG_BASIC_PERMISSIONS,
          'scaffolder.task.create',
          'scaffolder.task.read',
        ].sort(),
      );
      expect(plan.requests.every(r => r.permission.type === 'basic')).toBe(
        true,
      );

      const asked = run(
        [{ type: 'basicRequested', keys: plan.keys }],
        bothLoaded,
      );
      expect(
        selectNextBasicBatch(asked.basicAsked, plugins(asked)).keys,
      ).toEqual([]);
      expect(decisionOf(asked, 'catalog:catalog.entity.create')).toBe(
        'PENDING',
      );
    });

    it('records the decisions of an answered batch', () => {
      const state = answerBasic(bothLoaded, key =>
        key.endsWith('.read') ? 'ALLOW' : 'DENY',
      );
      expect(decisionOf(state, 'catalog:catalog.location.read')).toBe('ALLOW');
      expect(decisionOf(state, 'catalog:catalog.entity.create')).toBe('DENY');
      expect(decisionOf(state, 'catalog:catalog.entity.read')).toBe(
        'PER_RESOURCE',
      );
      expect(state.basicPending.size).toBe(0);
      expect(table(state).basicFailure).toBeUndefined();
    });

    it('marks a failed batch UNKNOWN with its error and count, and retries only those rows', () => {
      const error = new Error('HTTP 503');
      const { keys } = selectNextBasicBatch(
        bothLoaded.basicAsked,
        plugins(bothLoaded),
      );
      const failed = run(
        [
          { type: 'basicRequested', keys },
          { type: 'basicFailed', keys, error },
        ],
        bothLoaded,
      );
      expect(table(failed).basicFailure).toEqual({
        error,
        count: keys.length,
      });
      expect(decisionOf(failed, 'catalog:catalog.entity.create')).toBe(
        'UNKNOWN',
      );
      expect(selectRetryTargets(failed, plugins(failed)).basic).toBe(true);
      // A failed row is not sent again by itself, only on retry.
      expect(
        selectNextBasicBatch(failed.basicAsked, plugins(failed)).keys,
      ).toEqual([]);
      const retryPlan = selectFailedBasicBatch(failed, plugins(failed));
      expect(retryPlan.keys).toEqual(keys);

      const retrying = run(
        [{ type: 'basicRequested', keys: retryPlan.keys }],
        failed,
      );
      expect(table(retrying).basicFailure).toBeUndefined();
      expect(decisionOf(retrying, 'catalog:catalog.entity.create')).toBe(
        'PENDING',
      );
      const retried = run(
        [
          {
            type: 'basicDecided',
            keys: retryPlan.keys,
            decisions: retryPlan.keys.map(() => 'DENY'),
          },
        ],
        retrying,
      );
      expect(decisionOf(retried, 'catalog:catalog.entity.create')).toBe('DENY');
      expect(selectRetryTargets(retried, plugins(retried)).basic).toBe(false);
    });

    it('asks only for the new plugin once a retried plugin loads', () => {
      const catalogOnly = run([
        ...catalogLoaded,
        { type: 'metadataRequested', pluginId: 'scaffolder', requestId: 2 },
        {
          type: 'metadataFailed',
          pluginId: 'scaffolder',
          requestId: 2,
          error: new Error('x'),
        },
      ]);
      const answered = answerBasic(catalogOnly, () => 'DENY');
      const reloaded = run(
        [
          { type: 'metadataRequested', pluginId: 'scaffolder', requestId: 3 },
          { ...scaffolderLoaded[1], requestId: 3 } as PermissionTableAction,
        ],
        answered,
      );
      expect(
        selectNextBasicBatch(reloaded.basicAsked, plugins(reloaded)).keys,
      ).toEqual([
        'scaffolder:scaffolder.task.create',
        'scaffolder:scaffolder.task.read',
      ]);
    });

    it('ignores a request with no keys', () => {
      expect(run([{ type: 'basicRequested', keys: [] }], bothLoaded)).toBe(
        bothLoaded,
      );
    });
  });

  describe('resource check', () => {
    const answered = answerBasic(bothLoaded, () => 'DENY');
    const rows = table(answered).rows;
    const plan = planResourceBatch(rows, 'catalog-entity', OWNED);
    const requested = run(
      [
        {
          type: 'resourceRequested',
          resourceType: 'catalog-entity',
          resourceRef: OWNED,
          requestId: 10,
        },
      ],
      answered,
    );
    const readAllowed = plan.requests.map(r =>
      r.permission.name === 'catalog.entity.read' ? 'ALLOW' : 'DENY',
    );

    it('shows the type as loading and its rows as pending for the ref', () => {
      expect(table(requested).resourceChecks).toEqual({
        'catalog-entity': {
          resourceType: 'catalog-entity',
          resourceRef: OWNED,
          status: 'loading',
          error: undefined,
          catalogEntity: undefined,
        },
      });
      const read = table(requested).rows.find(
        r => r.key === 'catalog:catalog.entity.read',
      );
      expect(read).toMatchObject({ decision: 'PENDING', resourceRef: OWNED });
    });

    it('records the decisions for the ref, and that the entity exists', () => {
      const done = run(
        [
          {
            type: 'resourceDecided',
            resourceType: 'catalog-entity',
            requestId: 10,
            plan,
            decisions: readAllowed,
            lookup: { exists: true },
          },
        ],
        requested,
      );
      expect(table(done).resourceChecks['catalog-entity']).toMatchObject({
        status: 'done',
        catalogEntity: { status: 'found' },
      });
      const read = table(done).rows.find(
        r => r.key === 'catalog:catalog.entity.read',
      );
      expect(read).toMatchObject({ decision: 'ALLOW', resourceRef: OWNED });
      expect(read?.resourceNotFound).toBeUndefined();
    });

    it.each([
      ['missing', readAllowed],
      ['notVisible', plan.requests.map(() => 'DENY' as const)],
    ])(
      'says %s when the catalog has no such entity, by whether reading it is allowed',
      (status, decisions) => {
        const done = run(
          [
            {
              type: 'resourceDecided',
              resourceType: 'catalog-entity',
              requestId: 10,
              plan,
              decisions,
              lookup: { exists: false },
            },
          ],
          requested,
        );
        expect(
          table(done).resourceChecks['catalog-entity'].catalogEntity,
        ).toEqual({ status });
        expect(
          table(done).rows.find(r => r.key === 'catalog:catalog.entity.read')
            ?.resourceNotFound,
        ).toBe(true);
      },
    );

    it('keeps a failed lookup as unknown, and no lookup as nothing', () => {
      const error = new Error('catalog is down');
      const unknown = run(
        [
          {
            type: 'resourceDecided',
            resourceType: 'catalog-entity',
            requestId: 10,
            plan,
            decisions: readAllowed,
            lookup: { error },
          },
        ],
        requested,
      );
      expect(
        table(unknown).resourceChecks['catalog-entity'].catalogEntity,
      ).toEqual({ status: 'unknown', error });
      const notAsked = run(
        [
          {
            type: 'resourceDecided',
            resourceType: 'catalog-entity',
            requestId: 10,
            plan,
            decisions: readAllowed,
          },
        ],
        requested,
      );
      expect(
        table(notAsked).resourceChecks['catalog-entity'].catalogEntity,
      ).toBeUndefined();
    });

    it('keeps a failed check with its error, rows back to per resource, and retries it', () => {
      const error = new Error('HTTP 403');
      const failed = run(
        [
          {
            type: 'resourceFailed',
            resourceType: 'catalog-entity',
            requestId: 10,
            error,
          },
        ],
        requested,
      );
      expect(table(failed).resourceChecks['catalog-entity']).toMatchObject({
        resourceRef: OWNED,
        status: 'error',
        error,
      });
      expect(decisionOf(failed, 'catalog:catalog.entity.refresh')).toBe(
        'PER_RESOURCE',
      );
      expect(selectRetryTargets(failed, plugins(failed))).toEqual({
        pluginIds: [],
        basic: false,
        resources: [{ resourceType: 'catalog-entity', resourceRef: OWNED }],
      });
    });

    it('drops the answer of a check that a newer one replaced', () => {
      const newer = run(
        [
          {
            type: 'resourceRequested',
            resourceType: 'catalog-entity',
            resourceRef: 'component:default/billing',
            requestId: 11,
          },
        ],
        requested,
      );
      const late: PermissionTableAction[] = [
        {
          type: 'resourceDecided',
          resourceType: 'catalog-entity',
          requestId: 10,
          plan,
          decisions: readAllowed,
        },
        {
          type: 'resourceFailed',
          resourceType: 'catalog-entity',
          requestId: 10,
          error: new Error('late'),
        },
        {
          type: 'resourceFailed',
          resourceType: 'other-type',
          requestId: 10,
          error: new Error('never asked'),
        },
      ];
      expect(run(late, newer)).toBe(newer);
      expect(table(newer).resourceChecks['catalog-entity'].resourceRef).toBe(
        'component:default/billing',
      );
    });
  });

  it('retries everything that failed, and nothing else', () => {
    expect(selectRetryTargets(bothLoaded, plugins(bothLoaded))).toEqual({
      pluginIds: [],
      basic: false,
      resources: [],
    });
  });

  it('ignores an unknown action', () => {
    expect(
      reducePermissionTable(bothLoaded, {
        type: 'nonsense',
      } as unknown as PermissionTableAction),
    ).toBe(bothLoaded);
  });

  it('turns anything thrown into an Error, keeping error-like objects', () => {
    const responseError = { name: 'ResponseError', message: 'x', status: 500 };
    expect(toError(responseError)).toBe(responseError);
    expect(toError('boom')).toEqual(new Error('boom'));
    expect(toError(undefined).message).toBe('undefined');
  });
});
