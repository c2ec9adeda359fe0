/** The detail page's tab lives in the address (?tab=members), so a reload or a shared link opens the same tab. */
export const BODY_TABS = ['basics', 'members', 'liaisons', 'reminders'] as const;
export type BodyTab = (typeof BODY_TABS)[number];

export function bodyTabOf(params: URLSearchParams): BodyTab {
  const tab = params.get('tab');
  return (BODY_TABS as readonly (string | null)[]).includes(tab) ? (tab as BodyTab) : 'basics';
}

/** The first tab is the default and stays out of the address; other parameters are kept. */
export function withBodyTab(params: URLSearchParams, tab: BodyTab): URLSearchParams {
  const next = new URLSearchParams(params);
  if (tab === 'basics') next.delete('tab');
  else next.set('tab', tab);
  return next;
}
