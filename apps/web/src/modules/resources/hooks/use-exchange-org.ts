/** The member unit the user acts for in the exchange: `?org=` in the address, else the first the user may act for. */
import { useSearchParams } from 'react-router-dom';
import { useResourcesAccess } from './resources-api';

export function useExchangeOrg(bodyId: string | undefined) {
  const [params, setParams] = useSearchParams();
  const access = useResourcesAccess(bodyId);
  const orgs = access.data?.exchangeOrgs ?? [];
  const wanted = params.get('org');
  const org = orgs.find((o) => o.id === wanted) ?? orgs[0];
  const choose = (id: string) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      next.set('org', id);
      return next;
    });
  return { org, orgs, choose, access };
}
