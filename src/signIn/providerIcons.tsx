import type { IconComponent } from '@backstage/core-plugin-api';
import GitHubIcon from '@material-ui/icons/GitHub';
import PersonOutlineIcon from '@material-ui/icons/PersonOutline';
import VpnKeyOutlinedIcon from '@material-ui/icons/VpnKeyOutlined';
import VerifiedUserOutlinedIcon from '@material-ui/icons/VerifiedUserOutlined';
import type { ResolvedSignInProvider } from '../shared/providers';

/** The provider's own icon, else a brand icon where MUI has one, else a key. */
export function providerIcon(provider: ResolvedSignInProvider): IconComponent {
  if (provider.icon) return provider.icon;
  if (provider.id === 'github') return GitHubIcon as IconComponent;
  if (provider.kind === 'guest') return PersonOutlineIcon as IconComponent;
  if (provider.kind === 'proxied') {
    return VerifiedUserOutlinedIcon as IconComponent;
  }
  return VpnKeyOutlinedIcon as IconComponent;
}
