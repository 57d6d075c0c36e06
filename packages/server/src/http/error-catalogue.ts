// Every problem+json `code` the API can answer with, its HTTP status and its message in Indonesian and
// English. docs/ERRORS.md lists the same codes; a test keeps the two in sync.
export const errorCatalogue = {
  VALIDATION_FAILED: {
    status: 400,
    id: 'Data yang dikirim tidak sesuai. Periksa isian yang ditandai.',
    en: 'The submitted data is not valid. Check the highlighted fields.',
  },
  AUTH_REQUIRED: {
    status: 401,
    id: 'Silakan masuk terlebih dahulu.',
    en: 'Please sign in first.',
  },
  AUTH_INVALID_CREDENTIALS: {
    status: 401,
    id: 'Nama pengguna atau kata sandi salah.',
    en: 'Wrong username or password.',
  },
  AUTH_THROTTLED: {
    status: 429,
    id: 'Terlalu banyak percobaan masuk yang gagal. Tunggu beberapa menit, lalu coba lagi.',
    en: 'Too many failed sign-in attempts. Wait a few minutes, then try again.',
  },
  FORBIDDEN: {
    status: 403,
    id: 'Anda tidak berwenang melakukan tindakan ini.',
    en: 'You are not allowed to do this.',
  },
  CROSS_SITE_REQUEST: {
    status: 403,
    id: 'Permintaan ini datang dari situs lain dan ditolak. Buka aplikasi langsung dari alamatnya sendiri, lalu ulangi.',
    en: 'This request came from another site and was refused. Open the application at its own address, then try again.',
  },
  NOT_FOUND: {
    status: 404,
    id: 'Data tidak ditemukan.',
    en: 'Not found.',
  },
  REGION_NOT_FOUND: {
    status: 404,
    id: 'Wilayah dengan kode tersebut tidak ditemukan.',
    en: 'No region has that code.',
  },
  CONFLICT: {
    status: 409,
    id: 'Data sudah ada atau telah diubah oleh pengguna lain.',
    en: 'The record already exists or was changed by someone else.',
  },
  RANKING_RUN_BUSY: {
    status: 409,
    id: 'Pemeringkatan kesejahteraan sedang berjalan. Tunggu sampai selesai sebelum memulai yang baru.',
    en: 'A welfare ranking run is in progress. Wait until it ends before starting another.',
  },
  WELFARE_MODEL_MISSING: {
    status: 409,
    id: 'Belum ada model skor kesejahteraan yang aktif. Mulai ulang server agar model bawaan dipasang.',
    en: 'No welfare scoring model is active. Restart the server so the default models are installed.',
  },
  ELIGIBILITY_NOT_SET: {
    status: 409,
    id: 'Program ini belum punya syarat kelayakan. Tetapkan ambang desil atau syaratnya dulu.',
    en: 'This program has no eligibility yet. Set its decile threshold or conditions first.',
  },
  TARGETING_UNIT_UNSUPPORTED: {
    status: 409,
    id: 'Sasaran program ini kelompok; daftar kelayakan hanya untuk penduduk, keluarga, dan rumah tangga.',
    en: 'This program targets groups; eligibility lists cover residents, families and households only.',
  },
  USERNAME_TAKEN: {
    status: 409,
    id: 'Nama pengguna sudah dipakai.',
    en: 'That username is already taken.',
  },
  CANNOT_DEACTIVATE_SELF: {
    status: 409,
    id: 'Anda tidak dapat menonaktifkan akun Anda sendiri. Minta admin kabupaten lain melakukannya.',
    en: 'You cannot deactivate your own account. Ask another regency administrator to do it.',
  },
  CANNOT_CHANGE_OWN_ASSIGNMENT: {
    status: 409,
    id: 'Anda tidak dapat mengubah peran atau wilayah akun Anda sendiri. Minta admin kabupaten lain melakukannya.',
    en: 'You cannot change the role or area of your own account. Ask another regency administrator to do it.',
  },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    id: 'Kata sandi Anda diberikan oleh admin dan hanya berlaku sekali. Buat kata sandi baru terlebih dahulu.',
    en: 'Your password was given by the administrator and works once only. Choose a new password first.',
  },
  NIK_ALREADY_REGISTERED: {
    status: 409,
    id: 'NIK ini sudah terdaftar di registri penduduk. Periksa kembali, atau ajukan pindah datang dari desa asal.',
    en: 'This NIK is already in the population registry. Check it, or register a move from the original village.',
  },
  KK_ALREADY_REGISTERED: {
    status: 409,
    id: 'Nomor KK ini sudah terdaftar di desa ini.',
    en: 'This family card number is already registered in this village.',
  },
  RESIDENT_NOT_PRESENT: {
    status: 409,
    id: 'Penduduk ini tidak lagi tercatat sebagai penduduk aktif (meninggal, pindah, atau dibatalkan).',
    en: 'This resident is no longer recorded as present (died, moved out or voided).',
  },
  NIK_NOT_TEMPORARY: {
    status: 409,
    id: 'Penduduk ini sudah memiliki NIK. NIK yang salah dibetulkan lewat koreksi data, dengan alasannya.',
    en: 'This resident already has a NIK. A wrong NIK is fixed by a correction, with its reason.',
  },
  TEMPORARY_NIK_EXHAUSTED: {
    status: 409,
    id: 'Nomor urut NIK sementara desa ini sudah habis (99.999). Hubungi admin kabupaten.',
    en: "This village's temporary numbers are used up (99,999). Contact the regency admin.",
  },
  FAMILY_HEAD_LEAVING: {
    status: 409,
    id: 'Kepala keluarga tidak dapat pindah sendiri selama anggota lain tetap tinggal. Pecah KK terlebih dahulu atau pindahkan seluruh keluarga.',
    en: 'The head of family cannot move out alone while other members stay. Split the family card first or move the whole family.',
  },
  HOUSEHOLD_HAS_FAMILIES: {
    status: 409,
    id: 'Rumah tangga ini masih berisi keluarga (termasuk KK yang sudah diganti). Pindahkan atau keluarkan dahulu semua keluarganya, lalu hapus rumah tangganya.',
    en: 'This household still holds families (replaced family cards included). Move every family out first, then delete the household.',
  },
  AUDIT_TRAIL_BROKEN: {
    status: 409,
    id: 'Jejak audit tidak lagi cocok dengan titik periksa terakhir yang ditandatangani, sehingga tanda terima tidak diterbitkan. Minta admin server menjalankan npm run audit:verify.',
    en: 'The audit trail no longer matches its last signed checkpoint, so no receipt is issued. Ask the server administrator to run npm run audit:verify.',
  },
  IMPORT_HAS_ERRORS: {
    status: 409,
    id: 'Masih ada baris yang bermasalah. Perbaiki berkasnya dan unggah lagi (impor penduduk juga dapat mengimpor baris yang valid saja).',
    en: 'Some rows still have errors. Fix the file and upload it again (a resident import can also import the valid rows only).',
  },
  IMPORT_NOT_READY: {
    status: 409,
    id: 'Impor ini tidak dalam status siap disimpan (masih diperiksa, sudah disimpan, atau dibatalkan).',
    en: 'This import is not ready to be saved (still being checked, already saved, or cancelled).',
  },
  IMPORT_PARTIAL_NOT_ALLOWED: {
    status: 400,
    id: 'Impor ini hanya dapat disimpan seluruhnya: barisnya saling terkait (misalnya satu rumah tangga terdiri dari beberapa baris). Perbaiki baris yang bermasalah dan unggah lagi.',
    en: 'This import can only be saved as a whole: its lines belong together (e.g. one household spans several lines). Fix the lines with errors and upload again.',
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    id: 'Basis data sedang tidak dapat dijangkau. Coba lagi sebentar lagi.',
    en: 'The database cannot be reached right now. Try again shortly.',
  },
  RATE_LIMITED: {
    status: 429,
    id: 'Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.',
    en: 'Too many requests. Wait a moment and try again.',
  },
  CEK_BANSOS_PROOF_REQUIRED: {
    status: 400,
    id: 'Pemeriksaan keamanan belum selesai atau sudah kedaluwarsa. Muat ulang halaman, lalu cari lagi.',
    en: 'The security check did not finish or has expired. Reload the page, then search again.',
  },
  CEK_BANSOS_VILLAGE_BUSY: {
    status: 429,
    id: 'Pencarian untuk desa ini sedang ramai. Tunggu satu menit, lalu coba lagi.',
    en: 'Many people are searching this village right now. Wait a minute, then try again.',
  },
  CEK_BANSOS_BUSY: {
    status: 503,
    id: 'Layanan Cek Bansos sedang sangat ramai. Tunggu sebentar, lalu coba lagi.',
    en: 'Cek Bansos is very busy right now. Wait a moment, then try again.',
  },
  LETTER_TYPE_DISABLED: {
    status: 409,
    id: 'Desa ini tidak menerbitkan jenis surat ini (dinonaktifkan di pengaturan surat desa).',
    en: 'This village does not issue this kind of letter (it is switched off in the village’s letter settings).',
  },
  LETTER_NOT_DELEGATED: {
    status: 409,
    id: 'Surat ini wewenang Bupati atau Camat dan belum dilimpahkan kepada desa ini pada tanggal surat, sehingga tidak dapat diterbitkan di desa. Arahkan pemohon ke kantor yang berwenang.',
    en: 'This letter is the authority of the regent or the district head and was not delegated to this village on the letter’s date, so the village cannot issue it. Refer the applicant to the office that holds the authority.',
  },
  LETTER_NO_SIGNER: {
    status: 409,
    id: 'Pada tanggal surat belum ada perangkat desa yang menjabat sebagai penanda tangan surat ini. Catat pejabatnya (atau Plt./Plh.) di daftar perangkat desa.',
    en: 'No village official holds the post that signs this letter on its date. Record the official (or an acting one) in the list of village officials.',
  },
  LETTER_SUBJECT_STATUS: {
    status: 409,
    id: 'Surat ini tidak dapat dibuat untuk penduduk dengan status ini (misalnya surat keterangan kematian hanya untuk penduduk yang tercatat meninggal).',
    en: 'This letter cannot be made for a resident with this status (for example a death letter only for a resident recorded as deceased).',
  },
  LETTER_ALREADY_VOID: {
    status: 409,
    id: 'Surat ini sudah dibatalkan.',
    en: 'This letter is already void.',
  },
  PROGRAM_CODE_TAKEN: {
    status: 409,
    id: 'Kode program ini sudah dipakai program lain. Pilih kode lain.',
    en: 'Another program already uses this code. Choose another code.',
  },
  PROGRAM_INACTIVE: {
    status: 409,
    id: 'Program ini sudah tidak aktif, sehingga tidak menerima peserta baru.',
    en: 'This program is no longer active and takes no new enrolments.',
  },
  ENROLMENT_ALREADY_OPEN: {
    status: 409,
    id: 'Sasaran ini sudah terdaftar (diusulkan atau aktif) di program ini. Buka kepesertaan yang ada (enrolmentId).',
    en: 'This unit is already enrolled (proposed or active) in this program. Open the existing enrolment (enrolmentId).',
  },
  ENROLMENT_EXCLUSIVE: {
    status: 409,
    id: 'Sasaran ini sudah menerima program lain yang tidak boleh diterima bersamaan dengan program ini (lihat programs). Akhiri dahulu kepesertaan itu.',
    en: 'This unit already receives a program that may not be received together with this one (see programs). End that enrolment first.',
  },
  ENROLMENT_QUOTA_FULL: {
    status: 409,
    id: 'Kuota program di wilayah ini sudah penuh (lihat areaCode dan quota).',
    en: "The program's quota in this area is full (see areaCode and quota).",
  },
  ENROLMENT_TRANSITION: {
    status: 409,
    id: 'Status kepesertaan tidak dapat diubah seperti itu (misalnya kepesertaan yang sudah keluar tidak dapat diaktifkan lagi; daftarkan ulang sebagai kepesertaan baru).',
    en: 'The enrolment cannot move to that status (for example an exited enrolment cannot be reactivated; enrol the unit again instead).',
  },
  FAMILY_SPLIT_ENROLMENTS: {
    status: 409,
    id: 'KK ini menerima bantuan sosial sebagai keluarga (lihat programs). Pilih KK mana yang meneruskan kepesertaan itu: KK asal atau KK baru (enrolmentsGoTo).',
    en: 'This family receives social assistance as a family (see programs). Choose which family keeps those enrolments: the original or the new one (enrolmentsGoTo).',
  },
  HOUSEHOLD_HAS_ENROLMENTS: {
    status: 409,
    id: 'Rumah tangga ini tercatat sebagai peserta bantuan sosial. Riwayat kepesertaan tidak boleh hilang, sehingga rumah tangga ini tidak dapat dihapus.',
    en: 'This household is recorded in social assistance programs. Their history must stay, so the household cannot be deleted.',
  },
  LETTER_REQUEST_STEP: {
    status: 409,
    id: 'Langkah ini tidak dapat dilakukan pada status permohonan sekarang (mungkin sudah diproses di meja lain, atau tahap sebelumnya belum selesai). Muat ulang halaman permohonan.',
    en: 'This step cannot be taken in the request’s current status (another desk may have moved it, or an earlier step is not done). Reload the request.',
  },
  LETTER_REQUEST_NOT_SIGNER: {
    status: 403,
    id: 'Surat ini ditandatangani oleh pejabat yang berwenang menurut pengaturan penandatanganan, dan akun Anda tidak terhubung dengan pejabat tersebut.',
    en: 'This letter is signed by the official the signing settings name, and your account is not linked to that official.',
  },
  LETTER_REQUEST_NOT_SECRETARY: {
    status: 403,
    id: 'Verifikasi permohonan dilakukan oleh Sekretaris Desa yang menjabat; akun Anda tidak terhubung dengan pejabat tersebut.',
    en: 'Requests are verified by the serving village secretary; your account is not linked to that official.',
  },
  LETTER_NOT_REQUESTABLE: {
    status: 409,
    id: 'Jenis surat ini tidak dapat dimohon secara daring. Silakan datang ke kantor desa.',
    en: 'This kind of letter cannot be requested online. Please come to the village office.',
  },
  LETTER_ATTACHMENTS_FULL: {
    status: 409,
    id: 'Permohonan ini sudah memiliki terlalu banyak foto persyaratan.',
    en: 'This request already has too many requirement photos.',
  },
  OFFICIAL_ACCOUNT_TAKEN: {
    status: 409,
    id: 'Akun ini sudah terhubung dengan pejabat lain di desa ini.',
    en: 'This account is already linked to another official of this village.',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    id: 'Berkas atau data yang dikirim terlalu besar.',
    en: 'The uploaded file or data is too large.',
  },
  PROPOSAL_STEP: {
    status: 409,
    id: 'Langkah ini tidak dapat dilakukan pada status usulan/sanggahan sekarang (mungkin sudah diproses orang lain, atau tahap sebelumnya belum selesai). Muat ulang halamannya.',
    en: 'This step cannot be taken in the item’s current status (someone else may have moved it, or an earlier step is not done). Reload the page.',
  },
  PROPOSAL_DUPLICATE: {
    status: 409,
    id: 'Keluarga ini sudah diusulkan untuk program ini dan usulannya masih diproses.',
    en: 'This family has already been proposed for this program and that proposal is still in progress.',
  },
  PROPOSAL_NO_HOUSEHOLD: {
    status: 409,
    id: 'Program ini untuk rumah tangga, tetapi keluarga ini belum tercatat di rumah tangga mana pun. Catat rumah tangganya dulu di desa.',
    en: 'This program is for households, but the family is not recorded in any household. Record its household at the village first.',
  },
  PROPOSAL_PHOTOS_FULL: {
    status: 409,
    id: 'Foto untuk usulan ini sudah mencapai batas. Foto yang sudah ada tetap tersimpan.',
    en: 'This item already holds as many photos as it may. The photos already there are kept.',
  },
  DELIBERATION_MINUTES_MISSING: {
    status: 409,
    id: 'Unggah dulu berita acara (PDF) musyawarah desa ini sebelum memutus usulan berdasarkan musyawarah tersebut.',
    en: 'Upload this deliberation’s minutes (PDF) before deciding items on the strength of it.',
  },
  STATEMENT_TIMEOUT: {
    status: 503,
    id: 'Permintaan ini terlalu lama diproses dan dihentikan. Persempit saringan (misalnya pilih satu desa atau dusun), atau coba lagi nanti.',
    en: 'This request took too long and was stopped. Narrow the filter (for example choose one village or dusun), or try again later.',
  },
  INTERNAL_ERROR: {
    status: 500,
    id: 'Terjadi kesalahan pada server. Silakan coba lagi; jika berulang, hubungi admin kabupaten.',
    en: 'Something went wrong on the server. Try again; if it keeps happening, contact the regency admin.',
  },
} as const satisfies Record<string, { status: number; id: string; en: string }>;

export type ErrorCode = keyof typeof errorCatalogue;
