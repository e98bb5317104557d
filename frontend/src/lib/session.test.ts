import { hasRole, loginPath, safeNext } from './session';

describe('sign-in redirects', () => {
  it('accepts only same-origin app paths as next', () => {
    expect(safeNext('/accounts/7?tab=contacts')).toBe('/accounts/7?tab=contacts');
    expect(safeNext(null)).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('/login?next=/x')).toBe('/');
  });

  it('builds the sign-in path with the wanted page', () => {
    expect(loginPath('/')).toBe('/login');
    expect(loginPath('/accounts?page=2')).toBe('/login?next=%2Faccounts%3Fpage%3D2');
    expect(safeNext(new URLSearchParams(loginPath('/accounts?page=2').split('?')[1]).get('next'))).toBe('/accounts?page=2');
  });

  it('checks roles', () => {
    const admin = { id: 1, email: 'a', name: 'A', role: 'ADMIN' as const };
    expect(hasRole(admin, 'ADMIN')).toBe(true);
    expect(hasRole(admin, 'MANAGER', 'REP')).toBe(false);
    expect(hasRole(null, 'ADMIN')).toBe(false);
  });
});
