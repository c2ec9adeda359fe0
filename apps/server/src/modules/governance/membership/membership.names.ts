/** Names of governance records in error messages ("未找到该{entity}"). */
import { bilingual } from '../../../kernel/errors.js';

export const MEETING_ENTITY_NAME = bilingual('会议', 'meeting');
export const WITHDRAWAL_ENTITY = bilingual('退会申请', 'withdrawal');
export const EXPULSION_ENTITY = bilingual('除名提议', 'expulsion proposal');
