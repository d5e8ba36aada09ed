import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import { http, HttpResponse } from 'msw';
import { TEST_BACKEND } from '../builders/tokens';

/**
 * The two catalog endpoints the membership walk uses, served from a list of entities.
 */
export function catalogHandlers(entities: Entity[]) {
  const byRef = new Map(entities.map(e => [stringifyEntityRef(e), e]));
  return [
    http.get(
      `${TEST_BACKEND}/api/catalog/entities/by-name/:kind/:namespace/:name`,
      ({ params }) => {
        const entity = byRef.get(
          `${params.kind}:${params.namespace}/${params.name}`.toLocaleLowerCase(
            'en-US',
          ),
        );
        return entity
          ? HttpResponse.json(entity)
          : HttpResponse.json(
              { error: { name: 'NotFoundError', message: 'Entity not found' } },
              { status: 404 },
            );
      },
    ),
    http.post(
      `${TEST_BACKEND}/api/catalog/entities/by-refs`,
      async ({ request }) => {
        const body = (await request.json()) as { entityRefs: string[] };
        return HttpResponse.json({
          items: body.entityRefs.map(ref => byRef.get(ref) ?? null),
        });
      },
    ),
  ];
}
