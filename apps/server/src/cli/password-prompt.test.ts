import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { promptHidden } from './password-prompt.js';

/** A stand-in terminal: remembers whether raw mode (no echo) is on. */
function fakeTerminal() {
  const input = Object.assign(new PassThrough(), {
    isTTY: true,
    rawMode: false,
    setRawMode(mode: boolean) {
      input.rawMode = mode;
      return input;
    },
  });
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk: Buffer) => (shown += chunk.toString()));
  return { input, output, shown: () => shown };
}

describe('hidden password prompt', () => {
  it('reads a line in raw mode without echoing it, honouring backspace, and restores the terminal', async () => {
    const terminal = fakeTerminal();
    const answer = promptHidden('Password: ', terminal.input, terminal.output);
    expect(terminal.input.rawMode).toBe(true);
    terminal.input.write('密码Secreu\u007ft\r');
    await expect(answer).resolves.toBe('密码Secret');
    expect(terminal.input.rawMode).toBe(false);
    expect(terminal.shown()).toBe('Password: \n');
  });

  it('leaves what was pasted after the first line for the next prompt', async () => {
    const terminal = fakeTerminal();
    terminal.input.write('first-pass\rsecond-pass\r');
    await expect(promptHidden('1: ', terminal.input, terminal.output)).resolves.toBe('first-pass');
    await expect(promptHidden('2: ', terminal.input, terminal.output)).resolves.toBe('second-pass');
  });

  it('is cancelled by Ctrl-C', async () => {
    const terminal = fakeTerminal();
    const answer = promptHidden('Password: ', terminal.input, terminal.output);
    terminal.input.write('abc\u0003');
    await expect(answer).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(terminal.input.rawMode).toBe(false);
  });

  it('refuses input that is not a terminal, since it could not hide what is typed', async () => {
    await expect(promptHidden('Password: ', new PassThrough(), new PassThrough())).rejects.toMatchObject({ code: 'NOT_A_TERMINAL' });
  });
});
