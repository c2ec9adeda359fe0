/** What other modules may use from two-person approvals: filing a request where the change is made. */
export { FileAdminRequestModal, type FileAdminRequestModalProps } from './components/FileAdminRequestModal';
