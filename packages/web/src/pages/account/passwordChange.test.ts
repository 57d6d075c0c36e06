import { describe, expect, it } from 'vitest';
import { passwordChangeProblems } from './ChangePasswordPage.tsx';

describe('passwordChangeProblems', () => {
  it('asks for the current password, 10 characters, a different one and the same twice', () => {
    expect(
      passwordChangeProblems({ currentPassword: '', newPassword: 'pendek', repeatPassword: '' }),
    ).toEqual({
      currentPassword: 'required',
      newPassword: 'tooShort',
      repeatPassword: 'noMatch',
    });
    const same = 'sandi-lama-panjang';
    expect(
      passwordChangeProblems({ currentPassword: same, newPassword: same, repeatPassword: same }),
    ).toEqual({
      newPassword: 'notNew',
    });
    expect(
      passwordChangeProblems({
        currentPassword: 'k7pm-3xq9-hbt2',
        newPassword: 'sandi-baru-panjang',
        repeatPassword: 'sandi-baru-panjang',
      }),
    ).toEqual({});
  });
});
