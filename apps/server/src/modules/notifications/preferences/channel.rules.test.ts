import { describe, expect, it } from 'vitest';
import { effectiveChannel } from './channel.rules.js';

describe('how a message reaches a user beyond the inbox', () => {
  it.each([
    ['the default when the user chose nothing', undefined, 'email', true, true, 'email'],
    ['the user’s choice over the default', 'digest', 'email', true, true, 'digest'],
    ['inbox only when the user said so, whatever the default', 'inbox', 'email', true, true, 'inbox'],
    ['inbox only when the platform has no SMTP server', 'email', 'email', false, true, 'inbox'],
    ['inbox only when the user has no e-mail address', 'digest', 'email', true, false, 'inbox'],
    ['a kind that defaults to the inbox stays there', undefined, 'inbox', true, true, 'inbox'],
  ] as const)('%s', (_case, chosen, kindDefault, emailEnabled, hasAddress, expected) => {
    expect(effectiveChannel({ chosen, kindDefault, emailEnabled, hasAddress })).toBe(expected);
  });
});
