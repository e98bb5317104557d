import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useEnumLabel } from '../i18n/enums';
import { useCurrentUser, useSignOut } from '../lib/session';

/** The signed-in user's name and role, their own API tokens (every role has them), and sign-out. */
export function UserMenu({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const user = useCurrentUser();
  const signOut = useSignOut();
  const navigate = useNavigate();
  if (!user) return null;
  const signOutNow = () => signOut.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) });
  if (compact) {
    // Phone header: the name (cut with an ellipsis), tokens and sign-out as icon buttons with their names.
    return (
      <Flex align="center" gap={4} data-testid="user-menu" style={{ minWidth: 0, color: '#fff' }}>
        <strong
          style={{ fontWeight: 600, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', maxWidth: 96 }}
          title={`${user.name} · ${label('role', user.role)}`}
        >
          {user.name}
        </strong>
        <Button
          type="text"
          icon={<KeyOutlined style={{ color: '#fff' }} />}
          aria-label={t('session.myTokens')}
          title={t('session.myTokens')}
          onClick={() => void navigate('/me/tokens')}
        />
        <Button
          type="text"
          icon={<LogoutOutlined style={{ color: '#fff' }} />}
          aria-label={t('session.signOut')}
          title={t('session.signOut')}
          loading={signOut.isPending}
          onClick={signOutNow}
        />
      </Flex>
    );
  }
  return (
    <Flex align="center" gap={8} data-testid="user-menu">
      <UserOutlined aria-hidden />
      {/* plain markup: antd Typography would add ~10 KB gzipped to the entry for one bold name */}
      <strong style={{ fontWeight: 600 }}>{user.name}</strong>
      <Tag color="blue" style={{ marginInlineEnd: 0 }}>
        {label('role', user.role)}
      </Tag>
      <Button size="small" icon={<KeyOutlined />} onClick={() => void navigate('/me/tokens')}>
        {t('session.myTokens')}
      </Button>
      <Button
        size="small"
        icon={<LogoutOutlined />}
        loading={signOut.isPending}
        onClick={signOutNow}
      >
        {t('session.signOut')}
      </Button>
    </Flex>
  );
}
