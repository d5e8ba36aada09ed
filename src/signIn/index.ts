export {
  AccessInspectorSignInPage,
  type AccessInspectorSignInOptions,
  type AccessInspectorSignInPageProps,
} from './AccessInspectorSignInPage';
