import { useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../../app/api';

export function useDashboard() {
  return useQuery({ queryKey: ['dashboard'], queryFn: () => unwrap(client.GET('/api/dashboard')) });
}
