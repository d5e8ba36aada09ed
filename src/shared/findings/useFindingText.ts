import { useMemo } from 'react';
import {
  useTranslationRef,
  type TranslationRef,
} from '@backstage/core-plugin-api/alpha';
import type { FindingText } from './logic';

/**
 * The translation ref's `t` as a {@link FindingText}, below `prefix` when
 * given (`useFindingText(ref, 'doctor')` reads `findings.x.title` at
 * `doctor.findings.x.title`).
 */
export function useFindingText<TMessages extends { [key in string]: string }>(
  ref: TranslationRef<string, TMessages>,
  prefix?: string,
): FindingText {
  const { t } = useTranslationRef(ref);
  return useMemo(() => {
    // Finding rules build keys at runtime (`findings.<id>.title`), which the
    // typed `t` cannot check; every key they build is in the ref's messages.
    const lookUp = t as unknown as (
      key: string,
      params?: Record<string, string | number>,
    ) => unknown;
    return (key, params) =>
      String(lookUp(prefix ? `${prefix}.${key}` : key, params));
  }, [t, prefix]);
}
