import { makeStyles } from '@material-ui/core/styles';

/**
 * One visible keyboard focus ring for the buttons and links of My Access,
 * instead of MUI's faint ripple. Applied at the page root, and on dialogs,
 * which render outside it.
 */
export const useFocusRingStyles = makeStyles(theme => ({
  root: {
    '& button:focus-visible, & a:focus-visible, & [role="button"]:focus-visible, & [tabindex="0"]:focus-visible':
      {
        outline: `2px solid ${theme.palette.primary.main}`,
        outlineOffset: 2,
      },
  },
}));
