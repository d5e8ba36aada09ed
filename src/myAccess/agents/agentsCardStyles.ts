import { darken, makeStyles } from '@material-ui/core/styles';

/** The agents card's styles, shared by its sections. */
export const useAgentsCardStyles = makeStyles(theme => ({
  fullAccess: {
    padding: theme.spacing(1.5, 2),
    borderLeft: `4px solid ${theme.palette.info.main}`,
    background: theme.palette.background.default,
    borderRadius: theme.shape.borderRadius,
    marginBottom: theme.spacing(2),
  },
  section: { marginTop: theme.spacing(3) },
  pluginHeading: {
    display: 'flex',
    alignItems: 'baseline',
    gap: theme.spacing(1),
    margin: theme.spacing(2, 0, 0.5),
  },
  // Words stay whole in cells (the theme lets them break anywhere); a table
  // wider than its card scrolls inside it (see the page's card styles).
  table: {
    '& th, & td': {
      wordBreak: 'normal',
      verticalAlign: 'top',
      padding: theme.spacing(0.75, 1.5),
    },
  },
  // The same columns in every plugin's table.
  actionCell: { width: '28%' },
  attributesCell: { width: 150, whiteSpace: 'nowrap' },
  nowrap: { whiteSpace: 'nowrap' },
  actionId: {
    whiteSpace: 'nowrap',
    fontFamily: 'monospace',
    fontSize: theme.typography.caption.fontSize,
    color: theme.palette.text.secondary,
  },
  // The palette's main error red fails 4.5:1 contrast with white chip text.
  destructive: {
    backgroundColor: darken(theme.palette.error.main, 0.3),
    color: theme.palette.common.white,
    fontWeight: theme.typography.fontWeightBold as number,
    marginBottom: theme.spacing(0.5),
    '& svg': { color: theme.palette.common.white },
  },
  more: {
    marginLeft: theme.spacing(-0.5),
    padding: theme.spacing(0, 0.5),
    minWidth: 0,
    textTransform: 'none',
    color: theme.palette.text.secondary,
  },
  fullDescription: { whiteSpace: 'pre-wrap', marginTop: theme.spacing(0.5) },
  snippet: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: theme.spacing(1),
    marginTop: theme.spacing(1),
    '& pre': {
      flex: 1,
      minWidth: 0,
      margin: 0,
      padding: theme.spacing(1.5),
      // Long lines (URLs) wrap rather than scroll: nothing hides off-screen.
      whiteSpace: 'pre-wrap',
      overflowWrap: 'anywhere',
      background: theme.palette.background.default,
      border: `1px solid ${theme.palette.divider}`,
      borderRadius: theme.shape.borderRadius,
      fontSize: theme.typography.caption.fontSize,
    },
  },
  measure: { marginTop: theme.spacing(2) },
}));
