import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { safeNext, type SessionCredentials, useSession, useSignIn } from '../../lib/session';

/** Sign-in with e-mail and password; afterwards back to the page the user wanted (`?next=`). */
export default function LoginPage({ languageSwitch }: { languageSwitch?: ReactNode }) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const next = safeNext(search.get('next'));
  const navigate = useNavigate();
  const session = useSession();
  const signIn = useSignIn();

  useEffect(() => {
    document.title = `${t('login.title')} · ${t('app.shortTitle')}`;
  }, [t]);

  if (session.data) return <Navigate to={next} replace />;

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', background: '#f0f2f5', padding: 16 }}>
      <main style={{ width: '100%', maxWidth: 400 }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
          <Typography.Text strong style={{ fontSize: 20 }}>
            {t('app.shortTitle')}
          </Typography.Text>
          {languageSwitch}
        </Flex>
        <Card>
          <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
            {t('login.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
          {signIn.error && (
            <div style={{ marginBottom: 16 }}>
              <ProblemAlert error={signIn.error} />
            </div>
          )}
          <Form<SessionCredentials>
            layout="vertical"
            requiredMark={false}
            onFinish={(values) =>
              signIn.mutate({ email: values.email.trim(), password: values.password }, { onSuccess: () => void navigate(next, { replace: true }) })
            }
          >
            <Form.Item name="email" label={t('login.email')} rules={[{ required: true, message: t('form.required') }]}>
              <Input prefix={<MailOutlined />} type="email" autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('form.required') }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
              {t('login.submit')}
            </Button>
          </Form>
        </Card>
      </main>
    </Flex>
  );
}
