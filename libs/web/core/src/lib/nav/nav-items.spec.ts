import { NAV_ITEMS, type NavItem, visibleNavItems } from './nav-items';

const paths = (items: readonly NavItem[]) => items.map((i) => i.path);

describe('visibleNavItems', () => {
  it('shows a civil servant home and their own section only', () => {
    expect(paths(visibleNavItems(NAV_ITEMS, ['civil_servant'], new Set(['me:read'])))).toEqual(['/home', '/home/servant', '/framework']);
  });

  it('shows one section per role held, in table order', () => {
    expect(paths(visibleNavItems(NAV_ITEMS, ['methodologist', 'hr_officer'], new Set()))).toEqual([
      '/home',
      '/home/hr',
      '/home/methodology',
      '/framework',
    ]);
  });

  it('requires the permission of an entry that names one, and both role and permission when both are given', () => {
    const items: NavItem[] = [
      { path: '/staff', labelKey: 'x', icon: 'person', permission: 'persons:read' },
      { path: '/audit', labelKey: 'x', icon: 'shield', roles: ['administrator'], permission: 'audit:read' },
    ];
    expect(paths(visibleNavItems(items, ['hr_officer'], new Set(['persons:read'])))).toEqual(['/staff']);
    expect(paths(visibleNavItems(items, ['administrator'], new Set(['me:read'])))).toEqual([]);
    expect(paths(visibleNavItems(items, ['administrator'], new Set(['audit:read', 'persons:read'])))).toEqual(['/staff', '/audit']);
  });
});
