/**
 * The suite runs the tests of each file in a shuffled order (vitest.config.ts, `sequence`), so that a test which
 * silently relies on another one's leftovers fails at once. A describe whose tests are the steps of one journey —
 * each step continuing from the state the previous ones left, as a user would — says so by passing this option;
 * its steps then run in the order written.
 */
export const STEPS_IN_ORDER = { shuffle: false } as const;
