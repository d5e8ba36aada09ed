import { lazy, Suspense, type ComponentProps } from 'react';
import Typography from '@material-ui/core/Typography';
import type { FindingPanel as FindingPanelType } from './FindingPanel';
import { NotLoaded } from './NotLoaded';

const FindingPanel = lazy(() =>
  import('./FindingPanel').then(m => ({ default: m.FindingPanel })),
);

type Props = ComponentProps<typeof FindingPanelType>;

/** The finding's words alone, while its panel loads or when it cannot. */
function PlainFinding(props: Pick<Props, 'finding'>) {
  const { title, detail, fix } = props.finding;
  return (
    <div>
      <Typography variant="subtitle2">{title}</Typography>
      <Typography variant="body2">{detail}</Typography>
      {fix && <Typography variant="body2">{fix}</Typography>}
    </div>
  );
}

/**
 * {@link FindingPanelType | FindingPanel}, loaded with the first finding: a
 * healthy sign-in never needs the finding renderer. Its words show at once,
 * and stay, with why, when the renderer cannot be loaded.
 */
export function LazyFindingPanel(props: Props) {
  const plain = <PlainFinding finding={props.finding} />;
  return (
    <NotLoaded before={plain}>
      <Suspense fallback={plain}>
        <FindingPanel {...props} />
      </Suspense>
    </NotLoaded>
  );
}
