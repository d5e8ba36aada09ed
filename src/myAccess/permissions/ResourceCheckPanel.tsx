import { useState, type FormEvent } from 'react';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { CatalogAutocomplete } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import type { ResourceCheckState } from './logic/permissionTableState';
import {
  CATALOG_ENTITY_RESOURCE_TYPE,
  normalizeResourceRef,
  type ResourceTypeSummary,
} from './logic';
import { describeError } from '../../shared/logic/describeError';
import { accessInspectorTranslationRef } from '../translation';
import { FailureNotice } from './FailureNotice';
import { useEntityRefSuggestions } from './useEntityRefSuggestions';

function EntityRefInput(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const [open, setOpen] = useState(false);
  // Opened on an empty field, the list shows the catalog's first entities:
  // something to pick before knowing what to type.
  const { suggestions, loading, error } = useEntityRefSuggestions(
    props.value,
    open && props.value.trim() === '',
  );
  // The example is an entity this catalog has, once one has been listed.
  const [example, setExample] = useState<string>();
  if (suggestions[0] && !example) setExample(suggestions[0]);
  let helperText: string;
  if (props.error) helperText = props.error;
  else if (error) {
    helperText = t('permissions.resources.suggestionsFailed', {
      summary: describeError(error).summary,
    });
  } else if (example) {
    helperText = t('permissions.resources.entityRefExample', { example });
  } else helperText = t('permissions.resources.entityRefHelp');
  return (
    <CatalogAutocomplete<string, false, false, true>
      name="access-inspector-entity-ref"
      label={props.label}
      freeSolo
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={suggestions}
      loading={loading}
      filterOptions={options => options}
      inputValue={props.value}
      onInputChange={(_, value) => props.onChange(value)}
      onChange={(_, value) => props.onChange(value ?? '')}
      TextFieldProps={{
        helperText,
        error: Boolean(props.error),
        inputProps: { 'aria-label': props.label },
      }}
    />
  );
}

/** What a finished check was about, and whether the catalog has it. */
function CheckedMessage(props: { check: ResourceCheckState }) {
  const { resourceRef, catalogEntity } = props.check;
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  switch (catalogEntity?.status) {
    case 'missing':
      return <>{t('permissions.resources.notInCatalog', { resourceRef })}</>;
    case 'notVisible':
      return <>{t('permissions.resources.notVisible', { resourceRef })}</>;
    case 'unknown': {
      const { summary, message } = describeError(catalogEntity.error);
      return (
        <>
          {t('permissions.resources.existenceUnknown', {
            resourceRef,
            summary,
            message,
          })}
        </>
      );
    }
    default:
      return <>{t('permissions.resources.checked', { resourceRef })}</>;
  }
}

export type ResourceCheckPanelProps = {
  summary: ResourceTypeSummary;
  check?: ResourceCheckState;
  onCheck: (resourceType: string, resourceRef: string) => void;
};

/**
 * One resource type: the rules its plugin declares and a resource picker
 * that checks every permission of the type against the chosen resource.
 */
export function ResourceCheckPanel(props: ResourceCheckPanelProps) {
  const { summary, check, onCheck } = props;
  const { resourceType } = summary;
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const [input, setInput] = useState('');
  const [invalid, setInvalid] = useState<string | undefined>();
  const isEntity = resourceType === CATALOG_ENTITY_RESOURCE_TYPE;
  const inputLabel = isEntity
    ? t('permissions.resources.entityRefLabel', { resourceType })
    : t('permissions.resources.resourceRefLabel', { resourceType });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = normalizeResourceRef(resourceType, input);
    if (!result.ok) {
      setInvalid(
        result.reason === 'invalid-entity-ref'
          ? t('permissions.resources.invalidEntityRef', {
              message: result.message ?? '',
            })
          : undefined,
      );
      return;
    }
    setInvalid(undefined);
    onCheck(resourceType, result.resourceRef);
  };
  const onChange = (value: string) => {
    setInput(value);
    setInvalid(undefined);
  };

  return (
    <Box
      component="section"
      aria-label={t('permissions.resources.heading', { resourceType })}
      marginBottom={3}
    >
      <Typography variant="subtitle1" component="h3">
        {t('permissions.resources.heading', { resourceType })}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {t('permissions.resources.explanation', {
          count: summary.permissionNames.length,
        })}
      </Typography>
      {summary.rules.length > 0 ? (
        <Box component="dl" marginY={1}>
          <Typography variant="caption" component="dt" color="textSecondary">
            {t('permissions.resources.rules', { resourceType })}
          </Typography>
          {summary.rules.map(rule => (
            <Typography key={rule.name} variant="body2" component="dd">
              <code>{rule.name}</code>
              {rule.description ? ` — ${rule.description}` : ''}
            </Typography>
          ))}
        </Box>
      ) : (
        <Typography variant="body2" color="textSecondary">
          {t('permissions.resources.noRules', { resourceType })}
        </Typography>
      )}
      <Box
        component="form"
        onSubmit={submit}
        display="flex"
        alignItems="flex-start"
        flexWrap="wrap"
        style={{ gap: 16 }}
      >
        <Box flexGrow={1} minWidth={280}>
          {isEntity ? (
            <EntityRefInput
              label={inputLabel}
              value={input}
              onChange={onChange}
              error={invalid}
            />
          ) : (
            <TextField
              fullWidth
              label={inputLabel}
              value={input}
              onChange={e => onChange(e.target.value)}
              error={Boolean(invalid)}
              helperText={invalid}
            />
          )}
        </Box>
        <Box marginTop={isEntity ? 4 : 2}>
          <Button
            type="submit"
            variant="contained"
            color="primary"
            disabled={!input.trim() || check?.status === 'loading'}
          >
            {t('permissions.resources.check', { resourceType })}
          </Button>
        </Box>
      </Box>
      {check?.status === 'loading' && (
        <Typography variant="body2" role="status">
          {t('permissions.resources.checking', {
            resourceRef: check.resourceRef,
          })}
        </Typography>
      )}
      {check?.status === 'done' && (
        <Typography variant="body2" role="status">
          <CheckedMessage check={check} />
        </Typography>
      )}
      {check?.status === 'error' && check.error && (
        <FailureNotice
          error={check.error}
          title={summaryText =>
            t('permissions.resources.failed', {
              resourceType,
              resourceRef: check.resourceRef,
              summary: summaryText,
            })
          }
          retryLabel={t('permissions.resources.retry', { resourceType })}
          onRetry={() => onCheck(resourceType, check.resourceRef)}
        />
      )}
    </Box>
  );
}
