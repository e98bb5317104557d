import {
  AlertOutlined,
  ApartmentOutlined,
  AppstoreOutlined,
  AuditOutlined,
  DashboardOutlined,
  FunnelPlotOutlined,
  InboxOutlined,
  MenuOutlined,
  SettingOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import { Button, Drawer, Flex, Layout, Menu, Spin } from 'antd';
import { type ReactNode, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { SearchButton } from '../features/search/SearchButton';
import { hasRole, type Role, useCurrentUser } from '../lib/session';
import { useIsPhone } from '../lib/useIsPhone';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

interface NavItem {
  path: string;
  labelKey: string;
  icon: ReactNode;
  /** Only these roles see the entry; everyone when absent. */
  roles?: Role[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.dashboard', icon: <DashboardOutlined /> },
  { path: '/accounts', labelKey: 'nav.accounts', icon: <TeamOutlined /> },
  { path: '/pipeline', labelKey: 'nav.pipeline', icon: <FunnelPlotOutlined /> },
  { path: '/classification', labelKey: 'nav.classification', icon: <AppstoreOutlined /> },
  { path: '/decision-maps', labelKey: 'nav.decisionMaps', icon: <ApartmentOutlined /> },
  { path: '/attention', labelKey: 'nav.attention', icon: <AlertOutlined /> },
  { path: '/reviews', labelKey: 'nav.reviews', icon: <AuditOutlined /> },
  { path: '/pool', labelKey: 'nav.pool', icon: <InboxOutlined />, roles: ['ADMIN', 'MANAGER', 'REP'] },
  { path: '/team', labelKey: 'nav.team', icon: <UsergroupAddOutlined />, roles: ['ADMIN', 'MANAGER', 'READONLY'] },
  { path: '/settings', labelKey: 'nav.settings', icon: <SettingOutlined />, roles: ['ADMIN'] },
];

function selectedKey(pathname: string): string {
  // A deal page belongs to the pipeline.
  if (pathname.startsWith('/opportunities/')) return '/pipeline';
  const match = NAV_ITEMS.filter((i) => i.path !== '/' && pathname.startsWith(i.path)).at(0);
  // Pages outside the menu (e.g. /me/tokens) highlight nothing rather than the dashboard.
  return match?.path ?? (pathname === '/' ? '/' : '');
}

export function PageFallback() {
  const { t } = useTranslation();
  return (
    <Flex justify="center" style={{ padding: 64 }}>
      <Spin aria-label={t('common.loading')} />
    </Flex>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const current = selectedKey(pathname);
  const currentItem = NAV_ITEMS.find((i) => i.path === current);
  const user = useCurrentUser();
  const items = NAV_ITEMS.filter((i) => !i.roles || hasRole(user, ...i.roles));
  const phone = useIsPhone();
  const [navOpen, setNavOpen] = useState(false);

  useEffect(() => {
    document.title = currentItem ? `${t(currentItem.labelKey)} · ${t('app.shortTitle')}` : t('app.title');
  }, [currentItem, t]);

  const menu = (
    <nav aria-label={t('nav.main')}>
      <Menu
        theme="dark"
        mode="inline"
        selectedKeys={[current]}
        // A tap on an entry navigates; the phone's drawer closes with it.
        onClick={() => setNavOpen(false)}
        items={items.map((item) => ({
          key: item.path,
          icon: item.icon,
          label: (
            <NavLink to={item.path} end={item.path === '/'}>
              {t(item.labelKey)}
            </NavLink>
          ),
        }))}
      />
    </nav>
  );
  const brand = <span style={{ color: '#fff', fontSize: 18, fontWeight: 600 }}>{t('app.shortTitle')}</span>;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {!phone && (
        <Layout.Sider breakpoint="lg" collapsedWidth={64} width={208}>
          <div style={{ height: 56, display: 'flex', alignItems: 'center', paddingInline: 20 }}>{brand}</div>
          {menu}
        </Layout.Sider>
      )}
      {phone && (
        <Drawer
          open={navOpen}
          onClose={() => setNavOpen(false)}
          placement="left"
          size={260}
          title={t('app.title')}
          styles={{ body: { padding: 0, background: '#001529' } }}
        >
          {menu}
          <div style={{ padding: 16 }}>
            <LanguageSwitch />
          </div>
        </Drawer>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          className="app-header"
          style={{
            background: phone ? '#001529' : '#fff',
            paddingInline: phone ? 8 : 24,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 8,
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          {phone ? (
            <Flex align="center" gap={4} style={{ minWidth: 0 }}>
              <Button
                type="text"
                icon={<MenuOutlined style={{ color: '#fff' }} />}
                aria-label={t('repDay.openNav')}
                aria-expanded={navOpen}
                onClick={() => setNavOpen(true)}
                data-testid="nav-toggle"
              />
              {brand}
            </Flex>
          ) : (
            <h1 style={{ fontSize: 16, fontWeight: 500, margin: 0, color: 'rgba(0, 0, 0, 0.88)' }}>{t('app.title')}</h1>
          )}
          <Flex align="center" gap={phone ? 8 : 16} style={{ minWidth: 0 }}>
            <SearchButton compact={phone} />
            {!phone && <LanguageSwitch />}
            <UserMenu compact={phone} />
          </Flex>
        </Layout.Header>
        <Layout.Content
          id="main"
          tabIndex={-1}
          style={phone ? { margin: 0, padding: 12, background: '#fff', minWidth: 0 } : { margin: 24, padding: 24, background: '#fff', borderRadius: 8, minWidth: 0 }}
        >
          <Suspense fallback={<PageFallback />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
