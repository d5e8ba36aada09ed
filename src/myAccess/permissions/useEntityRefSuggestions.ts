import { useState } from 'react';
import { useApiHolder } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { entityRefSearchQuery } from './logic';

const SUGGESTION_LIMIT = 20;
const DEBOUNCE_MS = 300;

/**
 * Entity refs from the catalog matching what the user typed, debounced, or,
 * with `listAll` (the list opened on an empty field), the first ones by name.
 * Without a registered catalog API there are simply no suggestions.
 */
export function useEntityRefSuggestions(input: string, listAll = false) {
  const catalogApi = useApiHolder().get(catalogApiRef);
  const [debounced, setDebounced] = useState('');
  useDebounce(() => setDebounced(input), DEBOUNCE_MS, [input]);

  const { value, loading, error } = useAsync(async (): Promise<string[]> => {
    const { term, kind, namespace } = entityRefSearchQuery(debounced);
    if (!catalogApi || (!term && !kind && !listAll)) return [];
    const filter: Record<string, string> = {};
    if (kind) filter.kind = kind;
    if (namespace) filter['metadata.namespace'] = namespace;
    const response = await catalogApi.queryEntities({
      fields: ['kind', 'metadata.namespace', 'metadata.name'],
      limit: SUGGESTION_LIMIT,
      ...(Object.keys(filter).length ? { filter } : {}),
      ...(term ? { fullTextFilter: { term, fields: ['metadata.name'] } } : {}),
      orderFields: { field: 'metadata.name', order: 'asc' },
    });
    return response.items.map(entity => stringifyEntityRef(entity));
  }, [catalogApi, debounced, listAll]);

  return { suggestions: value ?? [], loading, error };
}
