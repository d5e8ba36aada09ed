export {
  MyAccessContent,
  MyAccessPage,
  type MyAccessPageProps,
} from './MyAccessPage';
