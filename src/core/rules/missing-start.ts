/** missing-start: the flow does not begin with a terminator (see terminator-rule.ts). */
import { terminatorRule } from './utils/terminator-rule';

export const missingStart = terminatorRule('start');
