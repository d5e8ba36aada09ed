export {
  MyAccessContent,
  MyAccessPage,
  type MyAccessPageProps,
} from './MyAccessPage';
export { MyAccessNfsPage } from './MyAccessNfsPage';
