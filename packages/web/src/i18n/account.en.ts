import type { accountId } from './account.id.ts';

export const accountEn: typeof accountId = {
  password: {
    title: 'Change password',
    intro: 'Choose a new password for your account. Your sessions on other devices will end.',
    requiredIntro:
      'Your password was given by the administrator and works once only. Choose your own password before you go on.',
    oneTime: 'One-time password from the administrator',
    current: 'Current password',
    new: 'New password',
    newHint: 'At least 10 characters. Do not reuse the password of another account.',
    repeat: 'Repeat the new password',
    submit: 'Save password',
    done: 'Your password has been changed.',
    problems: {
      required: 'Required.',
      tooShort: 'The new password needs at least 10 characters.',
      notNew: 'The new password must differ from the current one.',
      noMatch: 'The two new passwords differ.',
    },
  },
};
