import { SidebarItem } from '@backstage/core-components';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import ExitToAppIcon from '@material-ui/icons/ExitToApp';

export function SidebarSignOut() {
  const identityApi = useApi(identityApiRef);
  return (
    <SidebarItem
      icon={ExitToAppIcon}
      text="Sign out"
      onClick={() => identityApi.signOut()}
    />
  );
}
