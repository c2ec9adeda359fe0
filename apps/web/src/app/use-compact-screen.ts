/**
 * Phones: below Ant Design's `md` breakpoint (768 px) the frame turns the menu into a drawer, compacts the
 * header and lets wide tables scroll inside their card. Before the first measurement antd reports no
 * breakpoint at all, which reads as "not compact".
 */
import Grid from 'antd/es/grid';

export function useCompactScreen(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.md === false;
}
