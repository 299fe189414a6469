import { NAV_ITEMS, type NavItem, visibleNavItems } from './nav-items';

const paths = (items: readonly NavItem[]) => items.map((i) => i.path);

describe('visibleNavItems', () => {
  it('shows a civil servant home and their own section only', () => {
    expect(paths(visibleNavItems(NAV_ITEMS, ['civil_servant'], new Set(['me:read'])))).toEqual([
      '/home',
      '/home/servant',
      '/framework',
      '/training/catalogue',
      '/training/library',
      '/attestation/mail',
      '/verify',
    ]);
  });

  it('shows one section per role held, in table order', () => {
    expect(paths(visibleNavItems(NAV_ITEMS, ['methodologist', 'hr_officer'], new Set()))).toEqual([
      '/home',
      '/home/hr',
      '/home/methodology',
      '/framework',
      '/training/catalogue',
      '/training/library',
      '/verify',
    ]);
  });

  it('shows the training pages by permission: the plan to civil servants, courses to providers, approval to methodologists', () => {
    expect(paths(visibleNavItems(NAV_ITEMS, ['civil_servant'], new Set(['me:read', 'training:enrol'])))).toContain('/training/plan');
    const provider = paths(visibleNavItems(NAV_ITEMS, ['training_provider'], new Set(['courses:manage', 'effectiveness:read'])));
    expect(provider).toEqual(expect.arrayContaining(['/training/courses', '/training/effectiveness']));
    expect(provider).not.toContain('/training/review');
    expect(paths(visibleNavItems(NAV_ITEMS, ['methodologist'], new Set(['courses:approve'])))).toContain('/training/review');
    expect(paths(visibleNavItems(NAV_ITEMS, ['hr_officer'], new Set(['plans:manage'])))).toContain('/training/people');
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

  it('shows attestation by permission: scheduling to HR, the commission’s sessions to members, my attestation to civil servants', () => {
    expect(paths(visibleNavItems(NAV_ITEMS, ['hr_officer'], new Set(['attestation:manage'])))).toEqual(
      expect.arrayContaining(['/attestation/sessions', '/attestation/certificates']),
    );
    expect(paths(visibleNavItems(NAV_ITEMS, ['commission_member'], new Set(['attestation:vote'])))).toContain('/attestation/commission');
    expect(paths(visibleNavItems(NAV_ITEMS, ['civil_servant'], new Set(['assessment:take'])))).toContain('/attestation/my');
    expect(paths(visibleNavItems(NAV_ITEMS, ['hr_officer'], new Set(['me:read'])))).not.toContain('/attestation/sessions');
  });
});
