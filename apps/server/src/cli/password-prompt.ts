/** Reads a password from a terminal without echoing it (raw mode, one keystroke at a time). */
import { OperationError } from '../kernel/db/operation-error.js';
import type { PromptInput } from './io.js';

const ENTER = new Set(['\r', '\n']);
const BACKSPACE = new Set(['\u007f', '\b']);
const CTRL_C = '\u0003';
const CTRL_D = '\u0004';

export function promptHidden(question: string, input: PromptInput, output: NodeJS.WritableStream): Promise<string> {
  if (!input.isTTY || !input.setRawMode) {
    return Promise.reject(
      new OperationError(
        'NOT_A_TERMINAL',
        '标准输入不是终端，无法隐藏输入。',
        'Standard input is not a terminal, so input cannot be hidden.',
      ),
    );
  }
  const setRawMode = input.setRawMode.bind(input);
  // Raw mode first: keys typed as soon as the question shows must not be echoed by the terminal.
  setRawMode(true);
  output.write(question);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = () => {
      input.off('data', onData);
      setRawMode(false);
      input.pause();
      output.write('\n');
    };
    const onData = (chunk: string | Buffer) => {
      const chars = Array.from(String(chunk));
      for (const [index, char] of chars.entries()) {
        if (ENTER.has(char) || char === CTRL_D) {
          finish();
          // A pasted "password⏎password⏎" arrives as one chunk; the rest belongs to the next prompt.
          const rest = chars.slice(index + 1).join('');
          if (rest) input.unshift(rest);
          resolve(value);
          return;
        }
        if (char === CTRL_C) {
          finish();
          reject(new OperationError('CANCELLED', '已取消。', 'Cancelled.'));
          return;
        }
        if (BACKSPACE.has(char)) value = Array.from(value).slice(0, -1).join('');
        else if (char >= ' ') value += char;
      }
    };
    input.on('data', onData);
  });
}
