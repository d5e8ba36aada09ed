export { MyAccessPage, type MyAccessPageProps } from './MyAccessPage';
