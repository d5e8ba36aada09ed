import { useId, useState } from 'react';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import { StackedTable } from '../../shared/components/StackedTable';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import WarningIcon from '@material-ui/icons/Warning';
import { accessInspectorTranslationRef } from '../translation';
import { summarizeDescription, type AgentAction } from './logic';
import { useAgentsCardStyles as useStyles } from './agentsCardStyles';

function Attributes(props: { action: AgentAction }) {
  const classes = useStyles();
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const { destructive, readOnly, idempotent } = props.action.attributes;
  return (
    <>
      {destructive && (
        <div>
          <Chip
            size="small"
            icon={<WarningIcon aria-hidden />}
            className={classes.destructive}
            label={t('agents.actions.destructive')}
          />
        </div>
      )}
      <Typography variant="body2">
        {readOnly
          ? t('agents.actions.readOnly')
          : t('agents.actions.changesData')}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {idempotent
          ? t('agents.actions.idempotent')
          : t('agents.actions.notIdempotent')}
      </Typography>
    </>
  );
}

// Browsers break lines after a hyphen and around some punctuation, which
// splits names such as catalog-info.yaml or "relations.<type>" in a narrow
// column: words holding punctuation stay on one line.
function WholeWords(props: { text: string }) {
  const classes = useStyles();
  return (
    <>
      {props.text.split(/(\S*[^\w\s]\S*)/).map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className={classes.nowrap}>
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}

function Description(props: { text: string }) {
  const classes = useStyles();
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const { summary, truncated } = summarizeDescription(props.text);
  // Rendered once opened: some descriptions document a whole query language.
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <Typography variant="body2">
        <WholeWords text={summary} />
      </Typography>
      {truncated && (
        <>
          <Button
            size="small"
            className={classes.more}
            aria-expanded={open}
            aria-controls={id}
            onClick={() => setOpen(!open)}
          >
            {open
              ? t('agents.actions.hideDescription')
              : t('agents.actions.fullDescription')}
          </Button>
          {open && (
            <Typography
              id={id}
              variant="body2"
              component="div"
              className={classes.fullDescription}
            >
              <WholeWords text={props.text.trim()} />
            </Typography>
          )}
        </>
      )}
    </>
  );
}

export function ActionsTable(props: {
  pluginId: string;
  actions: AgentAction[];
}) {
  const classes = useStyles();
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  return (
    <StackedTable
      size="small"
      className={classes.table}
      aria-label={t('agents.actions.tableLabel', { pluginId: props.pluginId })}
    >
      <TableHead>
        <TableRow>
          <TableCell className={classes.actionCell}>
            {t('agents.actions.action')}
          </TableCell>
          <TableCell>{t('agents.actions.description')}</TableCell>
          <TableCell className={classes.attributesCell}>
            {t('agents.actions.attributes')}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.actions.map(action => (
          <TableRow key={action.id}>
            <TableCell component="th" scope="row" role="rowheader">
              <Typography variant="body2">
                <strong>{action.title}</strong>
              </Typography>
              <div className={classes.actionId}>{action.id}</div>
            </TableCell>
            <TableCell>
              <Description text={action.description} />
            </TableCell>
            <TableCell className={classes.attributesCell}>
              <Attributes action={action} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </StackedTable>
  );
}
