import { useId, useState, type DragEvent } from 'react';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { accessInspectorTranslationRef } from '../translation';

const useStyles = makeStyles(theme => ({
  drop: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1, 2),
    padding: theme.spacing(2),
    margin: theme.spacing(2, 0),
    border: `2px dashed ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
  },
  dragging: { borderColor: theme.palette.primary.main },
}));

function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}

/** A file the user gave, or text they pasted: what the viewer opens. */
export type BundleSource = {
  text: string;
  bytes: number;
  /** The file's name, or undefined for pasted text. */
  fileName?: string;
};

/**
 * Takes a bundle as a chosen file, a dropped file or pasted text. A file
 * larger than `maxBytes` is not read at all.
 */
export function BundleInput(props: {
  maxBytes: number;
  onOpen: (source: BundleSource) => void;
  onReadError: (message: string) => void;
}) {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const classes = useStyles();
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const pasteId = useId();

  const openFile = (file: File | undefined) => {
    if (!file) return;
    if (file.size > props.maxBytes) {
      props.onOpen({ text: '', bytes: file.size, fileName: file.name });
      return;
    }
    readText(file).then(
      text => props.onOpen({ text, bytes: file.size, fileName: file.name }),
      (e: unknown) =>
        props.onReadError(e instanceof Error ? e.message : String(e)),
    );
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    openFile(event.dataTransfer.files[0]);
  };

  return (
    <>
      <Typography variant="body2">{t('bundle.intro')}</Typography>
      <Box
        className={`${classes.drop} ${dragging ? classes.dragging : ''}`}
        onDragOver={e => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Button variant="contained" color="primary" component="label">
          {t('bundle.choose')}
          <input
            type="file"
            hidden
            accept=".json,application/json"
            onChange={e => {
              openFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </Button>
        <Typography variant="body2" color="textSecondary">
          {t('bundle.dropHere')}
        </Typography>
      </Box>
      <TextField
        id={pasteId}
        label={t('bundle.pasteLabel')}
        value={pasted}
        onChange={e => setPasted(e.target.value)}
        multiline
        minRows={3}
        maxRows={10}
        fullWidth
        variant="outlined"
        inputProps={{ spellCheck: false }}
      />
      <Box mt={1}>
        <Button
          variant="outlined"
          onClick={() =>
            props.onOpen({ text: pasted, bytes: new Blob([pasted]).size })
          }
        >
          {t('bundle.open')}
        </Button>
      </Box>
    </>
  );
}
