/**
 * Every audit event the server records has a Chinese and an English label (AUDIT_ACTION_LABELS), so the audit
 * log never shows a code name. The expectation is read from the source, not from the labels: every dotted
 * string literal on a line that sets an audit `action` (or passes one to a helper that does), and every
 * template `prefix.${…}` whose values must each be labelled.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AGREEMENT_ACTION_NAMES,
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  ENTERPRISE_LIST_ACTION_NAMES,
  LIST_STATUS_ACTION_NAMES,
  PROJECT_ACTIONS,
  REVIEW_ACTION_NAMES,
} from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';

const SERVER_SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.includes('test-support') ? [full] : [];
  });
}

/** A call to the meeting helper spans several lines once formatted: it is read as one line, as is `action:` and its value. */
const asScanned = (text: string) =>
  text.replace(/changeMeeting\([\s\S]*?\n\s*\)/g, (call) => call.replace(/\s*\n\s*/g, ' ')).replace(/\baction:\s*\n\s*/g, 'action: ');
const lines = sourceFiles(SERVER_SRC).flatMap((file) => asScanned(fs.readFileSync(file, 'utf8')).split('\n'));
const actionLines = lines.filter((line) => /\baction\b|changeMeeting\(/.test(line));
const recorded = new Set(actionLines.flatMap((line) => [...line.matchAll(/'([a-z_]+(?:\.[a-z_]+)+)'/g)].map((match) => match[1]!)));
const templated = new Set(actionLines.flatMap((line) => [...line.matchAll(/`([a-z_]+(?:\.[a-z_]+)*\.)\$\{/g)].map((match) => match[1]!)));
const entityTypes = new Set(lines.flatMap((line) => [...line.matchAll(/\bentityType: '([a-z_]+)'/g)].map((match) => match[1]!)));

/** The values each templated action takes, from the schemas that allow them. */
const TEMPLATE_VALUES: Record<string, readonly string[]> = {
  'governance.project.': PROJECT_ACTIONS,
  'governance.activity.': ['complete', 'cancel'],
  'talent.shortage.': ['publish', 'withdraw'],
  'talent.enterprise_list.': ENTERPRISE_LIST_ACTION_NAMES,
  // talent.${entryType}.${action}: the lists whose entries go draft → published → withdrawn.
  'talent.': ['job', 'item', 'student'].flatMap((entry) => LIST_STATUS_ACTION_NAMES.map((action) => `${entry}.${action}`)),
  'reports.report.': REVIEW_ACTION_NAMES,
  'resources.response.': ['submit', 'accept', 'reopen'],
  'resources.exchange.': AGREEMENT_ACTION_NAMES,
  'resources.nomination.': ['decline', 'result'],
  'admin_request.': ['approve', 'reject', 'cancel'],
};

describe('audit event labels', () => {
  it('finds the actions in the source (the scan itself works)', () => {
    expect(recorded.size).toBeGreaterThan(100);
    expect(recorded).toContain('auth.login');
    expect(recorded).toContain('selection.review.score_draft');
    expect(recorded).toContain('governance.minutes.publish');
  });

  it('labels every action string recorded in the server code, in both languages', () => {
    const missing = [...recorded].filter((action) => !AUDIT_ACTION_LABELS[action]?.['zh-CN'] || !AUDIT_ACTION_LABELS[action]?.['en-US']);
    expect(missing).toEqual([]);
  });

  it('labels every value of a templated action', () => {
    expect([...templated].sort()).toEqual(Object.keys(TEMPLATE_VALUES).sort());
    const missing = Object.entries(TEMPLATE_VALUES)
      .flatMap(([prefix, values]) => values.map((value) => prefix + value))
      .filter((action) => !AUDIT_ACTION_LABELS[action]);
    expect(missing).toEqual([]);
  });

  it('labels every object type', () => {
    expect([...entityTypes].filter((type) => !AUDIT_ENTITY_LABELS[type])).toEqual([]);
  });
});
