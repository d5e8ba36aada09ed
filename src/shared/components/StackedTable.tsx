import { useCallback, useEffect, useRef, type ComponentProps } from 'react';
import Table from '@material-ui/core/Table';
import { makeStyles } from '@material-ui/core/styles';

/** Below this width (MUI's `sm`, 600 px) a table's rows stack. */
const STACK_BELOW = 'sm';

const useStyles = makeStyles(theme => ({
  // On a narrow screen each row becomes a block and each cell a line with
  // its column's name above its value: nothing scrolls sideways, no column
  // is squeezed to one word per line, no row is stretched by a neighbour.
  // Cards size their columns for wide screens (min widths, unbreakable
  // ids): those give way here, hence the !important.
  stacked: {
    [theme.breakpoints.down(STACK_BELOW)]: {
      '&, & > thead, & > tbody, & > tbody > tr, & > tbody > tr > *': {
        display: 'block',
        width: 'auto !important',
        minWidth: '0 !important',
        maxWidth: '100%',
      },
      // The column names move into each cell; the header row stays for
      // screen readers only.
      '& > thead': {
        position: 'absolute',
        width: '1px !important',
        height: 1,
        overflow: 'hidden',
        clip: 'rect(0 0 0 0)',
        whiteSpace: 'nowrap',
      },
      '& > tbody > tr': {
        borderBottom: `1px solid ${theme.palette.divider}`,
        padding: theme.spacing(1, 0),
      },
      '& > tbody > tr > *': {
        border: 'none',
        padding: theme.spacing(0.5, 1),
        textAlign: 'left',
        // A value wraps at its separators rather than widening the card;
        // a single word longer than the card is all that breaks inside.
        whiteSpace: 'normal !important',
        overflowWrap: 'anywhere',
        wordBreak: 'normal',
      },
      '& > tbody > tr > td:empty': { display: 'none' },
      '& > tbody > tr > th': { fontWeight: theme.typography.fontWeightMedium },
      '& > tbody > tr > [data-label]::before': {
        content: 'attr(data-label)',
        display: 'block',
        fontFamily: theme.typography.fontFamily,
        fontSize: theme.typography.caption.fontSize,
        fontWeight: theme.typography.fontWeightMedium,
        color: theme.palette.text.secondary,
      },
    },
  },
}));

/**
 * Gives each body cell its column's name (`data-label`, read from the
 * header row) and the table's parts their ARIA roles, which browsers may
 * drop once a table is no longer displayed as one. Cells spanning several
 * columns and the row's own header get no label.
 */
function labelCells(table: HTMLTableElement) {
  const names: string[] = [];
  const headerRow = table.tHead?.rows[0];
  if (headerRow) {
    for (const cell of Array.from(headerRow.cells)) {
      for (let i = 0; i < cell.colSpan; i++)
        names.push(cell.textContent?.trim() ?? '');
    }
  }
  const setRole = (el: Element, role: string) => {
    if (el.getAttribute('role') !== role) el.setAttribute('role', role);
  };
  setRole(table, 'table');
  if (table.tHead) setRole(table.tHead, 'rowgroup');
  for (const row of Array.from(headerRow?.cells ?? []))
    setRole(row, 'columnheader');
  if (headerRow) setRole(headerRow, 'row');
  for (const body of Array.from(table.tBodies)) {
    setRole(body, 'rowgroup');
    for (const row of Array.from(body.rows)) {
      setRole(row, 'row');
      let column = 0;
      for (const cell of Array.from(row.cells)) {
        const name = names[column];
        const header = cell.tagName === 'TH';
        setRole(cell, header ? 'rowheader' : 'cell');
        if (name && !header && cell.colSpan === 1) {
          if (cell.getAttribute('data-label') !== name)
            cell.setAttribute('data-label', name);
        } else if (cell.hasAttribute('data-label')) {
          cell.removeAttribute('data-label');
        }
        column += cell.colSpan;
      }
    }
  }
}

/**
 * MUI's `Table` that, on a narrow screen, shows each row as a block of
 * "column name: value" lines instead of columns that scroll sideways or
 * break words. The one responsive table of the plugin: cards use it in
 * place of `Table` and keep their own cells.
 */
export function StackedTable(props: ComponentProps<typeof Table>) {
  const classes = useStyles();
  const ref = useRef<HTMLTableElement | null>(null);
  const label = useCallback(() => {
    if (ref.current) labelCells(ref.current);
  }, []);
  // Rows come and go (filters, pages, lazy sections): label them as they do.
  useEffect(() => {
    const table = ref.current;
    if (!table) return undefined;
    labelCells(table);
    const observer = new MutationObserver(label);
    observer.observe(table, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    return () => observer.disconnect();
  }, [label]);
  return (
    <Table
      {...props}
      ref={ref}
      className={[classes.stacked, props.className].filter(Boolean).join(' ')}
    />
  );
}
