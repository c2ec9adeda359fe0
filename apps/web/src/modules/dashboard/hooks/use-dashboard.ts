import type { TDashboard } from '@chanjiao/contracts/dashboard';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../app/api';

export function useDashboard() {
  return useQuery({ queryKey: ['dashboard'], queryFn: () => api.get<TDashboard>('/api/dashboard') });
}
