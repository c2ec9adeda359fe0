import { describe, expect, it } from 'vitest';
import { bodyTabOf, withBodyTab } from './body-tabs';

describe('detail tab in the address', () => {
  it('opens the tab a link names and falls back to 基本信息 for anything else', () => {
    expect(bodyTabOf(new URLSearchParams('tab=liaisons'))).toBe('liaisons');
    expect(bodyTabOf(new URLSearchParams('tab=reminders'))).toBe('reminders');
    expect(bodyTabOf(new URLSearchParams('tab=finance'))).toBe('basics');
    expect(bodyTabOf(new URLSearchParams(''))).toBe('basics');
  });

  it('keeps other parameters and leaves the default tab out', () => {
    expect(withBodyTab(new URLSearchParams('x=1'), 'members').toString()).toBe('x=1&tab=members');
    expect(withBodyTab(new URLSearchParams('tab=members&x=1'), 'basics').toString()).toBe('x=1');
  });
});
