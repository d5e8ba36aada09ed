import { renderHook } from '@testing-library/react';
import { configApiRef, createApiRef } from '@backstage/core-plugin-api';
import { mockApis, TestApiProvider } from '@backstage/test-utils';
import type { ReactNode } from 'react';
import type { SignInAuthApi } from './builtInProviders';
import { useResolvedProviders } from './useResolvedProviders';

const keycloakRef = createApiRef<SignInAuthApi>({ id: 'test.auth.keycloak' });

function wrapper({ children }: { children: ReactNode }) {
  return (
    <TestApiProvider
      apis={[
        [configApiRef, mockApis.config({ data: {} })],
        [keycloakRef, {} as SignInAuthApi],
      ]}
    >
      {children}
    </TestApiProvider>
  );
}

describe('useResolvedProviders', () => {
  it('lets a caller without providers reuse the ones the sign-in page was given', () => {
    const declared = [
      { id: 'keycloak', title: 'Keycloak', apiRef: keycloakRef },
    ];
    renderHook(() => useResolvedProviders(declared, 'declare'), { wrapper });

    const { result } = renderHook(() => useResolvedProviders(undefined), {
      wrapper,
    });
    expect(result.current.providers).toEqual([
      expect.objectContaining({
        id: 'keycloak',
        title: 'Keycloak',
        apiRef: keycloakRef,
      }),
    ]);
    expect(result.current.providers[0].unavailable).toBeUndefined();
  });

  it('lets the sign-in page declare nothing: it never reuses an earlier declaration', () => {
    renderHook(() => useResolvedProviders(['github'], 'declare'), { wrapper });
    const { result } = renderHook(
      () => useResolvedProviders(undefined, 'declare'),
      { wrapper },
    );
    expect(result.current.providers).toEqual([]);
    const reused = renderHook(() => useResolvedProviders(undefined), {
      wrapper,
    });
    expect(reused.result.current.providers).toEqual([]);
  });

  it('keeps a caller’s own providers when it passes them', () => {
    renderHook(() => useResolvedProviders(['github'], 'declare'), { wrapper });
    const { result } = renderHook(() => useResolvedProviders(['gitlab']), {
      wrapper,
    });
    expect(result.current.providers.map(p => p.id)).toEqual(['gitlab']);
  });
});
