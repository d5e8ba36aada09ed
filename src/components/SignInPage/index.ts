export {
  AccessInspectorSignInPage,
  type AccessInspectorSignInPageProps,
} from './AccessInspectorSignInPage';
