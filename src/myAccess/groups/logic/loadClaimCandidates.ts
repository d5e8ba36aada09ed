import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import { candidateRefs, type ClaimCandidateGroup } from './groupsClaim';
import { MAX_REFS_PER_CALL } from '../../logic/loadMembership';

/** The two catalog reads the mapping needs, so it can run against anything. */
export type ClaimCandidateCatalog = {
  getEntitiesByRefs(refs: string[]): Promise<Array<Entity | undefined>>;
  /** Groups whose annotation holds one of `values` (one filtered query). */
  getGroupsByAnnotation(
    annotation: string,
    values: string[],
  ): Promise<Entity[]>;
};

function toCandidate(entity: Entity): ClaimCandidateGroup {
  return {
    ref: stringifyEntityRef(entity).toLocaleLowerCase('en-US'),
    annotations: entity.metadata.annotations,
  };
}

/**
 * The catalog Groups a groups claim can map to: those named by a claimed
 * value (≤ 100 refs a call) and those whose annotation holds one. Values
 * that are no valid entity name (object ids, DNs) are asked by annotation
 * only.
 */
export async function loadClaimCandidates(
  values: string[],
  options: { namespace: string; annotation: string },
  catalog: ClaimCandidateCatalog,
): Promise<ClaimCandidateGroup[]> {
  const refs = [
    ...new Set(values.flatMap(v => candidateRefs(v, options.namespace))),
  ];
  const batches: string[][] = [];
  for (let i = 0; i < refs.length; i += MAX_REFS_PER_CALL) {
    batches.push(refs.slice(i, i + MAX_REFS_PER_CALL));
  }
  const [named, annotated] = await Promise.all([
    Promise.all(batches.map(batch => catalog.getEntitiesByRefs(batch))),
    values.length
      ? catalog.getGroupsByAnnotation(options.annotation, [...new Set(values)])
      : Promise.resolve([]),
  ]);
  const groups = new Map<string, ClaimCandidateGroup>();
  for (const entity of [...named.flat(), ...annotated]) {
    if (!entity || entity.kind.toLocaleLowerCase('en-US') !== 'group') continue;
    const candidate = toCandidate(entity);
    groups.set(candidate.ref, candidate);
  }
  return [...groups.values()];
}
