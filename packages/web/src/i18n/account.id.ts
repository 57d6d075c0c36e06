// Akun sendiri: the signed-in staff member's own password.
export const accountId = {
  password: {
    title: 'Ganti kata sandi',
    intro: 'Buat kata sandi baru untuk akun Anda. Sesi Anda di perangkat lain akan berakhir.',
    requiredIntro:
      'Kata sandi Anda diberikan oleh admin dan hanya berlaku sekali. Buat kata sandi Anda sendiri sebelum melanjutkan.',
    oneTime: 'Kata sandi sekali pakai dari admin',
    current: 'Kata sandi saat ini',
    new: 'Kata sandi baru',
    newHint: 'Minimal 10 karakter. Jangan gunakan kata sandi yang sama dengan akun lain.',
    repeat: 'Ulangi kata sandi baru',
    submit: 'Simpan kata sandi',
    done: 'Kata sandi Anda sudah diganti.',
    problems: {
      required: 'Wajib diisi.',
      tooShort: 'Kata sandi baru minimal 10 karakter.',
      notNew: 'Kata sandi baru harus berbeda dari kata sandi saat ini.',
      noMatch: 'Kedua kata sandi baru tidak sama.',
    },
  },
};
