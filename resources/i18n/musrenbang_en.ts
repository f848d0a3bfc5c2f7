<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name></name>
    <message>
        <source>Usulan</source>
        <translation type="vanished">Proposals</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="vanished">Forum</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation type="vanished">Reports</translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation type="vanished">Sync</translation>
    </message>
    <message>
        <source>Data Referensi</source>
        <translation type="vanished">Reference Data</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation type="vanished">Settings</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>Lampiran (foto, surat, RAB, bukti lahan)</source>
        <translation>Attachments (photos, letters, cost estimates, land proof)</translation>
    </message>
    <message>
        <source>Tambah lampiran…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Pilih lampiran</source>
        <translation>Choose attachment</translation>
    </message>
    <message>
        <source>Foto dan dokumen (*.jpg *.jpeg *.png *.pdf *.xlsx *.docx)</source>
        <translation>Photos and documents (*.jpg *.jpeg *.png *.pdf *.xlsx *.docx)</translation>
    </message>
    <message>
        <source>Bukti status lahan</source>
        <translation>Proof of land status</translation>
    </message>
    <message>
        <source>Foto lokasi</source>
        <translation>Site photo</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Rencana anggaran biaya (RAB)</source>
        <translation>Cost estimate (RAB)</translation>
    </message>
    <message>
        <source>Surat usulan</source>
        <translation>Proposal letter</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Cadangan otomatis gagal: %s</source>
        <translation>Automatic backup failed: %s</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Tempat dan jadwal</source>
        <translation>Location and schedule</translation>
    </message>
    <message>
        <source>Pilih folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Pakai folder bawaan</source>
        <translation>Use the default folder</translation>
    </message>
    <message>
        <source>Cadangkan otomatis</source>
        <translation>Back up automatically</translation>
    </message>
    <message>
        <source> jam</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>setiap</source>
        <translation>every</translation>
    </message>
    <message>
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Jadwal</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Cadangkan sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Pulihkan…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Isi cadangan</source>
        <translation>Backup contents</translation>
    </message>
    <message>
        <source>Pilih cadangan untuk melihat isinya.</source>
        <translation>Select a backup to see what it holds.</translation>
    </message>
    <message>
        <source>Folder bawaan di laptop ini.</source>
        <translation>The default folder on this laptop.</translation>
    </message>
    <message>
        <source>Folder ini tidak ditemukan (flashdisk tidak terpasang?). Sampai folder itu ada lagi, cadangan disimpan di folder bawaan %s.</source>
        <translation>This folder cannot be found (USB drive not plugged in?). Until it is back, backups are saved in the default folder %s.</translation>
    </message>
    <message>
        <source>Cadangan juga tetap bisa dipulihkan dari folder bawaan %s.</source>
        <translation>Backups can also still be restored from the default folder %s.</translation>
    </message>
    <message>
        <source>Pilih folder cadangan (mis. flashdisk)</source>
        <translation>Choose the backup folder (e.g. a USB drive)</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Membaca isi cadangan…</source>
        <translation>Reading the backup…</translation>
    </message>
    <message>
        <source>Cadangan dibuat: %s (%s).</source>
        <translation>Backup made: %s (%s).</translation>
    </message>
    <message>
        <source>Folder pilihan tidak ditemukan; disimpan di folder bawaan.</source>
        <translation>The chosen folder was not found; saved in the default folder.</translation>
    </message>
    <message>
        <source>Membuat cadangan…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <source>Pulihkan cadangan</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Ganti data kantor di laptop ini dengan cadangan %s?

%s

Semua perubahan sesudah cadangan itu dibuat tidak ada di cadangan. Data saat ini dicadangkan dulu (alasan: Sebelum pemulihan), jadi bisa dikembalikan. Sesudahnya Anda diminta masuk lagi.</source>
        <translation>Replace the office data on this laptop with the backup of %s?

%s

Changes made after that backup are not in it. The current data is backed up first (reason: Before restore), so it can be brought back. Afterwards you are asked to sign in again.</translation>
    </message>
    <message>
        <source>Dipulihkan dari cadangan %s.</source>
        <translation>Restored from the backup of %s.</translation>
    </message>
    <message>
        <source>Memulihkan cadangan…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>Harian</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Otomatis</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Perubahan terakhir</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Sebelum impor</source>
        <translation>Before import</translation>
    </message>
    <message>
        <source>Sebelum pemulihan</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>Sebelum pemutakhiran aplikasi</source>
        <translation>Before app update</translation>
    </message>
    <message>
        <source>Sesi forum</source>
        <translation>Forum sessions</translation>
    </message>
    <message>
        <source>Tahun perencanaan</source>
        <translation>Planning years</translation>
    </message>
    <message>
        <source>Ukuran berkas</source>
        <translation>File size</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Proposals</translation>
    </message>
</context>
<context>
    <name>BulkRoutingDialog</name>
    <message>
        <source>Terima saran OPD</source>
        <translation>Accept agency suggestions</translation>
    </message>
    <message>
        <source>Menghitung saran untuk %d usulan…</source>
        <translation>Working out suggestions for %d proposals…</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Desa/Kel.</source>
        <translation>Village/Ward</translation>
    </message>
    <message>
        <source>OPD disarankan</source>
        <translation>Suggested agency</translation>
    </message>
    <message>
        <source>Sub kegiatan</source>
        <translation>Sub-activity</translation>
    </message>
    <message>
        <source>Kewenangan</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Keyakinan</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Diterima sekaligus (keyakinan cukup):</source>
        <translation>Accepted together (confident enough):</translation>
    </message>
    <message>
        <source>Perlu diperiksa (keyakinan rendah atau tanpa saran OPD): centang yang benar, sisanya tetap tanpa OPD untuk diisi di formulir.</source>
        <translation>To review (low confidence or no agency suggested): tick the right ones; the rest stay without an agency, to fill in on the form.</translation>
    </message>
    <message>
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>(tidak ada saran)</source>
        <translation>(no suggestion)</translation>
    </message>
    <message>
        <source>%d usulan diterima sekaligus, %d perlu diperiksa.</source>
        <translation>%d proposals accepted together, %d to review.</translation>
    </message>
    <message>
        <source>%d usulan dilewati (sudah diputuskan atau dihapus).</source>
        <translation>%d proposals skipped (already decided or deleted).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Musrenbang Kecamatan</source>
        <translation>Musrenbang Kecamatan</translation>
    </message>
    <message>
        <source>Rinciannya dicatat di %s. Salin rinciannya dan kirimkan ke tim pengembang.</source>
        <translation>The details were logged to %s. Copy the details and send them to the development team.</translation>
    </message>
    <message>
        <source>Salin rincian</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga (bug). Data yang sudah tersimpan aman.</source>
        <translation>An unexpected error (a bug) occurred. Data already saved is safe.</translation>
    </message>
</context>
<context>
    <name>ForumPage</name>
    <message>
        <source>Sesi forum:</source>
        <translation>Forum session:</translation>
    </message>
    <message>
        <source>Sesi baru</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Layar presentasi</source>
        <translation>Presentation screen</translation>
    </message>
    <message>
        <source>Membuka layar proyektor (layar penuh di layar kedua bila ada).</source>
        <translation>Opens the projector screen (full screen on the second display, if any).</translation>
    </message>
    <message>
        <source>Belum ada siklus perencanaan. Buat kantor dan siklusnya dulu.</source>
        <translation>No planning cycle yet. Set up the office and its cycle first.</translation>
    </message>
    <message>
        <source>Belum ada sesi forum untuk siklus ini. Isi tab Sesi lalu simpan.</source>
        <translation>No forum session for this cycle yet. Fill in the Session tab, then save.</translation>
    </message>
    <message>
        <source>%d usulan di forum</source>
        <translation>%d proposals in the forum</translation>
    </message>
    <message>
        <source>%d hadir</source>
        <translation>%d present</translation>
    </message>
    <message>
        <source>%d usulan masih draf (verifikasi dulu di meja usulan)</source>
        <translation>%d proposals still in draft (verify them at the proposal desk first)</translation>
    </message>
    <message>
        <source>penilai keselarasan tidak tersedia: keselarasan dinilai netral 3</source>
        <translation>alignment scorer unavailable: alignment scored as a neutral 3</translation>
    </message>
    <message>
        <source>kode verifikasi %s</source>
        <translation>verification code %s</translation>
    </message>
    <message>
        <source>Pilih atau buat sesi forum dulu.</source>
        <translation>Choose or create a forum session first.</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Pimpinan sidang</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Notulis</source>
        <translation>Minute-taker</translation>
    </message>
    <message>
        <source>Narasumber</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <source>Acara</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Simpan sesi</source>
        <translation>Save session</translation>
    </message>
    <message>
        <source>Sesi</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Belum ada siklus perencanaan.</source>
        <translation>No planning cycle yet.</translation>
    </message>
    <message>
        <source>Sesi disimpan.</source>
        <translation>Session saved.</translation>
    </message>
    <message>
        <source>Nama peserta</source>
        <translation>Participant name</translation>
    </message>
    <message>
        <source>Instansi / desa</source>
        <translation>Institution / village</translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Impor dari Excel/CSV…</source>
        <translation>Import from Excel/CSV…</translation>
    </message>
    <message>
        <source>Hapus peserta terpilih</source>
        <translation>Remove selected participants</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unsur</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Instansi/desa</source>
        <translation>Institution/village</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <source>Daftar hadir</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Impor daftar hadir</source>
        <translation>Import attendance list</translation>
    </message>
    <message>
        <source>Tabel (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Hadir %d orang: %d perempuan (%d%%), %d laki-laki. %s</source>
        <translation>%d present: %d women (%d%%), %d men. %s</translation>
    </message>
    <message>
        <source>Terapkan bobot</source>
        <translation>Apply weights</translation>
    </message>
    <message>
        <source>Penilaian dan keputusan</source>
        <translation>Scoring and decisions</translation>
    </message>
    <message>
        <source>Pilih usulan di tabel.</source>
        <translation>Select a proposal in the table.</translation>
    </message>
    <message>
        <source>bawaan: perkiraan biaya desa</source>
        <translation>default: the village&apos;s cost estimate</translation>
    </message>
    <message>
        <source>Simpan keputusan</source>
        <translation>Save decision</translation>
    </message>
    <message>
        <source>Jumlah bobot %d%%: harus tepat 100%% sebelum diterapkan.</source>
        <translation>Weights total %d%%: they must be exactly 100%% before they apply.</translation>
    </message>
    <message>
        <source>Jumlah bobot 100%.</source>
        <translation>Weights total 100%.</translation>
    </message>
    <message>
        <source>Jumlah bobot 100% · pratinjau, klik Terapkan bobot untuk menyimpan.</source>
        <translation>Weights total 100% · preview, click Apply weights to save.</translation>
    </message>
    <message>
        <source>Bobot kriteria disimpan.</source>
        <translation>Criteria weights saved.</translation>
    </message>
    <message>
        <source>, prioritas %d</source>
        <translation>, priority %d</translation>
    </message>
    <message>
        <source>Keputusan tersimpan: %s — %s.</source>
        <translation>Decision saved: %s — %s.</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Nomor prioritas</source>
        <translation>Priority number</translation>
    </message>
    <message>
        <source>Nilai indikatif (Rp)</source>
        <translation>Indicative amount (Rp)</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Digabung ke</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <source>Simpan &amp;&amp; berikutnya (Enter)</source>
        <translation>Save &amp;&amp; next (Enter)</translation>
    </message>
    <message>
        <source>Pindahkan urutan</source>
        <translation>Change rank</translation>
    </message>
    <message>
        <source>Ubah urutan di OPD-nya (dengan alasan):</source>
        <translation>Change its rank within its agency (with a reason):</translation>
    </message>
    <message>
        <source>Ke urutan</source>
        <translation>To rank</translation>
    </message>
    <message>
        <source>wajib: alasan untuk desa pengusul</source>
        <translation>required: the reason for the proposing village</translation>
    </message>
    <message>
        <source>catatan (tidak wajib)</source>
        <translation>note (optional)</translation>
    </message>
    <message>
        <source>(tidak digabung)</source>
        <translation>(not merged)</translation>
    </message>
    <message>
        <source>jumlah %d%%</source>
        <translation type="vanished">total %d%%</translation>
    </message>
    <message>
        <source>jumlah %d%% · pratinjau, klik Terapkan bobot untuk menyimpan</source>
        <translation type="vanished">total %d%% · preview, click Apply weights to save</translation>
    </message>
    <message>
        <source>perkiraan %s</source>
        <translation>estimate %s</translation>
    </message>
    <message>
        <source>Pilih usulan di tabel dulu.</source>
        <translation>Select a proposal in the table first.</translation>
    </message>
    <message>
        <source>Contoh: 1.250.000</source>
        <translation>Example: 1.250.000</translation>
    </message>
    <message>
        <source>Keputusan disimpan.</source>
        <translation type="vanished">Decision saved.</translation>
    </message>
    <message>
        <source>Pagu</source>
        <translation>Ceiling</translation>
    </message>
    <message>
        <source>belum ditetapkan</source>
        <translation>not set yet</translation>
    </message>
    <message>
        <source>Disepakati %s dari pagu kecamatan %s.</source>
        <translation>Agreed %s of the district ceiling of %s.</translation>
    </message>
    <message>
        <source>kurang %s di pagu OPD</source>
        <translation>%s short of the agency ceiling</translation>
    </message>
    <message>
        <source>kurang %s di pagu kecamatan</source>
        <translation>%s short of the district ceiling</translation>
    </message>
    <message>
        <source>Saran urutan prioritas: %d usulan muat dalam pagu (%s).</source>
        <translation>Suggested priority order: %d proposals fit within the ceiling (%s).</translation>
    </message>
    <message>
        <source>Yang harus mengalah:</source>
        <translation>Would have to give way:</translation>
    </message>
    <message>
        <source>… dan %d lainnya.</source>
        <translation>… and %d more.</translation>
    </message>
    <message>
        <source>Ambil dari daftar hadir:</source>
        <translation>Take from the attendance list:</translation>
    </message>
    <message>
        <source>Nama delegasi</source>
        <translation>Delegate name</translation>
    </message>
    <message>
        <source>Peran, mis. Ketua delegasi</source>
        <translation>Role, e.g. Head of delegation</translation>
    </message>
    <message>
        <source>Tambah delegasi</source>
        <translation>Add delegate</translation>
    </message>
    <message>
        <source>Hapus terpilih</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Delegasi</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>— pilih peserta —</source>
        <translation>— choose a participant —</translation>
    </message>
    <message>
        <source>Delegasi %d orang, %d perempuan.</source>
        <translation>Delegation of %d, %d women.</translation>
    </message>
    <message>
        <source>Segel sesi</source>
        <translation>Seal session</translation>
    </message>
    <message>
        <source>Buka kembali (admin)…</source>
        <translation>Reopen (admin)…</translation>
    </message>
    <message>
        <source>Penyegelan</source>
        <translation>Sealing</translation>
    </message>
    <message>
        <source>Sesi disegel. Keputusan terkunci.
Digest (SHA-256): %s
Kode verifikasi: %s
Periksa kapan saja dengan `musrenbang verify --session %s`.</source>
        <translation>Session sealed. Decisions are locked.
Digest (SHA-256): %s
Verification code: %s
Check at any time with `musrenbang verify --session %s`.</translation>
    </message>
    <message>
        <source>Sesi terbuka: %d dari %d usulan sudah diputuskan. Menyegel mengunci semua keputusan dan menghitung digest yang dicetak di setiap laporan.</source>
        <translation>Session open: %d of %d proposals decided. Sealing locks every decision and computes the digest printed on every report.</translation>
    </message>
    <message>
        <source>Setelah disegel, keputusan tidak dapat diubah kecuali dibuka kembali oleh admin. Segel sekarang?</source>
        <translation type="vanished">Once sealed, decisions cannot be changed unless an admin reopens the session. Seal now?</translation>
    </message>
    <message>
        <source>Sesi disegel.</source>
        <translation>Session sealed.</translation>
    </message>
    <message>
        <source>Sesi dibuka kembali; alasannya dicatat di rantai audit.</source>
        <translation>Session reopened; the reason is recorded in the audit chain.</translation>
    </message>
    <message>
        <source>Anggota DPRD</source>
        <translation>DPRD member</translation>
    </message>
    <message>
        <source>BPD</source>
        <translation>BPD</translation>
    </message>
    <message>
        <source>Dialihkan ke APBDes</source>
        <translation>Moved to village budget (APBDes)</translation>
    </message>
    <message>
        <source>Digabung</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Disepakati</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Ditunda ke siklus berikut</source>
        <translation>Postponed to the next cycle</translation>
    </message>
    <message>
        <source>Forum Anak</source>
        <translation>Children&apos;s Forum</translation>
    </message>
    <message>
        <source>Kelompok Disabilitas</source>
        <translation>Disability groups</translation>
    </message>
    <message>
        <source>Kelompok Perempuan/PKK</source>
        <translation>Women&apos;s groups/PKK</translation>
    </message>
    <message>
        <source>Kepala Desa/Lurah</source>
        <translation>Village/ward head</translation>
    </message>
    <message>
        <source>LPM</source>
        <translation>LPM</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Musrenbang Kecamatan</source>
        <translation>Musrenbang Kecamatan</translation>
    </message>
    <message>
        <source>Pemuda/Karang Taruna</source>
        <translation>Youth/Karang Taruna</translation>
    </message>
    <message>
        <source>Perangkat Daerah (OPD)</source>
        <translation>Regional agencies (OPD)</translation>
    </message>
    <message>
        <source>Perangkat Desa/Kelurahan</source>
        <translation>Village/ward officials</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Pra Forum / Forum Perangkat Daerah</source>
        <translation>Pre-forum / Agency Forum</translation>
    </message>
    <message>
        <source>Tidak disepakati</source>
        <translation>Not agreed</translation>
    </message>
    <message>
        <source>Tokoh Agama</source>
        <translation>Religious leaders</translation>
    </message>
    <message>
        <source>Tokoh Masyarakat</source>
        <translation>Community leaders</translation>
    </message>
    <message>
        <source>Unsur Kecamatan</source>
        <translation>District officials</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Panduan pengguna — Musrenbang Kecamatan</source>
        <translation>User guide — Musrenbang Kecamatan</translation>
    </message>
    <message>
        <source>Cari di panduan… (Enter: berikutnya)</source>
        <translation>Search the guide… (Enter: next)</translation>
    </message>
    <message>
        <source>◀ Kembali</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <source>Daftar isi</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Berkas panduan tidak ditemukan di %s.</source>
        <translation>The guide files were not found in %s.</translation>
    </message>
    <message>
        <source>“%s” tidak ditemukan di panduan.</source>
        <translation>“%s” was not found in the guide.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Impor usulan dari Excel/CSV</source>
        <translation>Import proposals from Excel/CSV</translation>
    </message>
    <message>
        <source>Pilih berkas templat desa (.xlsx) atau ekspor SIPD (.xlsx/.csv).</source>
        <translation type="vanished">Choose a village template file (.xlsx) or a SIPD export (.xlsx/.csv).</translation>
    </message>
    <message>
        <source>Pilih berkas templat desa, spreadsheet desa, atau ekspor SIPD (.xlsx, .xls, .ods, .csv).</source>
        <translation>Choose a village template, a village spreadsheet or a SIPD export (.xlsx, .xls, .ods, .csv).</translation>
    </message>
    <message>
        <source>Kolom berkas → isian aplikasi</source>
        <translation>File column → app field</translation>
    </message>
    <message>
        <source>Kolom di berkas</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Diisikan ke</source>
        <translation>Goes into</translation>
    </message>
    <message>
        <source>Kolom yang tidak dikenali dapat dipetakan dengan tangan; pemetaan diingat untuk berkas berikutnya dengan judul kolom yang sama.</source>
        <translation>A column that is not recognised can be mapped by hand; the mapping is remembered for the next file with the same column headers.</translation>
    </message>
    <message>
        <source>Impor semua baris, atau tidak sama sekali bila ada yang salah</source>
        <translation>Import all rows, or nothing at all if any row is wrong</translation>
    </message>
    <message>
        <source>Impor hanya baris yang valid; baris bermasalah dilewati</source>
        <translation>Import only valid rows; rows with problems are skipped</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Simpan baris bermasalah…</source>
        <translation>Save rows with problems…</translation>
    </message>
    <message>
        <source>Simpan baris yang gagal dalam templat desa, dengan kolom yang menjelaskan apa yang harus diperbaiki, untuk dikirim kembali ke desa.</source>
        <translation>Save the rows that failed in the village template, with a column that says what to fix, to send back to the village.</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Pilih berkas usulan</source>
        <translation>Choose proposal file</translation>
    </message>
    <message>
        <source>Tabel (*.xlsx *.xls *.ods *.csv);;Semua berkas (*)</source>
        <translation>Tables (*.xlsx *.xls *.ods *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>%s: format %s, %d baris — %d valid, %d bermasalah, %d dengan peringatan.</source>
        <translation>%s: %s format, %d rows — %d valid, %d with problems, %d with warnings.</translation>
    </message>
    <message>
        <source>Akan terjadi: %d baru, %d diperbarui, %d sama.</source>
        <translation>What will happen: %d new, %d updated, %d unchanged.</translation>
    </message>
    <message>
        <source>%d baris dari kecamatan lain dilewati.</source>
        <translation>%d rows from other kecamatan skipped.</translation>
    </message>
    <message>
        <source>%d baris jumlah/nomor kolom dilewati.</source>
        <translation>%d totals/column-number rows skipped.</translation>
    </message>
    <message>
        <source>(tidak dipakai)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <source>Ada baris bermasalah: perbaiki berkasnya, atau pilih impor baris valid saja.</source>
        <translation>Some rows have problems: fix the file, or choose to import the valid rows only.</translation>
    </message>
    <message>
        <source>Simpan baris bermasalah</source>
        <translation>Save rows with problems</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Menyimpan baris bermasalah…</source>
        <translation>Saving rows with problems…</translation>
    </message>
    <message>
        <source>Baris bermasalah tersimpan</source>
        <translation>Rows with problems saved</translation>
    </message>
    <message>
        <source>%d baris disimpan ke %s. Kirimkan ke desa untuk diperbaiki.</source>
        <translation>%d rows saved to %s. Send them to the village to be fixed.</translation>
    </message>
    <message>
        <source>Tabel (*.xlsx *.csv);;Semua berkas (*)</source>
        <translation type="vanished">Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Memeriksa %s…</source>
        <translation>Checking %s…</translation>
    </message>
    <message>
        <source>%s: format %s, %d baris — %d valid, %d bermasalah.</source>
        <translation type="vanished">%s: %s format, %d rows — %d valid, %d with problems.</translation>
    </message>
    <message>
        <source>templat desa</source>
        <translation>village template</translation>
    </message>
    <message>
        <source>Kolom yang tidak dipakai: %s.</source>
        <translation type="vanished">Unused columns: %s.</translation>
    </message>
    <message>
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Selesai: %d baru, %d diperbarui, %d sama, %d dilewati.</source>
        <translation>Done: %d new, %d updated, %d unchanged, %d skipped.</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Bahasa baru berlaku setelah aplikasi dibuka ulang.</source>
        <translation>The new language takes effect after the application is restarted.</translation>
    </message>
    <message>
        <source>Bahasa antarmuka</source>
        <translation>Interface language</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Basis data rusak dan belum ada cadangan untuk dipulihkan.
Berkas: %s
Hubungi admin atau tim pengembang.</source>
        <translation>The database is damaged and there is no backup to restore.
File: %s
Contact your administrator or the development team.</translation>
    </message>
    <message>
        <source>Basis data tidak dapat dibaca (rusak).

Pulihkan cadangan terbaru (%s UTC)? Berkas yang rusak disimpan, tidak dihapus.</source>
        <translation>The database cannot be read (damaged).

Restore the newest backup (%s UTC)? The damaged file is kept, not deleted.</translation>
    </message>
    <message>
        <source>Membuka basis data… (pada awal pertama, data demo disiapkan)</source>
        <translation>Opening the database… (on the very first start the demo data is prepared)</translation>
    </message>
    <message>
        <source>Menyiapkan jendela…</source>
        <translation>Preparing the window…</translation>
    </message>
    <message>
        <source>Perencanaan pembangunan kecamatan</source>
        <translation>District development planning</translation>
    </message>
    <message>
        <source>Membuka basis data…</source>
        <translation type="vanished">Opening the database…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Masuk — Musrenbang Kecamatan</source>
        <translation>Sign in — Musrenbang Kecamatan</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>LogsTab</name>
    <message>
        <source>Berkas log: %s</source>
        <translation>Log file: %s</translation>
    </message>
    <message>
        <source>Buka folder log</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Salin diagnosis</source>
        <translation>Copy diagnostics</translation>
    </message>
    <message>
        <source>Bila ada masalah, tekan Salin diagnosis lalu tempelkan (Ctrl+V) ke pesan untuk tim pendukung. Isinya versi aplikasi, keadaan basis data dan sinkronisasi, dan 50 baris log terakhir; kata sandi dan token tidak ikut.</source>
        <translation>If something goes wrong, press Copy diagnostics and paste it (Ctrl+V) into a message to the support team. It holds the app version, the state of the database and of sync, and the last 50 log lines; passwords and tokens are left out.</translation>
    </message>
    <message>
        <source>(log masih kosong)</source>
        <translation>(the log is still empty)</translation>
    </message>
    <message>
        <source>Diagnosis disalin ke papan klip.</source>
        <translation>Diagnostics copied to the clipboard.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Usulan</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Data Referensi</source>
        <translation>Reference Data</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Basis data: %s</source>
        <translation>Database: %s</translation>
    </message>
    <message>
        <source>Navigasi</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Bantuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Panduan pengguna</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Layar presentasi forum</source>
        <translation>Forum presenter screen</translation>
    </message>
    <message>
        <source>Tentang Musrenbang Kecamatan</source>
        <translation>About Musrenbang Kecamatan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Musrenbang Kecamatan&lt;/h3&gt;&lt;p&gt;Versi %s&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Musrenbang Kecamatan&lt;/h3&gt;&lt;p&gt;Version %s&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Aplikasi luring untuk kantor camat: usulan desa/kelurahan, forum Musrenbang, laporan resmi, dan sinkronisasi ke E-Perencanaan kabupaten.&lt;br&gt;&lt;br&gt;Lisensi MIT. Asal-usul data referensi (nomenklatur, wilayah, OPD) dan huruf tercatat di berkas PROVENANCE.md pada folder resources. Data demo bukan data resmi.</source>
        <translation>An offline app for the district office: village/ward proposals, the Musrenbang forum, official reports, and sync with the regency&apos;s E-Perencanaan.&lt;br&gt;&lt;br&gt;MIT licence. The origin of the reference data (nomenclature, regions, agencies) and of the fonts is recorded in PROVENANCE.md in the resources folder. The demo data is not official data.</translation>
    </message>
    <message>
        <source>Musrenbang Kecamatan — %s</source>
        <translation>Musrenbang Kecamatan — %s</translation>
    </message>
    <message>
        <source>%s · pagu indikatif %s</source>
        <translation>%s · indicative ceiling %s</translation>
    </message>
    <message>
        <source>Musrenbang Kecamatan</source>
        <translation>Musrenbang Kecamatan</translation>
    </message>
    <message>
        <source>Belum ada siklus perencanaan.</source>
        <translation>No planning cycle yet.</translation>
    </message>
    <message>
        <source>Menunggu sinkronisasi: %d</source>
        <translation>Waiting to sync: %d</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Gabungkan usulan</source>
        <translation>Merge proposals</translation>
    </message>
    <message>
        <source>Usulan sama/berdekatan lokasinya; digabung agar dibahas sekali.</source>
        <translation>The proposals are the same or nearby; merge them so they are discussed once.</translation>
    </message>
    <message>
        <source>Pertahankan usulan:</source>
        <translation>Keep proposal:</translation>
    </message>
    <message>
        <source>Alasan penggabungan:</source>
        <translation>Reason for merging:</translation>
    </message>
</context>
<context>
    <name>OfficeTab</name>
    <message>
        <source>mis. Drs. Budi Santoso, M.Si.</source>
        <translation>e.g. Drs. Budi Santoso, M.Si.</translation>
    </message>
    <message>
        <source>18 angka, mis. 19700101 199003 1 002</source>
        <translation>18 digits, e.g. 19700101 199003 1 002</translation>
    </message>
    <message>
        <source>alamat kantor kecamatan</source>
        <translation>district office address</translation>
    </message>
    <message>
        <source>Simpan data kantor</source>
        <translation>Save office data</translation>
    </message>
    <message>
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <source>Pakai logo polos</source>
        <translation>Use the plain logo</translation>
    </message>
    <message>
        <source>Siapkan kantor baru (wizard)…</source>
        <translation>Set up a new office (wizard)…</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Regency</translation>
    </message>
    <message>
        <source>Nama camat</source>
        <translation>District head&apos;s name</translation>
    </message>
    <message>
        <source>NIP camat</source>
        <translation>District head&apos;s NIP</translation>
    </message>
    <message>
        <source>Alamat kantor</source>
        <translation>Office address</translation>
    </message>
    <message>
        <source>Logo kop laporan</source>
        <translation>Report letterhead logo</translation>
    </message>
    <message>
        <source>belum disiapkan</source>
        <translation>not set up yet</translation>
    </message>
    <message>
        <source>Ini data DEMO (contoh). Untuk data resmi, siapkan kantor baru dengan wizard.</source>
        <translation>This is DEMO data (an example). For official data, set up a new office with the wizard.</translation>
    </message>
    <message>
        <source>Kecamatan diubah hanya lewat wizard penyiapan kantor.</source>
        <translation>The district can only be changed with the office setup wizard.</translation>
    </message>
    <message>
        <source>(polos)</source>
        <translation>(plain)</translation>
    </message>
    <message>
        <source>Belum ada logo; laporan memakai lambang polos bertuliskan LOGO.</source>
        <translation>No logo yet; reports use a plain emblem that reads LOGO.</translation>
    </message>
    <message>
        <source>Logo kabupaten: %s</source>
        <translation>Regency logo: %s</translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Pilih logo kabupaten</source>
        <translation>Choose the regency logo</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>OfficeWizard</name>
    <message>
        <source>Siapkan kantor kecamatan</source>
        <translation>Set up the district office</translation>
    </message>
    <message>
        <source>Selamat datang</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Wizard ini menyiapkan basis data kantor Anda: kecamatan, tahun perencanaan, data referensi, dan pengguna pertama.

Basis data yang sekarang (mis. data demo) tidak dihapus: berkasnya disimpan di folder data dengan nama baru.</source>
        <translation>This wizard sets up your office&apos;s database: the district, the planning year, the reference data and the first user.

The current database (e.g. the demo data) is not deleted: its file is kept in the data folder under a new name.</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source> · prioritas %d · %s</source>
        <translation> · priority %d · %s</translation>
    </message>
    <message>
        <source>%d (%d P)</source>
        <translation>%d (%d F)</translation>
    </message>
    <message>
        <source>%d usulan · perkiraan %s · disepakati %s</source>
        <translation>%d proposals · estimate %s · agreed %s</translation>
    </message>
    <message>
        <source>%s · peringkat %d dari %d · urutan kecamatan %d dari %d</source>
        <translation>%s · rank %d of %d · district order %d of %d</translation>
    </message>
    <message>
        <source>Belum ada usulan di forum.</source>
        <translation>No proposals in the forum yet.</translation>
    </message>
    <message>
        <source>Belum ada usulan yang dibahas.</source>
        <translation>No proposal under discussion yet.</translation>
    </message>
    <message>
        <source>Biaya</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>DISEGEL · kode verifikasi %s</source>
        <translation>SEALED · verification code %s</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Disepakati %s dari %s</source>
        <translation>Agreed %s of %s</translation>
    </message>
    <message>
        <source>Halaman %d dari %d</source>
        <translation>Page %d of %d</translation>
    </message>
    <message>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Keselarasan %d/100</source>
        <translation>Alignment %d/100</translation>
    </message>
    <message>
        <source>Layar presentasi Musrenbang</source>
        <translation>Musrenbang presentation screen</translation>
    </message>
    <message>
        <source>Lebih %s</source>
        <translation>Over by %s</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Nilai gabungan %d/100  (%s dari 5)</source>
        <translation>Combined score %d/100  (%s of 5)</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>OPD %d dari %d · %d usulan</source>
        <translation>Agency %d of %d · %d proposals</translation>
    </message>
    <message>
        <source>OPD belum ditentukan</source>
        <translation>Agency not assigned</translation>
    </message>
    <message>
        <source>OPD: %s</source>
        <translation>Agency: %s</translation>
    </message>
    <message>
        <source>Pagu %s · disepakati %s (%s)</source>
        <translation>Ceiling %s · agreed %s (%s)</translation>
    </message>
    <message>
        <source>Pagu indikatif kecamatan</source>
        <translation>District indicative ceiling</translation>
    </message>
    <message>
        <source>Pagu terpakai</source>
        <translation>Ceiling used</translation>
    </message>
    <message>
        <source>Penilai keselarasan belum menilai usulan ini.</source>
        <translation>The alignment scorer has not scored this proposal yet.</translation>
    </message>
    <message>
        <source>Penilai keselarasan tidak tersedia: keselarasan dinilai netral 3.</source>
        <translation>Alignment scorer unavailable: alignment scored as a neutral 3.</translation>
    </message>
    <message>
        <source>Peringkat per perangkat daerah</source>
        <translation>Ranking per agency</translation>
    </message>
    <message>
        <source>Perkiraan %s</source>
        <translation>Estimate %s</translation>
    </message>
    <message>
        <source>Pilih sesi forum di jendela operator.</source>
        <translation>Choose a forum session in the operator window.</translation>
    </message>
    <message>
        <source>Prioritas teratas</source>
        <translation>Top priorities</translation>
    </message>
    <message>
        <source>Ringkasan kecamatan untuk Forum Perangkat Daerah</source>
        <translation>District summary for the Agency Forum</translation>
    </message>
    <message>
        <source>Sasaran RPJMD: %s</source>
        <translation>RPJMD target: %s</translation>
    </message>
    <message>
        <source>Sisa %s</source>
        <translation>%s remaining</translation>
    </message>
    <message>
        <source>Sub kegiatan: %s %s</source>
        <translation>Sub-activity: %s %s</translation>
    </message>
    <message>
        <source>Tampilan %d/%d</source>
        <translation>View %d/%d</translation>
    </message>
    <message>
        <source>Total biaya</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <source>Urutan diubah forum: %s</source>
        <translation>Rank changed by the forum: %s</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Usulan yang dibahas</source>
        <translation>Proposal under discussion</translation>
    </message>
    <message>
        <source>belum</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>belum ada yang disepakati</source>
        <translation>nothing agreed yet</translation>
    </message>
    <message>
        <source>belum ditetapkan</source>
        <translation>not set yet</translation>
    </message>
    <message>
        <source>bobot %d%%</source>
        <translation>weight %d%%</translation>
    </message>
    <message>
        <source>desa belum diisi</source>
        <translation>village not filled in</translation>
    </message>
    <message>
        <source>hadir</source>
        <translation>present</translation>
    </message>
    <message>
        <source>laki-laki</source>
        <translation>men</translation>
    </message>
    <message>
        <source>perempuan</source>
        <translation>women</translation>
    </message>
    <message>
        <source>tanpa pagu OPD</source>
        <translation>no agency ceiling</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Biaya</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Lembar</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation type="vanished">Number</translation>
    </message>
    <message>
        <source>Nomor/ID</source>
        <translation>Number/ID</translation>
    </message>
    <message>
        <source>OPD (keyakinan)</source>
        <translation>Agency (confidence)</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>baru</source>
        <translation>new</translation>
    </message>
    <message>
        <source>dilewati</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>diperbarui</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>sama</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>terkunci</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>berubah: %s</source>
        <translation>changed: %s</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProposalExport</name>
    <message>
        <source>%d usulan disimpan ke %s.</source>
        <translation>%d proposals saved to %s.</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Ekspor daftar usulan</source>
        <translation>Export proposal list</translation>
    </message>
    <message>
        <source>Ekspor selesai</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="vanished">Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Mengekspor %d usulan…</source>
        <translation>Exporting %d proposals…</translation>
    </message>
    <message>
        <source>Menyiapkan templat…</source>
        <translation>Preparing template…</translation>
    </message>
    <message>
        <source>Simpan templat usulan desa</source>
        <translation>Save village proposal template</translation>
    </message>
    <message>
        <source>Susunan kolom SIPD, Excel (*.xlsx)</source>
        <translation>SIPD column layout, Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Templat disimpan ke %s. Kirimkan ke desa/kelurahan.</source>
        <translation>Template saved to %s. Send it to the villages/wards.</translation>
    </message>
    <message>
        <source>Templat tersimpan</source>
        <translation>Template saved</translation>
    </message>
</context>
<context>
    <name>ProposalForm</name>
    <message>
        <source>Usulan baru</source>
        <translation>New proposal</translation>
    </message>
    <message>
        <source>Ubah usulan</source>
        <translation>Edit proposal</translation>
    </message>
    <message>
        <source>Asal dan lokasi</source>
        <translation>Origin and location</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Dusun / RT / RW</source>
        <translation>Hamlet / RT / RW</translation>
    </message>
    <message>
        <source>Nama jalan, patokan</source>
        <translation>Street name, landmark</translation>
    </message>
    <message>
        <source>-0,4167, 116,9833 atau tempel tautan peta</source>
        <translation>-0.4167, 116.9833 or paste a map link</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Apa yang diusulkan dan di mana</source>
        <translation>What is proposed, and where</translation>
    </message>
    <message>
        <source>Masalah yang ingin diatasi</source>
        <translation>Problem to be solved</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>1 = prioritas utama desa</source>
        <translation>1 = the village&apos;s top priority</translation>
    </message>
    <message>
        <source>Penerima manfaat dan kesiapan</source>
        <translation>Beneficiaries and readiness</translation>
    </message>
    <message>
        <source>jumlah jiwa</source>
        <translation>people</translation>
    </message>
    <message>
        <source>perempuan</source>
        <translation>women</translation>
    </message>
    <message>
        <source>warga miskin</source>
        <translation>poor residents</translation>
    </message>
    <message>
        <source>penyandang disabilitas</source>
        <translation>people with disabilities</translation>
    </message>
    <message>
        <source>Lahan siap</source>
        <translation>Land ready</translation>
    </message>
    <message>
        <source>Ada sertifikat lahan</source>
        <translation>Land certificate available</translation>
    </message>
    <message>
        <source>Penanggung jawab dan keselarasan</source>
        <translation>Responsibility and alignment</translation>
    </message>
    <message>
        <source>mis. 1.03</source>
        <translation>e.g. 1.03</translation>
    </message>
    <message>
        <source>mis. 1.03.10.2.01.0001</source>
        <translation>e.g. 1.03.10.2.01.0001</translation>
    </message>
    <message>
        <source>kode sasaran/program prioritas RPJMD</source>
        <translation>RPJMD target/priority program code</translation>
    </message>
    <message>
        <source>Pemeriksaan isian</source>
        <translation>Form check</translation>
    </message>
    <message>
        <source>— pilih desa/kelurahan —</source>
        <translation>— choose village/ward —</translation>
    </message>
    <message>
        <source>Draf ditemukan</source>
        <translation>Draft found</translation>
    </message>
    <message>
        <source>Ada isian yang belum disimpan untuk usulan ini (%s). Pulihkan isian itu?</source>
        <translation>There are unsaved entries for this proposal (%s). Restore them?</translation>
    </message>
    <message>
        <source>✔ Semua isian wajib sudah benar.</source>
        <translation>✔ All required fields are correct.</translation>
    </message>
    <message>
        <source>Draf tersimpan otomatis.</source>
        <translation>Draft saved automatically.</translation>
    </message>
    <message>
        <source>Tutup formulir</source>
        <translation>Close form</translation>
    </message>
    <message>
        <source>Isian belum disimpan. Simpan sebagai draf untuk dilanjutkan nanti?</source>
        <translation>Entries not saved. Save as a draft to continue later?</translation>
    </message>
    <message>
        <source>Alamat/lokasi</source>
        <translation>Address/location</translation>
    </message>
    <message>
        <source>Bidang urusan</source>
        <translation>Government affairs field</translation>
    </message>
    <message>
        <source>Bujur</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Village/ward</translation>
    </message>
    <message>
        <source>Judul usulan</source>
        <translation>Proposal title</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Regency</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Kewenangan</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Koordinat</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <source>Lintang</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Musrenbang desa/kelurahan</source>
        <translation>Village/ward Musrenbang</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Penerima manfaat</source>
        <translation>Beneficiaries</translation>
    </message>
    <message>
        <source>Penerima manfaat disabilitas</source>
        <translation>Beneficiaries with disabilities</translation>
    </message>
    <message>
        <source>Penerima manfaat miskin</source>
        <translation>Poor beneficiaries</translation>
    </message>
    <message>
        <source>Penerima manfaat perempuan</source>
        <translation>Female beneficiaries</translation>
    </message>
    <message>
        <source>Peringkat prioritas desa</source>
        <translation>Village priority rank</translation>
    </message>
    <message>
        <source>Perkiraan biaya</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <source>Permasalahan</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Pokir DPRD</source>
        <translation>DPRD members (Pokir)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Pusat</source>
        <translation>Central government</translation>
    </message>
    <message>
        <source>Sasaran/program RPJMD</source>
        <translation>RPJMD target/program</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Sertifikat lahan</source>
        <translation>Land certificate</translation>
    </message>
    <message>
        <source>Sub kegiatan</source>
        <translation>Sub-activity</translation>
    </message>
    <message>
        <source>Sumber usulan</source>
        <translation>Proposal source</translation>
    </message>
    <message>
        <source>Usulan kecamatan</source>
        <translation>District proposal</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>%d masalah data: buka usulan untuk melihat rinciannya.</source>
        <translation>%d data problems: open the proposal to see the details.</translation>
    </message>
    <message>
        <source>Bidang</source>
        <translation type="vanished">Field</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation type="vanished">Village/Ward</translation>
    </message>
    <message>
        <source>Dialihkan ke APBDes</source>
        <translation>Moved to village budget (APBDes)</translation>
    </message>
    <message>
        <source>Dibahas di forum</source>
        <translation>In the forum</translation>
    </message>
    <message>
        <source>Digabung</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Disepakati</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Ditunda</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Keputusan kabupaten</source>
        <translation type="vanished">Regency decision</translation>
    </message>
    <message>
        <source>Keputusan kabupaten: %s</source>
        <translation>Regency decision: %s</translation>
    </message>
    <message>
        <source>Kewenangan</source>
        <translation type="vanished">Authority</translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation type="vanished">Problems</translation>
    </message>
    <message>
        <source>Mirip dengan usulan lain di siklus ini (kemungkinan ganda).</source>
        <translation>Similar to another proposal in this cycle (possible duplicate).</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation type="vanished">Number</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation type="vanished">Agency</translation>
    </message>
    <message>
        <source>Peringkat</source>
        <translation type="vanished">Rank</translation>
    </message>
    <message>
        <source>Perkiraan Biaya</source>
        <translation type="vanished">Estimated Cost</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Status</translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Tidak disepakati</source>
        <translation>Not agreed</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation type="vanished">Proposal</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="vanished">Volume</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Usulan baru</source>
        <translation>New proposal</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Ubah status…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <source>Impor Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Templat desa…</source>
        <translation>Village template…</translation>
    </message>
    <message>
        <source>Gabungkan…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <source>Gabungkan usulan terpilih ke satu usulan</source>
        <translation>Merge the selected proposals into one</translation>
    </message>
    <message>
        <source>Terima saran OPD…</source>
        <translation>Accept agency suggestions…</translation>
    </message>
    <message>
        <source>Terima saran penilai (OPD, sub kegiatan, kewenangan) untuk usulan terpilih, atau untuk semua usulan di daftar bila tidak ada yang dipilih</source>
        <translation>Accept the scorer&apos;s suggestions (agency, sub-activity, authority) for the selected proposals, or for every proposal in the list when none is selected</translation>
    </message>
    <message>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Cari judul, permasalahan, atau alamat… (Ctrl+F)</source>
        <translation>Search titles, problems or addresses… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Semua desa/kelurahan</source>
        <translation>All villages/wards</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Semua OPD</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <source>Semua bidang</source>
        <translation>All fields</translation>
    </message>
    <message>
        <source>Semua kewenangan</source>
        <translation>All authorities</translation>
    </message>
    <message>
        <source>Hanya yang bermasalah</source>
        <translation>Only those with problems</translation>
    </message>
    <message>
        <source>Belum ada siklus perencanaan.</source>
        <translation>No planning cycle yet.</translation>
    </message>
    <message>
        <source>%d usulan</source>
        <translation>%d proposals</translation>
    </message>
    <message>
        <source>(tanpa OPD)</source>
        <translation>(no agency)</translation>
    </message>
    <message>
        <source>Kolom yang ditampilkan</source>
        <translation>Columns shown</translation>
    </message>
    <message>
        <source>Ada %d isian usulan baru yang belum disimpan. Klik untuk melanjutkan.</source>
        <translation>There are %d unsaved new proposal entries. Click to continue.</translation>
    </message>
    <message>
        <source>Dialihkan ke APBDes</source>
        <translation>Moved to village budget (APBDes)</translation>
    </message>
    <message>
        <source>Dibahas di forum</source>
        <translation>In the forum</translation>
    </message>
    <message>
        <source>Digabung</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Disepakati</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Ditunda</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Tidak disepakati</source>
        <translation>Not agreed</translation>
    </message>
</context>
<context>
    <name>RankingTableModel</name>
    <message>
        <source>Peringkat OPD</source>
        <translation>Agency rank</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Desa/Kel.</source>
        <translation>Village/Ward</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Biaya/nilai indikatif</source>
        <translation>Cost/indicative amount</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Saran pagu</source>
        <translation>Ceiling suggestion</translation>
    </message>
    <message>
        <source>muat</source>
        <translation>fits</translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <source>Impor berkas…</source>
        <translation>Import file…</translation>
    </message>
    <message>
        <source>Berkas CSV atau XLSX; semua baris diperiksa dan satu kesalahan membatalkan seluruh impor.</source>
        <translation>A CSV or XLSX file; every row is checked and a single error cancels the whole import.</translation>
    </message>
    <message>
        <source>Jenis data:</source>
        <translation>Data type:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Data Referensi&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Reference Data&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Nomenklatur</source>
        <translation>Nomenclature</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>RPJMD</source>
        <translation>RPJMD</translation>
    </message>
    <message>
        <source>Perangkat Daerah (OPD)</source>
        <translation>Regional agencies (OPD)</translation>
    </message>
    <message>
        <source>Renstra OPD</source>
        <translation>Agency Renstra</translation>
    </message>
    <message>
        <source>Kamus usulan</source>
        <translation>Proposal dictionary</translation>
    </message>
    <message>
        <source>Pilih berkas referensi</source>
        <translation>Choose reference file</translation>
    </message>
    <message>
        <source>Tabel (*.xlsx *.csv);;Semua berkas (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Mengimpor %s…</source>
        <translation>Importing %s…</translation>
    </message>
    <message>
        <source>%d baris dari %s diimpor (%d baru, %d diperbarui, %d diganti).</source>
        <translation>%d rows imported from %s (%d new, %d updated, %d replaced).</translation>
    </message>
    <message>
        <source>Impor gagal; tidak ada data yang diubah.</source>
        <translation>Import failed; no data was changed.</translation>
    </message>
    <message>
        <source>Data referensi</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <source>Nomenklatur, wilayah, dan OPD. Berkas kabupaten menggantikan data bawaan.</source>
        <translation>Nomenclature, regions and agencies. The regency&apos;s files replace the built-in data.</translation>
    </message>
    <message>
        <source>Gunakan data bawaan (nomenklatur Permendagri 90, wilayah dan OPD bawaan Kukar)</source>
        <translation>Use the built-in data (Permendagri 90 nomenclature, Kukar&apos;s built-in regions and agencies)</translation>
    </message>
    <message>
        <source>Gunakan data bawaan, lalu impor berkas kabupaten di bawah ini</source>
        <translation>Use the built-in data, then import the regency&apos;s files below</translation>
    </message>
    <message>
        <source>(tidak diimpor)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Pilih berkas</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>Tabel (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Bidang urusan</source>
        <translation>Government affairs field</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Regency</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>Misi</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Nomenklatur (Permendagri 90)</source>
        <translation>Nomenclature (Permendagri 90)</translation>
    </message>
    <message>
        <source>Pagu indikatif kecamatan</source>
        <translation>District indicative ceiling</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Program prioritas</source>
        <translation>Priority program</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Sasaran</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Sub kegiatan</source>
        <translation>Sub-activity</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Urusan</source>
        <translation>Government affair</translation>
    </message>
    <message>
        <source>Visi</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Wilayah (kode Kemendagri)</source>
        <translation>Regions (Kemendagri codes)</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <source>Wilayah dan tahun perencanaan</source>
        <translation>Region and planning year</translation>
    </message>
    <message>
        <source>Pilih kecamatan kantor ini. Data usulan hanya untuk desa/kelurahan kecamatan ini.</source>
        <translation>Choose this office&apos;s district. Proposals are only for the villages/wards of this district.</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Regency</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Tahun perencanaan (RKPD)</source>
        <translation>Planning year (RKPD)</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Buka kembali sesi yang disegel</source>
        <translation>Reopen a sealed session</translation>
    </message>
    <message>
        <source>Hanya admin. Alasan dicatat di rantai audit dan terlihat saat pemeriksaan.</source>
        <translation>Admins only. The reason is recorded in the audit chain and shown on verification.</translation>
    </message>
    <message>
        <source>Pengguna admin</source>
        <translation>Admin user</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Buat pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Simpan Excel…</source>
        <translation>Save Excel…</translation>
    </message>
    <message>
        <source>Logo kabupaten…</source>
        <translation>Regency logo…</translation>
    </message>
    <message>
        <source>Dokumen:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>Sesi forum:</source>
        <translation>Forum session:</translation>
    </message>
    <message>
        <source>Nama camat</source>
        <translation>District head&apos;s name</translation>
    </message>
    <message>
        <source>Pengaturan → Kantor</source>
        <translation>Settings → Office</translation>
    </message>
    <message>
        <source>NIP camat</source>
        <translation>District head&apos;s NIP</translation>
    </message>
    <message>
        <source>Alamat kantor</source>
        <translation>Office address</translation>
    </message>
    <message>
        <source>Logo kabupaten</source>
        <translation>Regency logo</translation>
    </message>
    <message>
        <source>Laporan → Logo kabupaten…</source>
        <translation>Reports → Regency logo…</translation>
    </message>
    <message>
        <source>Pagu indikatif kecamatan dan pagu per perangkat daerah</source>
        <translation>Indicative district ceiling and ceilings per agency</translation>
    </message>
    <message>
        <source>Data Referensi → Pagu</source>
        <translation>Reference data → Ceilings</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sebelum dokumen siap ditandatangani, lengkapi dulu:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Before the documents are ready to sign, fill in first:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Belum ada sesi forum. Buat dan jalankan sesi di halaman Forum, lalu kembali ke sini untuk mencetak laporannya.</source>
        <translation>There is no forum session yet. Create and run a session on the Forum page, then come back here to print its reports.</translation>
    </message>
    <message>
        <source>Menyusun laporan…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <source>Halaman %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source> Pratinjau menampilkan %1 halaman pertama; cetak dan simpan memuat semuanya.</source>
        <translation> The preview shows the first %1 pages; printing and saving include all of them.</translation>
    </message>
    <message>
        <source>Kode verifikasi %1.</source>
        <translation>Verification code %1.</translation>
    </message>
    <message>
        <source>Sesi belum disegel: laporan ini DRAF.</source>
        <translation>The session is not sealed: this report is a DRAFT.</translation>
    </message>
    <message>
        <source>%1 halaman siap.</source>
        <translation>%1 pages ready.</translation>
    </message>
    <message>
        <source>Cetak laporan</source>
        <translation>Print report</translation>
    </message>
    <message>
        <source>Printer tidak dapat dibuka. Periksa printer lalu coba lagi.</source>
        <translation>The printer cannot be opened. Check the printer and try again.</translation>
    </message>
    <message>
        <source>%1 halaman dikirim ke printer.</source>
        <translation>%1 pages sent to the printer.</translation>
    </message>
    <message>
        <source>Mencetak halaman %1 dari %2…</source>
        <translation>Printing page %1 of %2…</translation>
    </message>
    <message>
        <source>Simpan laporan PDF</source>
        <translation>Save report as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Simpan laporan Excel</source>
        <translation>Save report as Excel</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>halaman</source>
        <translation>pages</translation>
    </message>
    <message>
        <source>lembar kerja</source>
        <translation>worksheets</translation>
    </message>
    <message>
        <source>Tersimpan: %1 (%2 %3).</source>
        <translation>Saved: %1 (%2 %3).</translation>
    </message>
    <message>
        <source>Menyimpan laporan…</source>
        <translation>Saving the report…</translation>
    </message>
    <message>
        <source>Pilih logo kabupaten</source>
        <translation>Choose the regency logo</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo kabupaten diganti; laporan berikutnya memakainya.</source>
        <translation>Regency logo replaced; the next reports use it.</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <source>Segel sesi</source>
        <translation>Seal session</translation>
    </message>
    <message>
        <source>%d dari %d usulan belum diputuskan. Sesi yang disegel tidak dapat diubah kecuali dibuka kembali oleh admin. Pilih apa yang terjadi dengan usulan ini:</source>
        <translation>%d of %d proposals are not decided yet. A sealed session cannot be changed unless an admin reopens it. Choose what happens to these proposals:</translation>
    </message>
    <message>
        <source>Tandai semua sisanya &quot;belum dibahas&quot; lalu segel</source>
        <translation>Mark all the rest &quot;not discussed&quot; and seal</translation>
    </message>
    <message>
        <source>Kembali memutuskan</source>
        <translation>Go back to deciding</translation>
    </message>
    <message>
        <source>Semua %d usulan sudah diputuskan. Setelah disegel, keputusan tidak dapat diubah kecuali dibuka kembali oleh admin. Segel sekarang?</source>
        <translation>All %d proposals are decided. Once sealed, decisions cannot be changed unless an admin reopens the session. Seal now?</translation>
    </message>
    <message>
        <source>Segel sekarang</source>
        <translation>Seal now</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ServerTab</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>ID perangkat</source>
        <translation>Device ID</translation>
    </message>
    <message>
        <source>Sinkron terakhir</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Menunggu dikirim</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>kode sekali pakai dari admin kabupaten</source>
        <translation>one-time code from the regency admin</translation>
    </message>
    <message>
        <source>Izinkan HTTP tanpa enkripsi (hanya jaringan tertutup kantor)</source>
        <translation>Allow unencrypted HTTP (closed office network only)</translation>
    </message>
    <message>
        <source>Daftarkan laptop ini</source>
        <translation>Enrol this laptop</translation>
    </message>
    <message>
        <source>Buka halaman Sinkronisasi</source>
        <translation>Open the Sync page</translation>
    </message>
    <message>
        <source>Alamat server</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Kode pendaftaran</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>Setiap laptop didaftarkan sendiri ke server kabupaten dengan kode sekali pakai dari admin kabupaten. Setelah pindah laptop (Pengaturan → Pindah laptop), kredensial sinkronisasi tidak ikut: daftarkan laptop baru lagi di sini, lalu minta admin mencabut laptop lama.</source>
        <translation>Each laptop is enrolled with the regency server on its own, with a one-time code from the regency admin. After moving to a new laptop (Settings → Move to new laptop), the sync credentials do not come along: enrol the new laptop here again, then ask the admin to revoke the old one.</translation>
    </message>
    <message>
        <source>Terdaftar (kecamatan %s)</source>
        <translation>Enrolled (district %s)</translation>
    </message>
    <message>
        <source>Belum terdaftar — data hanya tersimpan di laptop ini.</source>
        <translation>Not enrolled — data is only stored on this laptop.</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Laptop ini terdaftar ke %s.</source>
        <translation>This laptop is enrolled with %s.</translation>
    </message>
    <message>
        <source>Pendaftaran gagal: %s</source>
        <translation>Enrolment failed: %s</translation>
    </message>
    <message>
        <source>Laptop ini belum terdaftar; data tetap di laptop ini.</source>
        <translation>This laptop is not enrolled; the data stays on this laptop.</translation>
    </message>
    <message>
        <source>Laptop ini BELUM terdaftar.</source>
        <translation>This laptop is NOT enrolled.</translation>
    </message>
    <message>
        <source>Periksa alamat server dan jaringan kantor, lalu klik Daftarkan laptop ini lagi. Data tetap aman di laptop ini.</source>
        <translation>Check the server address and the office network, then click Enrol this laptop again. The data stays safe on this laptop.</translation>
    </message>
    <message>
        <source>Pendaftaran gagal; laptop ini belum terdaftar.</source>
        <translation>Enrolment failed; this laptop is not enrolled.</translation>
    </message>
    <message>
        <source>Menghubungi %s… (bisa sampai setengah menit bila jaringan lambat)</source>
        <translation>Contacting %s… (up to half a minute on a slow network)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Umum</source>
        <translation type="vanished">General</translation>
    </message>
    <message>
        <source>Siapkan kantor baru (wizard)…</source>
        <translation type="vanished">Set up a new office (wizard)…</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Server sinkronisasi</source>
        <translation>Sync server</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Pindah laptop</source>
        <translation>Move to new laptop</translation>
    </message>
    <message>
        <source>Log &amp;&amp; diagnosis</source>
        <translation>Logs &amp;&amp; diagnostics</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Pengguna lokal</source>
        <translation type="vanished">Local users</translation>
    </message>
    <message>
        <source>nama pengguna</source>
        <translation type="vanished">username</translation>
    </message>
    <message>
        <source>nama lengkap</source>
        <translation type="vanished">full name</translation>
    </message>
    <message>
        <source>kata sandi (min. 8)</source>
        <translation type="vanished">password (min. 8)</translation>
    </message>
    <message>
        <source>Tambah pengguna</source>
        <translation type="vanished">Add user</translation>
    </message>
    <message>
        <source>Aktif/nonaktifkan</source>
        <translation type="vanished">Enable/disable</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi…</source>
        <translation type="vanished">Reset password…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Pengaturan&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Settings&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Bahasa baru berlaku setelah aplikasi dibuka ulang.</source>
        <translation type="vanished">The new language takes effect after the application is restarted.</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation type="vanished">Username</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation type="vanished">Full name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation type="vanished">Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Status</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation type="vanished">active</translation>
    </message>
    <message>
        <source>nonaktif</source>
        <translation type="vanished">inactive</translation>
    </message>
    <message>
        <source>Kata sandi baru</source>
        <translation type="vanished">New password</translation>
    </message>
    <message>
        <source>Kata sandi baru untuk %s:</source>
        <translation type="vanished">New password for %s:</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation type="vanished">Password</translation>
    </message>
    <message>
        <source>Kata sandi %s sudah diganti.</source>
        <translation type="vanished">The password of %s has been changed.</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="vanished">Admin</translation>
    </message>
    <message>
        <source>Bahasa antarmuka</source>
        <translation type="vanished">Interface language</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="vanished">Operator</translation>
    </message>
    <message>
        <source>Penyaji forum</source>
        <translation type="vanished">Forum presenter</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Ubah status usulan</source>
        <translation>Change proposal status</translation>
    </message>
    <message>
        <source>(%d dari %d usulan)</source>
        <translation>(%d of %d proposals)</translation>
    </message>
    <message>
        <source>Alasan (wajib untuk ditolak, dialihkan, ditunda, atau digabung)</source>
        <translation>Reason (required when rejected, moved, postponed or merged)</translation>
    </message>
    <message>
        <source>%d usulan dipilih.</source>
        <translation>%d proposals selected.</translation>
    </message>
    <message>
        <source>Tidak ada status yang berlaku untuk semua usulan terpilih.</source>
        <translation>No status applies to all the selected proposals.</translation>
    </message>
    <message>
        <source>Status baru:</source>
        <translation>New status:</translation>
    </message>
    <message>
        <source>Alasan:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>%d usulan lain tidak dapat diubah ke status ini dan dibiarkan seperti semula.</source>
        <translation>%d other proposals cannot take this status and are left as they were.</translation>
    </message>
    <message>
        <source>Wajib diisi</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Boleh dikosongkan</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Dialihkan ke APBDes</source>
        <translation>Moved to village budget (APBDes)</translation>
    </message>
    <message>
        <source>Dibahas di forum</source>
        <translation>In the forum</translation>
    </message>
    <message>
        <source>Digabung</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Disepakati</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Ditunda</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Tidak disepakati</source>
        <translation>Not agreed</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>Saran penilai keselarasan</source>
        <translation>Alignment scorer&apos;s suggestion</translation>
    </message>
    <message>
        <source>Ketik judul usulan untuk melihat saran.</source>
        <translation>Type a proposal title to see suggestions.</translation>
    </message>
    <message>
        <source>&amp;Terima saran</source>
        <translation>&amp;Take suggestion</translation>
    </message>
    <message>
        <source>Isi OPD, bidang, dan sub kegiatan dari saran ini (Alt+T)</source>
        <translation>Fill in the agency, field and sub-activity from this suggestion (Alt+T)</translation>
    </message>
    <message>
        <source>Bidang urusan</source>
        <translation>Government affairs field</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Sub kegiatan</source>
        <translation>Sub-activity</translation>
    </message>
    <message>
        <source>Kewenangan</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Komponen</source>
        <translation>Components</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sinkronisasi: memeriksa…</source>
        <translation>Sync: checking…</translation>
    </message>
    <message>
        <source>Data demo · tidak dikirim</source>
        <translation>Demo data · never sent</translation>
    </message>
    <message>
        <source>Kantor demo: data contoh hanya di komputer ini dan tidak disinkronkan.</source>
        <translation>Demo office: the sample data stays on this computer and is not synchronised.</translation>
    </message>
    <message>
        <source>○ Belum terdaftar · %s menunggu</source>
        <translation>○ Not enrolled · %s waiting</translation>
    </message>
    <message>
        <source>Daftarkan perangkat ini di halaman Sinkronisasi agar data terkirim.</source>
        <translation>Enrol this device on the Sync page so data is sent.</translation>
    </message>
    <message>
        <source>⏸ Sinkronisasi dijeda · %s menunggu</source>
        <translation>⏸ Sync paused · %s waiting</translation>
    </message>
    <message>
        <source>Server menolak token perangkat. Daftarkan ulang dengan kode baru; data tetap aman.</source>
        <translation>The server rejected the device token. Enrol again with a new code; the data stays safe.</translation>
    </message>
    <message>
        <source>● Daring · %s menunggu</source>
        <translation>● Online · %s waiting</translation>
    </message>
    <message>
        <source>Server kabupaten terhubung; perubahan dikirim otomatis.</source>
        <translation>Connected to the regency server; changes are sent automatically.</translation>
    </message>
    <message>
        <source>○ Luring · %s menunggu</source>
        <translation>○ Offline · %s waiting</translation>
    </message>
    <message>
        <source>Server tidak terjangkau. Data tersimpan di komputer ini dan dikirim otomatis saat koneksi kembali.</source>
        <translation>The server cannot be reached. Data is kept on this computer and sent automatically when the connection returns.</translation>
    </message>
    <message>
        <source>⟳ Menyinkronkan… (%s menunggu)</source>
        <translation>⟳ Syncing… (%s waiting)</translation>
    </message>
    <message>
        <source>● Sinkron · 0 menunggu</source>
        <translation>● In sync · 0 waiting</translation>
    </message>
    <message>
        <source>● Daring · %s menunggu · perlu perhatian</source>
        <translation>● Online · %s waiting · needs attention</translation>
    </message>
    <message>
        <source>Ada data yang ditolak atau konflik: buka halaman Sinkronisasi.</source>
        <translation>Some data was rejected or conflicts: open the Sync page.</translation>
    </message>
    <message>
        <source>○ Gagal sinkron · %s menunggu</source>
        <translation>○ Sync failed · %s waiting</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sinkronkan sekarang</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Jenis data</source>
        <translation>Data type</translation>
    </message>
    <message>
        <source>Menunggu dikirim</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Keterangan dari server</source>
        <translation>Server message</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Versi kantor ini</source>
        <translation>This office&apos;s version</translation>
    </message>
    <message>
        <source>Versi di server</source>
        <translation>Server version</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Tanggapan kabupaten</source>
        <translation>Regency response</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Pakai versi kantor ini</source>
        <translation>Use this office&apos;s version</translation>
    </message>
    <message>
        <source>Pakai versi server</source>
        <translation>Use the server version</translation>
    </message>
    <message>
        <source>Data ini diubah di dua tempat. Server menyimpan versinya; versi kantor ini disimpan di sini dan tidak hilang. Pilih versi yang benar; pilihan dikirim pada sinkronisasi berikutnya.</source>
        <translation>This data was changed in two places. The server kept its version; this office&apos;s version is kept here and is not lost. Choose the right version; the choice is sent with the next sync.</translation>
    </message>
    <message>
        <source>Ditolak / tertahan</source>
        <translation>Rejected / held</translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Perangkat ini belum terdaftar ke server kabupaten. Minta alamat server dan kode pendaftaran ke admin Bappeda, lalu buka Pengaturan → Server sinkronisasi dan klik &quot;Daftarkan laptop ini&quot;.</source>
        <translation>This device is not enrolled with the regency server. Ask the Bappeda admin for the server address and an enrolment code, then open Settings → Sync server and click &quot;Enrol this laptop&quot;.</translation>
    </message>
    <message>
        <source>Perangkat ini belum terdaftar ke server kabupaten. Minta kode pendaftaran ke admin Bappeda, lalu jalankan: musrenbang sync enroll --server URL --code KODE</source>
        <translation type="vanished">This device is not enrolled with the regency server yet. Ask the Bappeda admin for an enrolment code, then run: musrenbang sync enroll --server URL --code CODE</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Kecamatan %1 → %2. Sinkron terakhir: %3.</source>
        <translation>District %1 → %2. Last sync: %3.</translation>
    </message>
    <message>
        <source>Menunggu dikirim: %1 · ditolak: %2 · konflik: %3</source>
        <translation>Waiting to be sent: %1 · rejected: %2 · conflicts: %3</translation>
    </message>
    <message>
        <source>Sinkronisasi dijeda: %1</source>
        <translation>Sync paused: %1</translation>
    </message>
    <message>
        <source>Kesalahan terakhir: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>tertahan</source>
        <translation>held</translation>
    </message>
    <message>
        <source>Konflik (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>Sinkronisasi berjalan…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Selesai: %1 perubahan terkirim; semua data sudah sinkron.</source>
        <translation>Done: %1 changes sent; all data is in sync.</translation>
    </message>
    <message>
        <source>Selesai dengan catatan: %1 terkirim, %2 ditolak, %3 konflik, %4 masih menunggu. Lihat tab di bawah.</source>
        <translation>Done with notes: %1 sent, %2 rejected, %3 conflicts, %4 still waiting. See the tabs below.</translation>
    </message>
    <message>
        <source>Pilihan disimpan; dikirim ke server pada sinkronisasi berikutnya.</source>
        <translation>Choice saved; it is sent to the server with the next sync.</translation>
    </message>
</context>
<context>
    <name>TransferTab</name>
    <message>
        <source>Untuk pindah ke laptop baru: di laptop lama simpan seluruh data kantor ke satu berkas (mis. di flashdisk), lalu di laptop baru buka berkas itu di sini. Berkas berisi basis data, semua lampiran dan logo kop laporan. Kode SHA-256 memastikan berkasnya utuh.

Kredensial sinkronisasi TIDAK ikut: setelah impor, daftarkan laptop baru ke server di tab Server sinkronisasi.</source>
        <translation>To move to a new laptop: on the old laptop, save all the office data to one file (e.g. on a USB drive), then open that file here on the new laptop. The file holds the database, every attachment and the report letterhead logo. A SHA-256 code makes sure the file is intact.

The sync credentials do NOT come along: after the import, enrol the new laptop with the server in the Sync server tab.</translation>
    </message>
    <message>
        <source>Di laptop lama</source>
        <translation>On the old laptop</translation>
    </message>
    <message>
        <source>Simpan data kantor ke berkas…</source>
        <translation>Save office data to a file…</translation>
    </message>
    <message>
        <source>Di laptop baru</source>
        <translation>On the new laptop</translation>
    </message>
    <message>
        <source>Buka berkas pindahan…</source>
        <translation>Open transfer file…</translation>
    </message>
    <message>
        <source>Simpan data kantor</source>
        <translation>Save office data</translation>
    </message>
    <message>
        <source>Berkas pindahan Musrenbang (*.musrenbang)</source>
        <translation>Musrenbang transfer files (*.musrenbang)</translation>
    </message>
    <message>
        <source>Menyimpan data kantor…</source>
        <translation>Saving the office data…</translation>
    </message>
    <message>
        <source>Tersimpan: %s (%s), %d lampiran.</source>
        <translation>Saved: %s (%s), %d attachments.</translation>
    </message>
    <message>
        <source>Kode SHA-256: %s</source>
        <translation>SHA-256 code: %s</translation>
    </message>
    <message>
        <source>Salin juga berkas %s.sha256 di sebelahnya; di laptop baru kodenya diperiksa.</source>
        <translation>Also copy the file %s.sha256 next to it; the new laptop checks the code.</translation>
    </message>
    <message>
        <source>Perhatian: %d lampiran tidak ditemukan atau rusak di laptop ini dan tidak ikut.</source>
        <translation>Note: %d attachments are missing or damaged on this laptop and were left out.</translation>
    </message>
    <message>
        <source>Buka berkas pindahan</source>
        <translation>Open transfer file</translation>
    </message>
    <message>
        <source>Memeriksa berkas…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Berkas utuh (SHA-256 %s).
%s</source>
        <translation>The file is intact (SHA-256 %s).
%s</translation>
    </message>
    <message>
        <source>Ganti data kantor</source>
        <translation>Replace office data</translation>
    </message>
    <message>
        <source>Berkas utuh; semua kode SHA-256 cocok.

%s

Ganti data kantor di laptop ini dengan isi berkas ini? Data saat ini dicadangkan dulu (alasan: Sebelum impor). Sesudahnya Anda diminta masuk lagi, lalu daftarkan laptop ini ke server sinkronisasi.</source>
        <translation>The file is intact; every SHA-256 code matches.

%s

Replace the office data on this laptop with the contents of this file? The current data is backed up first (reason: Before import). Afterwards you are asked to sign in again; then enrol this laptop with the sync server.</translation>
    </message>
    <message>
        <source>Data kantor diimpor: %d lampiran ditambahkan, %d sudah ada.</source>
        <translation>Office data imported: %d attachments added, %d already present.</translation>
    </message>
    <message>
        <source>Data lama dicadangkan: %s</source>
        <translation>Old data backed up: %s</translation>
    </message>
    <message>
        <source>Logo kop surat ikut dipindahkan.</source>
        <translation>The letterhead logo was moved as well.</translation>
    </message>
    <message>
        <source>Laptop ini perlu didaftarkan ulang ke server %s (tab Server sinkronisasi).</source>
        <translation>This laptop must be enrolled again with the server %s (Sync server tab).</translation>
    </message>
    <message>
        <source>Mengimpor data kantor…</source>
        <translation>Importing the office data…</translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <source>Pengguna pertama</source>
        <translation>First user</translation>
    </message>
    <message>
        <source>Pengguna ini mengelola kantor. Kata sandi disimpan tersandi (Argon2), tidak pernah sebagai teks.</source>
        <translation>This user manages the office. The password is stored hashed (Argon2), never as text.</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Isi nama pengguna dan nama lengkap.</source>
        <translation>Fill in the username and full name.</translation>
    </message>
    <message>
        <source>Kata sandi paling sedikit %d karakter.</source>
        <translation>The password needs at least %d characters.</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Penyaji forum</source>
        <translation>Forum presenter</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>nama pengguna</source>
        <translation>username</translation>
    </message>
    <message>
        <source>nama lengkap</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>kata sandi (min. 8)</source>
        <translation>password (min. 8)</translation>
    </message>
    <message>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Aktif/nonaktifkan</source>
        <translation>Enable/disable</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Akun untuk masuk ke aplikasi di laptop ini. Hanya admin yang dapat menambah pengguna atau mengganti kata sandi.</source>
        <translation>Accounts for signing in to the app on this laptop. Only an admin can add users or change passwords.</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Kata sandi baru untuk %s:</source>
        <translation>New password for %s:</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Kata sandi %s sudah diganti.</source>
        <translation>The password of %s has been changed.</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Penyaji forum</source>
        <translation>Forum presenter</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>
  … dan {more} lainnya.</source>
        <translation>
  … and {more} more.</translation>
    </message>
    <message>
        <source>
  … dan {more} masalah lain.</source>
        <translation>
  … and {more} other problems.</translation>
    </message>
    <message>
        <source> (batas wilayah perkiraan)</source>
        <translation> (approximate boundary)</translation>
    </message>
    <message>
        <source>&apos;{sex_text}&apos; bukan L atau P</source>
        <translation>&apos;{sex_text}&apos; is not L or P</translation>
    </message>
    <message>
        <source>&apos;{short}&apos; bukan angka (contoh: 12,5)</source>
        <translation type="vanished">&apos;{short}&apos; is not a number (example: 12.5)</translation>
    </message>
    <message>
        <source>&apos;{short}&apos; bukan angka koordinat</source>
        <translation>&apos;{short}&apos; is not a coordinate number</translation>
    </message>
    <message>
        <source>&apos;{short}&apos; bukan ya/tidak</source>
        <translation>&apos;{short}&apos; is not yes/no</translation>
    </message>
    <message>
        <source>&apos;{short}&apos; tidak ada di daftar satuan; boleh dipakai, tetapi periksa ejaannya (contoh: m, m², unit, titik, paket)</source>
        <translation>&apos;{short}&apos; is not in the list of units; it may be used, but check the spelling (examples: m, m², unit, point, package)</translation>
    </message>
    <message>
        <source>&apos;{short}&apos; tidak dikenal; pilih {choices}</source>
        <translation>&apos;{short}&apos; is not known; choose {choices}</translation>
    </message>
    <message>
        <source>&apos;{unsur_text}&apos; tidak dikenal</source>
        <translation>&apos;{unsur_text}&apos; is not known</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Admin terakhir tidak dapat dinonaktifkan.</source>
        <translation>The last admin cannot be deactivated.</translation>
    </message>
    <message>
        <source>Akun {username} bukan admin.</source>
        <translation>Account {username} is not an admin.</translation>
    </message>
    <message>
        <source>Akun {username} sudah dinonaktifkan.</source>
        <translation>The account {username} has been deactivated.</translation>
    </message>
    <message>
        <source>Alamat kantor terlalu panjang (maks. 500 huruf).</source>
        <translation>The office address is too long (at most 500 characters).</translation>
    </message>
    <message>
        <source>Alamat server &apos;{url}&apos; tidak sah.</source>
        <translation>The server address &apos;{url}&apos; is not valid.</translation>
    </message>
    <message>
        <source>Alamat/lokasi</source>
        <translation>Address/location</translation>
    </message>
    <message>
        <source>Alasan dicatat di rantai audit dan dapat dibaca siapa pun yang memeriksa.</source>
        <translation>The reason is recorded in the audit chain and can be read by anyone who checks it.</translation>
    </message>
    <message>
        <source>Alasan membuka kembali sesi wajib diisi.</source>
        <translation>A reason for reopening the session is required.</translation>
    </message>
    <message>
        <source>Alasan pemindahan urutan wajib diisi.</source>
        <translation>A reason for moving the order is required.</translation>
    </message>
    <message>
        <source>Alasan status</source>
        <translation>Status reason</translation>
    </message>
    <message>
        <source>Alasan wajib diisi untuk keputusan {outcome}.</source>
        <translation>A reason is required for the decision {outcome}.</translation>
    </message>
    <message>
        <source>Alasan wajib diisi untuk status {status}.</source>
        <translation>A reason is required for the status {status}.</translation>
    </message>
    <message>
        <source>Anggota DPRD</source>
        <translation>DPRD member</translation>
    </message>
    <message>
        <source>BPD</source>
        <translation>BPD</translation>
    </message>
    <message>
        <source>Baris pertama harus berisi nama kolom id,text.</source>
        <translation>The first row must hold the column names id,text.</translation>
    </message>
    <message>
        <source>Basis data ini milik kecamatan {kecamatan_code}.</source>
        <translation>This database belongs to district {kecamatan_code}.</translation>
    </message>
    <message>
        <source>Basis data mungkin sedang dipakai program lain: tutup aplikasi Musrenbang yang lain (atau mulai ulang laptop), lalu coba lagi.</source>
        <translation>The database may be in use by another program: close the other Musrenbang application (or restart the laptop), then try again.</translation>
    </message>
    <message>
        <source>Basis data tidak dapat diganti ({strerror}).</source>
        <translation>The database cannot be replaced ({strerror}).</translation>
    </message>
    <message>
        <source>Batasnya {file_bytes} MB; pecah berkas menjadi beberapa bagian.</source>
        <translation>The limit is {file_bytes} MB; split the file into several parts.</translation>
    </message>
    <message>
        <source>Belum ada basis data untuk dicadangkan.</source>
        <translation>There is no database to back up yet.</translation>
    </message>
    <message>
        <source>Belum ada data kantor untuk dipindahkan.</source>
        <translation>There is no office data to move yet.</translation>
    </message>
    <message>
        <source>Belum ada keputusan di sesi ini; tidak ada yang dapat disegel.</source>
        <translation>There are no decisions in this session yet; there is nothing to seal.</translation>
    </message>
    <message>
        <source>Belum ada perempuan di delegasi; Permendagri 86/2017 meminta keterwakilan perempuan.</source>
        <translation>There are no women in the delegation yet; Permendagri 86/2017 asks for women to be represented.</translation>
    </message>
    <message>
        <source>Belum ada sesi forum.</source>
        <translation>No forum session yet.</translation>
    </message>
    <message>
        <source>Belum ada siklus demo.</source>
        <translation>No demo cycle yet.</translation>
    </message>
    <message>
        <source>Belum ada siklus perencanaan untuk menampung usulan.</source>
        <translation>There is no planning cycle to hold the proposals yet.</translation>
    </message>
    <message>
        <source>Belum ada siklus perencanaan.</source>
        <translation>No planning cycle yet.</translation>
    </message>
    <message>
        <source>Beri bobot pada paling sedikit satu kriteria.</source>
        <translation>Give at least one criterion a weight.</translation>
    </message>
    <message>
        <source>Berkas CSV {name} tidak dapat dibaca: {exc}.</source>
        <translation>The CSV file {name} cannot be read: {exc}.</translation>
    </message>
    <message>
        <source>Berkas ini tidak dibuat oleh Excel/LibreOffice biasa; buka dan simpan ulang dari Excel sebagai .xlsx.</source>
        <translation>This file was not made by ordinary Excel/LibreOffice; open it and save it again from Excel as .xlsx.</translation>
    </message>
    <message>
        <source>Berkas keluaran {path} tidak dapat ditulis: {strerror}.</source>
        <translation>The output file {path} cannot be written: {strerror}.</translation>
    </message>
    <message>
        <source>Berkas logo {name} tidak dapat dibaca sebagai gambar ({exc}).</source>
        <translation>The logo file {name} cannot be read as an image ({exc}).</translation>
    </message>
    <message>
        <source>Berkas logo {path} tidak ditemukan.</source>
        <translation>The logo file {path} was not found.</translation>
    </message>
    <message>
        <source>Berkas masukan tidak ditemukan: {path}.</source>
        <translation type="vanished">Input file not found: {path}.</translation>
    </message>
    <message>
        <source>Berkas pindahan tidak dapat ditulis ke {parent} ({strerror}).</source>
        <translation>The transfer file cannot be written to {parent} ({strerror}).</translation>
    </message>
    <message>
        <source>Berkas {file_name}: {where}baris {row}, kolom {column} berisi sel yang terlalu panjang (lebih dari {chars} huruf).</source>
        <translation>File {file_name}: {where}row {row}, column {column} holds a cell that is too long (more than {chars} characters).</translation>
    </message>
    <message>
        <source>Berkas {name} berisi data biner, bukan teks CSV.</source>
        <translation>The file {name} holds binary data, not CSV text.</translation>
    </message>
    <message>
        <source>Berkas {name} berisi lebih dari {cells} sel.</source>
        <translation>The file {name} holds more than {cells} cells.</translation>
    </message>
    <message>
        <source>Berkas {name} berisi lebih dari {rows} baris.</source>
        <translation>The file {name} holds more than {rows} rows.</translation>
    </message>
    <message>
        <source>Berkas {name} berisi sel yang terlalu panjang (lebih dari {chars} huruf).</source>
        <translation>The file {name} holds a cell that is too long (more than {chars} characters).</translation>
    </message>
    <message>
        <source>Berkas {name} bukan XLSX yang sah.</source>
        <translation type="vanished">The file {name} is not a valid XLSX file.</translation>
    </message>
    <message>
        <source>Berkas {name} bukan berkas Excel/LibreOffice yang sah.</source>
        <translation>The file {name} is not a valid Excel/LibreOffice file.</translation>
    </message>
    <message>
        <source>Berkas {name} bukan berkas pindahan Musrenbang (tanpa manifest).</source>
        <translation>The file {name} is not a Musrenbang transfer file (no manifest).</translation>
    </message>
    <message>
        <source>Berkas {name} bukan berkas pindahan Musrenbang.</source>
        <translation>The file {name} is not a Musrenbang transfer file.</translation>
    </message>
    <message>
        <source>Berkas {name} bukan cadangan basis data Musrenbang.</source>
        <translation>The file {name} is not a Musrenbang database backup.</translation>
    </message>
    <message>
        <source>Berkas {name} bukan foto (JPEG/PNG), PDF, Excel (.xlsx) atau Word (.docx).</source>
        <translation>The file {name} is not a photo (JPEG/PNG), PDF, Excel (.xlsx) or Word (.docx) file.</translation>
    </message>
    <message>
        <source>Berkas {name} bukan tabel teks (CSV) yang dapat dibaca.</source>
        <translation type="vanished">The file {name} is not a readable text table (CSV).</translation>
    </message>
    <message>
        <source>Berkas {name} dibuat oleh versi aplikasi yang lebih baru ({get}).</source>
        <translation>The file {name} was made by a newer version of the application ({get}).</translation>
    </message>
    <message>
        <source>Berkas {name} kosong.</source>
        <translation>The file {name} is empty.</translation>
    </message>
    <message>
        <source>Berkas {name} memuat deklarasi DTD/entitas XML yang tidak diizinkan.</source>
        <translation>The file {name} holds a DTD/XML entity declaration, which is not allowed.</translation>
    </message>
    <message>
        <source>Berkas {name} rusak atau tidak dapat dibuka.</source>
        <translation>The file {name} is damaged or cannot be opened.</translation>
    </message>
    <message>
        <source>Berkas {name} rusak atau tidak lengkap: {why}. Tidak ada data yang diubah.</source>
        <translation>The file {name} is damaged or incomplete: {why}. No data was changed.</translation>
    </message>
    <message>
        <source>Berkas {name} terkunci kata sandi atau rusak.</source>
        <translation>The file {name} is password-protected or damaged.</translation>
    </message>
    <message>
        <source>Berkas {name} terkunci kata sandi.</source>
        <translation>The file {name} is password-protected.</translation>
    </message>
    <message>
        <source>Berkas {name} terlalu besar ({size} MB).</source>
        <translation>The file {name} is too large ({size} MB).</translation>
    </message>
    <message>
        <source>Berkas {name} terlalu besar setelah dibuka (lebih dari {part_bytes} MB isi).</source>
        <translation>The file {name} is too large once unpacked (more than {part_bytes} MB of content).</translation>
    </message>
    <message>
        <source>Berkas {name} terlalu besar: {size:.1f} MB; batas {type} adalah {limit} MB.</source>
        <translation>The file {name} is too large: {size:.1f} MB; the limit for {type} is {limit} MB.</translation>
    </message>
    <message>
        <source>Berkas {name} tidak berisi baris usulan.</source>
        <translation>The file {name} holds no proposal rows.</translation>
    </message>
    <message>
        <source>Berkas {name} tidak berisi data kantor (identitas kecamatan kosong).</source>
        <translation>The file {name} holds no office data (the district identity is empty).</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dibaca ({strerror}).</source>
        <translation>The file {name} cannot be read ({strerror}).</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dibaca: {strerror}.</source>
        <translation type="vanished">The file {name} cannot be read: {strerror}.</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat ditulis ({strerror}).</source>
        <translation>The file {name} cannot be written ({strerror}).</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat ditulis.</source>
        <translation>The file {name} cannot be written.</translation>
    </message>
    <message>
        <source>Berkas {path} tidak ditemukan.</source>
        <translation>The file {path} was not found.</translation>
    </message>
    <message>
        <source>Berkas {source_name} kosong.</source>
        <translation>The file {source_name} is empty.</translation>
    </message>
    <message>
        <source>Berkas {source} tidak ditemukan.</source>
        <translation>The file {source} was not found.</translation>
    </message>
    <message>
        <source>Bidang</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Bidang urusan</source>
        <translation>Government affairs field</translation>
    </message>
    <message>
        <source>Bila memang perlu, admin dapat membuka kembali sesi dengan alasan yang dicatat.</source>
        <translation>If really needed, an admin can reopen the session with a reason that is recorded.</translation>
    </message>
    <message>
        <source>Bobot kriteria forum</source>
        <translation>Forum criteria weights</translation>
    </message>
    <message>
        <source>Bobot kriteria {criterion} harus bilangan bulat 0–100.</source>
        <translation>The weight of criterion {criterion} must be a whole number from 0 to 100.</translation>
    </message>
    <message>
        <source>Buat atau aktifkan admin lain terlebih dahulu.</source>
        <translation>Create or activate another admin first.</translation>
    </message>
    <message>
        <source>Buat atau pilih siklusnya dulu.</source>
        <translation>Create or choose the cycle first.</translation>
    </message>
    <message>
        <source>Buat demo tanpa --empty untuk forum demo.</source>
        <translation>Create the demo without --empty for a demo forum.</translation>
    </message>
    <message>
        <source>Buat sesi di halaman Forum (atau `musrenbang demo --with-forum`) lebih dulu.</source>
        <translation>Create a session on the Forum page (or `musrenbang demo --with-forum`) first.</translation>
    </message>
    <message>
        <source>Bujur</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Buka aplikasinya atau siapkan kantor lebih dulu.</source>
        <translation>Open the application or set up the office first.</translation>
    </message>
    <message>
        <source>Buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx.</source>
        <translation>Open it in Excel, remove the password, then save it as .xlsx.</translation>
    </message>
    <message>
        <source>Buka di Excel, hapus kata sandinya, lalu simpan ulang.</source>
        <translation>Open it in Excel, remove the password, then save it again.</translation>
    </message>
    <message>
        <source>Buka di Excel/LibreOffice dan simpan ulang sebagai .xlsx, lalu impor lagi.</source>
        <translation>Open it in Excel/LibreOffice and save it again as .xlsx, then import again.</translation>
    </message>
    <message>
        <source>Bukti status lahan</source>
        <translation>Proof of land status</translation>
    </message>
    <message>
        <source>Cadangan basis data gagal dibuat ({exc}).</source>
        <translation>The database backup could not be made ({exc}).</translation>
    </message>
    <message>
        <source>Cadangan ini mungkin rusak; pilih cadangan lain.</source>
        <translation>This backup may be damaged; choose another backup.</translation>
    </message>
    <message>
        <source>Cadangan {name} tidak dapat dibaca ({exc}).</source>
        <translation>The backup {name} cannot be read ({exc}).</translation>
    </message>
    <message>
        <source>Cadangan {name} tidak dapat dibuka ({exc}).</source>
        <translation>The backup {name} cannot be opened ({exc}).</translation>
    </message>
    <message>
        <source>Cadangan {name} tidak dapat disalin ({strerror}).</source>
        <translation>The backup {name} cannot be copied ({strerror}).</translation>
    </message>
    <message>
        <source>Catat alasan yang disepakati forum, mis. &apos;jalan putus, darurat&apos;.</source>
        <translation>Record the reason the forum agreed on, e.g. &apos;road cut off, emergency&apos;.</translation>
    </message>
    <message>
        <source>Catat keputusan forum atas usulan lebih dulu.</source>
        <translation>Record the forum&apos;s decisions on the proposals first.</translation>
    </message>
    <message>
        <source>Catatan audit</source>
        <translation>Audit record</translation>
    </message>
    <message>
        <source>Contoh: -o berita-acara.pdf atau -o td4.xlsx.</source>
        <translation>Example: -o berita-acara.pdf or -o td4.xlsx.</translation>
    </message>
    <message>
        <source>Daftar hadir</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Daftarkan dulu: musrenbang sync enroll --server URL --code KODE</source>
        <translation>Enrol first: musrenbang sync enroll --server URL --code CODE</translation>
    </message>
    <message>
        <source>Data di {name} berasal dari versi aplikasi yang lebih baru.</source>
        <translation>The data in {name} comes from a newer version of the application.</translation>
    </message>
    <message>
        <source>Data tidak dapat disiapkan di laptop ini ({strerror}).</source>
        <translation>The data cannot be prepared on this laptop ({strerror}).</translation>
    </message>
    <message>
        <source>Data yang berkonflik tidak ditemukan lagi di basis data ini.</source>
        <translation>The conflicting data is no longer in this database.</translation>
    </message>
    <message>
        <source>Delegasi</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Delegasi baru {count} orang; tetapkan {minimum}–{maximum} orang.</source>
        <translation>The delegation has only {count} people; appoint {minimum}–{maximum}.</translation>
    </message>
    <message>
        <source>Delegasi itu tidak ada.</source>
        <translation>That delegate does not exist.</translation>
    </message>
    <message>
        <source>Delegasi sudah {delegates} orang, jumlah terbanyak.</source>
        <translation>The delegation already has {delegates} people, the most allowed.</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Village/Ward</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Village/ward</translation>
    </message>
    <message>
        <source>Diakomodasi dalam RKPD/Renja</source>
        <translation>Accommodated in the RKPD/Renja</translation>
    </message>
    <message>
        <source>Dialihkan ke APBDes</source>
        <translation>Moved to village budget (APBDes)</translation>
    </message>
    <message>
        <source>Dialihkan ke sumber dana lain</source>
        <translation>Redirected to another funding source</translation>
    </message>
    <message>
        <source>Dibahas di forum</source>
        <translation>In the forum</translation>
    </message>
    <message>
        <source>Digabung</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Disegel</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <source>Disepakati</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Diterima Bappeda</source>
        <translation>Received by Bappeda</translation>
    </message>
    <message>
        <source>Ditunda</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>Ditunda ke siklus berikut</source>
        <translation>Postponed to the next cycle</translation>
    </message>
    <message>
        <source>Ditunda ke tahun berikutnya</source>
        <translation>Postponed to the next year</translation>
    </message>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Draf isian tetap tersimpan; perbaiki lalu simpan lagi.</source>
        <translation>The draft of the form is kept; correct it and save again.</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <source>Ekspor ulang dari laptop lama setelah kantornya disiapkan.</source>
        <translation>Export again from the old laptop once its office is set up.</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Folder keluaran tidak ada: {parent}.</source>
        <translation>The output folder does not exist: {parent}.</translation>
    </message>
    <message>
        <source>Folder {folder} tidak ada.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>Folder {parent} tidak ada.</source>
        <translation>The folder {parent} does not exist.</translation>
    </message>
    <message>
        <source>Forum Anak</source>
        <translation>Children&apos;s Forum</translation>
    </message>
    <message>
        <source>Foto lokasi</source>
        <translation>Site photo</translation>
    </message>
    <message>
        <source>Gabungkan ke usulan yang menampungnya.</source>
        <translation>Merge it into the proposal that takes it in.</translation>
    </message>
    <message>
        <source>Gunakan 3–60 huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka (contoh: operator.tenggarong).</source>
        <translation>Use 3–60 lowercase letters, digits, dots, underscores or hyphens, starting with a letter or digit (example: operator.tenggarong).</translation>
    </message>
    <message>
        <source>Gunakan CSV (UTF-8 atau Windows-1252) atau XLSX dengan kolom id,text.</source>
        <translation type="vanished">Use CSV (UTF-8 or Windows-1252) or XLSX with the columns id,text.</translation>
    </message>
    <message>
        <source>Gunakan XLSX atau CSV.</source>
        <translation type="vanished">Use XLSX or CSV.</translation>
    </message>
    <message>
        <source>Gunakan berkas .xlsx, .xls, .ods atau .csv.</source>
        <translation>Use an .xlsx, .xls, .ods or .csv file.</translation>
    </message>
    <message>
        <source>Gunakan folder data lain (MUSRENBANG_HOME) untuk demo kecamatan lain.</source>
        <translation>Use another data folder (MUSRENBANG_HOME) for a demo of another district.</translation>
    </message>
    <message>
        <source>Gunakan gabungan kata yang mudah Anda ingat tetapi sulit ditebak.</source>
        <translation>Use a combination of words that is easy for you to remember but hard to guess.</translation>
    </message>
    <message>
        <source>Gunakan gambar PNG atau JPEG.</source>
        <translation>Use a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>Gunakan nama berkas berakhiran .xlsx atau .csv.</source>
        <translation>Use a file name ending in .xlsx or .csv.</translation>
    </message>
    <message>
        <source>Gunakan status &apos;Tidak disepakati&apos; atau &apos;Digabung&apos; dengan alasannya.</source>
        <translation>Use the status &apos;Not agreed&apos; or &apos;Merged&apos; with its reason.</translation>
    </message>
    <message>
        <source>Gunakan urutan peringkat forum sebagai nomor prioritas.</source>
        <translation>Use the forum&apos;s ranking order as the priority number.</translation>
    </message>
    <message>
        <source>Hanya admin yang dapat membuka kembali sesi yang disegel.</source>
        <translation>Only an admin can reopen a sealed session.</translation>
    </message>
    <message>
        <source>Hapus kolom dan lembar yang tidak dipakai, atau pecah berkasnya.</source>
        <translation>Delete the columns and sheets that are not used, or split the file.</translation>
    </message>
    <message>
        <source>Hapus salah satu dulu bila ingin mengganti.</source>
        <translation>Delete one of them first if you want to replace it.</translation>
    </message>
    <message>
        <source>Hubungi admin kecamatan.</source>
        <translation>Contact the district admin.</translation>
    </message>
    <message>
        <source>Huruf laporan {filename} tidak ditemukan di {parent}.</source>
        <translation>The report font {filename} was not found in {parent}.</translation>
    </message>
    <message>
        <source>ID usulan (SIPD)</source>
        <translation>Proposal ID (SIPD)</translation>
    </message>
    <message>
        <source>Impor dibatalkan, tidak ada usulan yang disimpan: {rows_with_errors} baris bermasalah.
  {shown}{tail}</source>
        <translation>Import cancelled, no proposals were saved: {rows_with_errors} rows with problems.
  {shown}{tail}</translation>
    </message>
    <message>
        <source>Isi L atau P.</source>
        <translation>Enter L or P.</translation>
    </message>
    <message>
        <source>Isi baris judul kolom dan datanya.</source>
        <translation>Fill in the row of column headings and the data.</translation>
    </message>
    <message>
        <source>Isi bobot dalam persen, mis. 25.</source>
        <translation>Enter the weight as a percentage, e.g. 25.</translation>
    </message>
    <message>
        <source>Isi kolom text di bawah baris judul.</source>
        <translation>Fill in the text column below the heading row.</translation>
    </message>
    <message>
        <source>Isi nilai indikatif yang disepakati (Rupiah).</source>
        <translation>Enter the agreed indicative amount (Rupiah).</translation>
    </message>
    <message>
        <source>Isian Anda tersimpan sebagai draf; muat ulang usulan lalu terapkan lagi.</source>
        <translation>Your entries are kept as a draft; reload the proposal and apply them again.</translation>
    </message>
    <message>
        <source>Isian formulir terlalu besar untuk disimpan sebagai draf.</source>
        <translation>The form&apos;s entries are too large to be saved as a draft.</translation>
    </message>
    <message>
        <source>Jalankan `musrenbang demo` dulu.</source>
        <translation>Run `musrenbang demo` first.</translation>
    </message>
    <message>
        <source>Jalankan `musrenbang verify` untuk melihat peristiwa pertama yang tidak cocok, lalu pulihkan dari cadangan.</source>
        <translation>Run `musrenbang verify` to see the first event that does not match, then restore from a backup.</translation>
    </message>
    <message>
        <source>Jenis berkas &apos;{suffix}&apos; tidak didukung untuk ekspor.</source>
        <translation>The file type &apos;{suffix}&apos; is not supported for export.</translation>
    </message>
    <message>
        <source>Jenis berkas {name} tidak dikenal.</source>
        <translation>The file type of {name} is not known.</translation>
    </message>
    <message>
        <source>Jenis data referensi &apos;{name}&apos; tidak dikenal.</source>
        <translation>The reference data kind &apos;{name}&apos; is not known.</translation>
    </message>
    <message>
        <source>Jenis kelamin &apos;{sex}&apos; tidak dikenal.</source>
        <translation>The sex &apos;{sex}&apos; is not known.</translation>
    </message>
    <message>
        <source>Jenis lampiran &apos;{kind}&apos; tidak dikenal.</source>
        <translation>The attachment kind &apos;{kind}&apos; is not known.</translation>
    </message>
    <message>
        <source>Jenis laporan &apos;{kind}&apos; tidak dikenal.</source>
        <translation>The report kind &apos;{kind}&apos; is not known.</translation>
    </message>
    <message>
        <source>Jenis sesi &apos;{kind}&apos; tidak dikenal.</source>
        <translation>The session kind &apos;{kind}&apos; is not known.</translation>
    </message>
    <message>
        <source>Jenis yang diterima: {allowed}; atau pilih jenis lampiran lain.</source>
        <translation>Accepted types: {allowed}; or choose another attachment kind.</translation>
    </message>
    <message>
        <source>Judul Usulan (atau Nama Usulan, Judul, Usulan)</source>
        <translation>Proposal title (or Proposal name, Title, Proposal)</translation>
    </message>
    <message>
        <source>Judul sesi wajib diisi.</source>
        <translation>The session title is required.</translation>
    </message>
    <message>
        <source>Judul usulan</source>
        <translation>Proposal title</translation>
    </message>
    <message>
        <source>Jumlah bobot kriteria {total}%, harus tepat {weights_total}%.</source>
        <translation>The criteria weights add up to {total}%; they must be exactly {weights_total}%.</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Regency</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Kata sandi terlalu panjang (maksimal {password_length} karakter).</source>
        <translation>The password is too long (at most {password_length} characters).</translation>
    </message>
    <message>
        <source>Kata sandi terlalu pendek (minimal {min_password_length} karakter).</source>
        <translation>The password is too short (at least {min_password_length} characters).</translation>
    </message>
    <message>
        <source>Kata sandi tidak boleh hanya berisi spasi.</source>
        <translation>The password cannot be only spaces.</translation>
    </message>
    <message>
        <source>Kecamatan &apos;{kecamatan_code}&apos; tidak ada di data wilayah.</source>
        <translation>District &apos;{kecamatan_code}&apos; is not in the region data.</translation>
    </message>
    <message>
        <source>Kecamatan {kecamatan_code}</source>
        <translation>District {kecamatan_code}</translation>
    </message>
    <message>
        <source>Kecamatan {kecamatan_code} tidak ada di data wilayah yang dimuat.</source>
        <translation>District {kecamatan_code} is not in the loaded region data.</translation>
    </message>
    <message>
        <source>Kecamatan {kecamatan_code} tidak memiliki desa/kelurahan di data wilayah.</source>
        <translation>District {kecamatan_code} has no villages/wards in the region data.</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Kelompok Disabilitas</source>
        <translation>Disability groups</translation>
    </message>
    <message>
        <source>Kelompok Perempuan/PKK</source>
        <translation>Women&apos;s groups/PKK</translation>
    </message>
    <message>
        <source>Kembalikan statusnya ke &apos;Dibahas di forum&apos; bila perlu diubah.</source>
        <translation>Set its status back to &apos;Discussed in the forum&apos; if it needs changing.</translation>
    </message>
    <message>
        <source>Kepala Desa/Lurah</source>
        <translation>Village/ward head</translation>
    </message>
    <message>
        <source>Keputusan &apos;{outcome}&apos; tidak dikenal.</source>
        <translation>The decision &apos;{outcome}&apos; is not known.</translation>
    </message>
    <message>
        <source>Keputusan forum</source>
        <translation>Forum decision</translation>
    </message>
    <message>
        <source>Keputusan kabupaten</source>
        <translation>Regency decision</translation>
    </message>
    <message>
        <source>Keputusan sesi &apos;{title}&apos; tidak lagi sama dengan digest segelnya; laporan tidak dicetak.</source>
        <translation>The decisions of the session &apos;{title}&apos; no longer match its seal digest; the report is not printed.</translation>
    </message>
    <message>
        <source>Kewenangan</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Kode ini untuk kecamatan {kecamatan_code}, sedangkan basis data ini milik kecamatan {kecamatan_code2}.</source>
        <translation>This code is for district {kecamatan_code}, but this database belongs to district {kecamatan_code2}.</translation>
    </message>
    <message>
        <source>Kolom &apos;text&apos; tidak ditemukan di {name}.</source>
        <translation>The column &apos;text&apos; was not found in {name}.</translation>
    </message>
    <message>
        <source>Kolom yang ada: {found}. Wajib: text; opsional: id, desa, kecamatan, volume, satuan, biaya.</source>
        <translation>Columns found: {found}. Required: text; optional: id, desa, kecamatan, volume, satuan, biaya.</translation>
    </message>
    <message>
        <source>Konfirmasi rute OPD</source>
        <translation>Agency routing confirmation</translation>
    </message>
    <message>
        <source>Konflik ini sudah diselesaikan atau tidak ada.</source>
        <translation>This conflict has already been resolved or does not exist.</translation>
    </message>
    <message>
        <source>Koordinat</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <source>Kriteria &apos;{criterion_key}&apos; tidak ada di sesi ini.</source>
        <translation>The criterion &apos;{criterion_key}&apos; is not in this session.</translation>
    </message>
    <message>
        <source>Kriteria tidak dikenal: {join}.</source>
        <translation>Unknown criteria: {join}.</translation>
    </message>
    <message>
        <source>Kurangi atau tambah bobot sampai jumlahnya {weights_total}%, lalu terapkan.</source>
        <translation>Lower or raise the weights until they add up to {weights_total}%, then apply.</translation>
    </message>
    <message>
        <source>LPM</source>
        <translation>LPM</translation>
    </message>
    <message>
        <source>Lahan siap</source>
        <translation>Land ready</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Lampiran usulan</source>
        <translation>Proposal attachment</translation>
    </message>
    <message>
        <source>Lampiran {name} tidak dapat disalin ({strerror}).</source>
        <translation>The attachment {name} cannot be copied ({strerror}).</translation>
    </message>
    <message>
        <source>Laporan tidak dapat ditulis ke {target}: {strerror}.</source>
        <translation>The report cannot be written to {target}: {strerror}.</translation>
    </message>
    <message>
        <source>Lembar &apos;{sheet}&apos; tidak ada di {name}.</source>
        <translation>The sheet &apos;{sheet}&apos; is not in {name}.</translation>
    </message>
    <message>
        <source>Lembar yang ada: {names}.</source>
        <translation>Sheets found: {names}.</translation>
    </message>
    <message>
        <source>Lihat daftar sesi dengan `musrenbang forum list`.</source>
        <translation>See the list of sessions with `musrenbang forum list`.</translation>
    </message>
    <message>
        <source>Lihat kode kecamatan dengan `musrenbang ref stats` atau di berkas wilayah (contoh: 64.02.06).</source>
        <translation>See the district codes with `musrenbang ref stats` or in the region file (example: 64.02.06).</translation>
    </message>
    <message>
        <source>Lintang</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Masalah data</source>
        <translation>Data problems</translation>
    </message>
    <message>
        <source>Membuka kembali sesi yang disegel hanya dapat dilakukan akun admin.</source>
        <translation>Only an admin account can reopen a sealed session.</translation>
    </message>
    <message>
        <source>Minta Bappeda membuka kembali usulan ini (status &apos;Sedang ditelaah&apos;), sinkronkan, lalu pilih &apos;Pakai versi kantor ini&apos; lagi.</source>
        <translation>Ask Bappeda to reopen this proposal (status &apos;Under review&apos;), sync, then choose &apos;Use this office&apos;s version&apos; again.</translation>
    </message>
    <message>
        <source>Minta admin kantor membuka kembali sesi ini.</source>
        <translation>Ask the office admin to reopen this session.</translation>
    </message>
    <message>
        <source>Minta kode pendaftaran untuk kecamatan Anda; admin server sebaiknya mencabut perangkat yang baru terdaftar.</source>
        <translation>Ask for an enrolment code for your district; the server admin should revoke the device that was just enrolled.</translation>
    </message>
    <message>
        <source>Mis. &apos;Musrenbang Kecamatan Tenggarong 2027&apos;.</source>
        <translation>E.g. &apos;Musrenbang Kecamatan Tenggarong 2027&apos;.</translation>
    </message>
    <message>
        <source>Muat ulang daftar cadangan.</source>
        <translation>Reload the list of backups.</translation>
    </message>
    <message>
        <source>Muat ulang daftar lalu coba lagi.</source>
        <translation>Reload the list and try again.</translation>
    </message>
    <message>
        <source>Muat ulang daftar usulan.</source>
        <translation>Reload the list of proposals.</translation>
    </message>
    <message>
        <source>Mungkin ada sel yang sangat besar atau berkas rusak; pecah berkasnya atau simpan ulang hanya data usulannya.</source>
        <translation>There may be a very large cell or the file is damaged; split the file or save only the proposal data again.</translation>
    </message>
    <message>
        <source>Mungkin berkas lain (PDF, gambar) yang diberi nama {suffix}; simpan ulang dari Excel sebagai .xlsx.</source>
        <translation>It may be another file (PDF, image) named {suffix}; save it again from Excel as .xlsx.</translation>
    </message>
    <message>
        <source>Mungkin sedang terbuka di Excel; tutup dulu lalu coba lagi.</source>
        <translation>It may be open in Excel; close it first and try again.</translation>
    </message>
    <message>
        <source>Mungkin sudah dihapus; muat ulang daftar usulan.</source>
        <translation>It may have been deleted; reload the list of proposals.</translation>
    </message>
    <message>
        <source>Musrenbang Desa/Kelurahan</source>
        <translation>Village/ward Musrenbang</translation>
    </message>
    <message>
        <source>Musrenbang Kecamatan</source>
        <translation>Musrenbang Kecamatan</translation>
    </message>
    <message>
        <source>NIP &apos;{strip}&apos; tidak sah: NIP terdiri dari {nip_digits} angka.</source>
        <translation>The NIP &apos;{strip}&apos; is not valid: a NIP has {nip_digits} digits.</translation>
    </message>
    <message>
        <source>Nama berkas {name} harus berakhiran .pdf atau .xlsx.</source>
        <translation>The file name {name} must end in .pdf or .xlsx.</translation>
    </message>
    <message>
        <source>Nama camat terlalu panjang (maks. 200 huruf).</source>
        <translation>The district head&apos;s name is too long (at most 200 characters).</translation>
    </message>
    <message>
        <source>Nama delegasi wajib diisi.</source>
        <translation>The delegate&apos;s name is required.</translation>
    </message>
    <message>
        <source>Nama lengkap wajib diisi (maksimal 200 huruf).</source>
        <translation>The full name is required (at most 200 characters).</translation>
    </message>
    <message>
        <source>Nama pengguna &apos;{name}&apos; sudah dipakai.</source>
        <translation>The user name &apos;{name}&apos; is already taken.</translation>
    </message>
    <message>
        <source>Nama pengguna &apos;{value}&apos; tidak dapat dipakai.</source>
        <translation>The user name &apos;{value}&apos; cannot be used.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi admin salah.</source>
        <translation>Wrong admin user name or password.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Nama peserta wajib diisi.</source>
        <translation>The participant&apos;s name is required.</translation>
    </message>
    <message>
        <source>Nilai indikatif usulan {label} belum ada.</source>
        <translation>The proposal {label} has no indicative amount yet.</translation>
    </message>
    <message>
        <source>Nilai kriteria adalah 1 sampai 5.</source>
        <translation>Criterion scores are 1 to 5.</translation>
    </message>
    <message>
        <source>Nilai {value!r} di luar skala.</source>
        <translation>The value {value!r} is outside the scale.</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Nomor prioritas untuk usulan {label} wajib diisi (1, 2, 3, …).</source>
        <translation>A priority number is required for the proposal {label} (1, 2, 3, …).</translation>
    </message>
    <message>
        <source>Nomor prioritas {priority} untuk OPD ini sudah dipakai usulan {number}.</source>
        <translation>The priority number {priority} for this agency is already taken by proposal {number}.</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>OPD &apos;{agency_code}&apos; tidak ada di daftar OPD</source>
        <translation>Agency &apos;{agency_code}&apos; is not in the list of agencies</translation>
    </message>
    <message>
        <source>OPD &apos;{opd_text}&apos; dicocokkan dengan {code} (keyakinan {confidence}%); periksa OPD-nya</source>
        <translation>Agency &apos;{opd_text}&apos; matched to {code} ({confidence}% confidence); check the agency</translation>
    </message>
    <message>
        <source>OPD &apos;{opd_text}&apos; tidak dikenali; usulan diimpor tanpa OPD, pilih OPD-nya nanti di formulir</source>
        <translation>Agency &apos;{opd_text}&apos; not recognised; the proposal is imported without an agency, choose it later in the form</translation>
    </message>
    <message>
        <source>OPD belum ditentukan</source>
        <translation>Agency not chosen yet</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Orang yang sama tidak dicatat dua kali. Bila ini orang lain dengan nama yang sama, isi instansi/desanya agar keduanya dapat dibedakan.</source>
        <translation>The same person is not recorded twice. If this is another person with the same name, fill in their institution/village so the two can be told apart.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Pagu OPD</source>
        <translation>Agency ceiling</translation>
    </message>
    <message>
        <source>Pagu disepakati</source>
        <translation>Agreed amount</translation>
    </message>
    <message>
        <source>Pasang flashdisk-nya atau pilih folder lain.</source>
        <translation>Plug in the USB drive or choose another folder.</translation>
    </message>
    <message>
        <source>Pasang ulang aplikasi; folder resources/fonts harus ikut terpasang.</source>
        <translation>Reinstall the application; the resources/fonts folder must be installed with it.</translation>
    </message>
    <message>
        <source>Pasang versi aplikasi yang sama atau lebih baru di laptop ini dulu.</source>
        <translation>Install the same or a newer version of the application on this laptop first.</translation>
    </message>
    <message>
        <source>Pasang versi aplikasi yang sama dengan laptop lama, lalu impor lagi.</source>
        <translation>Install the same version of the application as on the old laptop, then import again.</translation>
    </message>
    <message>
        <source>Pastikan berkasnya disimpan sebagai CSV (UTF-8) dari Excel, atau impor berkas Excel-nya langsung.</source>
        <translation>Make sure the file is saved as CSV (UTF-8) from Excel, or import the Excel file itself.</translation>
    </message>
    <message>
        <source>Pecah berkas menjadi beberapa bagian, misalnya satu berkas per desa.</source>
        <translation>Split the file into several parts, for example one file per village.</translation>
    </message>
    <message>
        <source>Pemuda/Karang Taruna</source>
        <translation>Youth/Karang Taruna</translation>
    </message>
    <message>
        <source>Pendaftaran ditolak: {message}</source>
        <translation>Enrolment refused: {message}</translation>
    </message>
    <message>
        <source>Penerima manfaat</source>
        <translation>Beneficiaries</translation>
    </message>
    <message>
        <source>Penerima manfaat disabilitas</source>
        <translation>Beneficiaries with disabilities</translation>
    </message>
    <message>
        <source>Penerima manfaat miskin</source>
        <translation>Poor beneficiaries</translation>
    </message>
    <message>
        <source>Penerima manfaat perempuan</source>
        <translation>Female beneficiaries</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Pengguna &apos;{username}&apos; tidak ada.</source>
        <translation>User &apos;{username}&apos; does not exist.</translation>
    </message>
    <message>
        <source>Pengodean huruf berkas {name} tidak dikenali.</source>
        <translation>The character encoding of the file {name} is not recognised.</translation>
    </message>
    <message>
        <source>Pengusul</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Penilaian forum</source>
        <translation>Forum score</translation>
    </message>
    <message>
        <source>Penyaji forum</source>
        <translation>Forum presenter</translation>
    </message>
    <message>
        <source>Penyandang disabilitas</source>
        <translation>People with disabilities</translation>
    </message>
    <message>
        <source>Peran &apos;{role}&apos; tidak dikenal.</source>
        <translation>The role &apos;{role}&apos; is not known.</translation>
    </message>
    <message>
        <source>Perangkat Daerah (OPD)</source>
        <translation>Regional agencies (OPD)</translation>
    </message>
    <message>
        <source>Perangkat Desa/Kelurahan</source>
        <translation>Village/ward officials</translation>
    </message>
    <message>
        <source>Perangkat ini belum terdaftar ke server kabupaten.</source>
        <translation>This device is not enrolled with the regency server yet.</translation>
    </message>
    <message>
        <source>Perbaiki baris-baris itu lalu impor lagi, atau pilih impor baris yang valid saja.</source>
        <translation>Correct those rows and import again, or choose to import only the valid rows.</translation>
    </message>
    <message>
        <source>Periksa Caps Lock; admin dapat mengatur ulang kata sandi Anda.</source>
        <translation>Check Caps Lock; an admin can reset your password.</translation>
    </message>
    <message>
        <source>Periksa NIP camat pada SK atau kartu pegawai; kosongkan bila belum ada.</source>
        <translation>Check the district head&apos;s NIP on the decree or staff card; leave it empty if there is none yet.</translation>
    </message>
    <message>
        <source>Periksa nama dan foldernya.</source>
        <translation>Check the name and its folder.</translation>
    </message>
    <message>
        <source>Periksa ruang disk dan bahwa berkasnya tidak sedang dipindahkan.</source>
        <translation>Check the disk space and that the file is not being moved.</translation>
    </message>
    <message>
        <source>Periksa ruang disk dan izin folder.</source>
        <translation>Check the disk space and the folder permissions.</translation>
    </message>
    <message>
        <source>Periksa ruang kosong dan izin tulis folder {folder}.</source>
        <translation>Check the free space and the write permission of the folder {folder}.</translation>
    </message>
    <message>
        <source>Periksa ruang kosong di disk laptop, lalu coba lagi.</source>
        <translation>Check the free space on the laptop&apos;s disk, then try again.</translation>
    </message>
    <message>
        <source>Periksa ruang kosong di flashdisk/disk tujuan, lalu coba lagi.</source>
        <translation>Check the free space on the target USB drive/disk, then try again.</translation>
    </message>
    <message>
        <source>Periksa tanda kutip pada berkas, atau simpan ulang dari Excel.</source>
        <translation>Check the quotation marks in the file, or save it again from Excel.</translation>
    </message>
    <message>
        <source>Peringkat</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Peringkat prioritas desa</source>
        <translation>Village priority rank</translation>
    </message>
    <message>
        <source>Perkecil fotonya (mis. kirim ulang lewat WhatsApp atau ubah ukurannya) atau pindai dokumen dengan resolusi lebih rendah.</source>
        <translation>Make the photo smaller (e.g. send it again through WhatsApp or resize it) or scan the document at a lower resolution.</translation>
    </message>
    <message>
        <source>Perkiraan Biaya</source>
        <translation>Estimated Cost</translation>
    </message>
    <message>
        <source>Perkiraan biaya</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <source>Permasalahan</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Persingkat isi sel itu (uraian panjang cukup beberapa paragraf), lalu impor lagi.</source>
        <translation>Shorten that cell (a long description needs only a few paragraphs), then import again.</translation>
    </message>
    <message>
        <source>Persingkat isi sel itu, atau periksa tanda kutip yang tidak ditutup.</source>
        <translation>Shorten that cell, or check for a quotation mark that is not closed.</translation>
    </message>
    <message>
        <source>Perubahan terakhir</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Perubahan urutan forum</source>
        <translation>Forum order change</translation>
    </message>
    <message>
        <source>Peserta itu tidak ada di daftar hadir.</source>
        <translation>That participant is not on the attendance list.</translation>
    </message>
    <message>
        <source>Pilih &apos;mine&apos; atau &apos;theirs&apos;.</source>
        <translation>Choose &apos;mine&apos; or &apos;theirs&apos;.</translation>
    </message>
    <message>
        <source>Pilih Musrenbang Kecamatan atau Pra Forum / Forum Perangkat Daerah.</source>
        <translation>Choose District Musrenbang or Pre-Forum / Agency Forum.</translation>
    </message>
    <message>
        <source>Pilih admin, operator atau presenter.</source>
        <translation>Choose admin, operator or presenter.</translation>
    </message>
    <message>
        <source>Pilih atau buat siklus perencanaan dulu.</source>
        <translation>Choose or create a planning cycle first.</translation>
    </message>
    <message>
        <source>Pilih berkas .musrenbang yang dibuat lewat Pengaturan → Pindah laptop.</source>
        <translation>Choose a .musrenbang file made with Settings → Move to another laptop.</translation>
    </message>
    <message>
        <source>Pilih berkas cadangan lain.</source>
        <translation>Choose another backup file.</translation>
    </message>
    <message>
        <source>Pilih berkas gambar PNG atau JPEG yang ada.</source>
        <translation>Choose an existing PNG or JPEG image file.</translation>
    </message>
    <message>
        <source>Pilih berkasnya lagi.</source>
        <translation>Choose the file again.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>bujur {lon} di luar rentang {low:g}…{high:g}</source>
        <translation>longitude {lon} is outside the range {low:g}…{high:g}</translation>
    </message>
    <message>
        <source>desa {name} diambil dari baris judul (baris {title_row}: &apos;{title}&apos;) karena tidak ada kolom Desa/Kelurahan; periksa desanya</source>
        <translation>desa {name} taken from the title row (row {title_row}: &apos;{title}&apos;) because there is no Desa/Kelurahan column; check the desa</translation>
    </message>
    <message>
        <source>disegel</source>
        <translation>sealed</translation>
    </message>
    <message>
        <source>lintang {lat} di luar rentang {low:g}…{high:g}</source>
        <translation>latitude {lat} is outside the range {low:g}…{high:g}</translation>
    </message>
    <message>
        <source>lintang {lat} di luar {low:g}…{high:g}; lintang dan bujur tampaknya tertukar (tulis lintang dulu, contoh: -0.4167, 116.9833)</source>
        <translation>latitude {lat} is outside {low:g}…{high:g}; latitude and longitude seem swapped (write the latitude first, e.g. -0.4167, 116.9833)</translation>
    </message>
    <message>
        <source>Pilih bidang urusan dulu.</source>
        <translation type="vanished">Choose the government affairs field first.</translation>
    </message>
    <message>
        <source>Pilih folder yang ada untuk laporan.</source>
        <translation>Choose an existing folder for the report.</translation>
    </message>
    <message>
        <source>Pilih folder yang ada.</source>
        <translation>Choose an existing folder.</translation>
    </message>
    <message>
        <source>Pilih kecamatan lain atau impor data wilayah kabupaten Anda.</source>
        <translation>Choose another district or import your regency&apos;s region data.</translation>
    </message>
    <message>
        <source>Pilih nama pengguna lain.</source>
        <translation>Choose another user name.</translation>
    </message>
    <message>
        <source>Pilih nomor lain atau ubah dulu keputusan usulan itu.</source>
        <translation>Choose another number or change the decision on that proposal first.</translation>
    </message>
    <message>
        <source>Pilih paling sedikit satu usulan lain untuk digabungkan.</source>
        <translation>Choose at least one other proposal to merge.</translation>
    </message>
    <message>
        <source>Pilih salah satu: {choices}.</source>
        <translation>Choose one of: {choices}.</translation>
    </message>
    <message>
        <source>Pilih status lain, atau pilih usulan yang statusnya sama.</source>
        <translation>Choose another status, or choose proposals with the same status.</translation>
    </message>
    <message>
        <source>Pilih usulan lain sebagai tujuan penggabungan.</source>
        <translation>Choose another proposal to merge into.</translation>
    </message>
    <message>
        <source>Pilih: {choices}.</source>
        <translation>Choose: {choices}.</translation>
    </message>
    <message>
        <source>Pilihan &apos;{choice}&apos; tidak dikenal.</source>
        <translation>The choice &apos;{choice}&apos; is not known.</translation>
    </message>
    <message>
        <source>Pokir DPRD</source>
        <translation>DPRD members (Pokir)</translation>
    </message>
    <message>
        <source>Pra Forum / Forum Perangkat Daerah</source>
        <translation>Pre-forum / Agency Forum</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Pulihkan dulu bila ingin mengubahnya.</source>
        <translation>Restore it first if you want to change it.</translation>
    </message>
    <message>
        <source>Pusat</source>
        <translation>Central government</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RT {rt_a} sama</source>
        <translation>same RT {rt_a}</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Rencana anggaran biaya (RAB)</source>
        <translation>Cost estimate (RAB)</translation>
    </message>
    <message>
        <source>Ringkas teks yang sangat panjang; lampirkan dokumen sebagai berkas.</source>
        <translation>Shorten the very long texts; attach documents as files.</translation>
    </message>
    <message>
        <source>Salah satu usulan yang akan digabung tidak ditemukan.</source>
        <translation>One of the proposals to merge was not found.</translation>
    </message>
    <message>
        <source>Salin ulang berkasnya dari laptop lama (periksa kode SHA-256-nya sama), lalu coba lagi.</source>
        <translation>Copy the file again from the old laptop (check that its SHA-256 code is the same), then try again.</translation>
    </message>
    <message>
        <source>Salinan basis data tidak dapat dibuat ({exc}).</source>
        <translation>A copy of the database cannot be made ({exc}).</translation>
    </message>
    <message>
        <source>Sasaran/program RPJMD</source>
        <translation>RPJMD target/program</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Sebagian usulan yang dipilih sudah tidak ada.</source>
        <translation>Some of the chosen proposals no longer exist.</translation>
    </message>
    <message>
        <source>Sedang ditelaah OPD</source>
        <translation>Under review by the agency</translation>
    </message>
    <message>
        <source>Selesaikan wizard awal (atau jalankan `musrenbang demo`) lalu impor lagi.</source>
        <translation>Finish the first-start wizard (or run `musrenbang demo`), then import again.</translation>
    </message>
    <message>
        <source>Selesaikan wizard awal terlebih dahulu.</source>
        <translation>Finish the first-start wizard first.</translation>
    </message>
    <message>
        <source>Semua bobot kriteria bernilai 0.</source>
        <translation>All criteria weights are 0.</translation>
    </message>
    <message>
        <source>Sertifikat lahan</source>
        <translation>Land certificate</translation>
    </message>
    <message>
        <source>Sesi &apos;{title}&apos; sudah disegel.</source>
        <translation>The session &apos;{title}&apos; is already sealed.</translation>
    </message>
    <message>
        <source>Sesi &apos;{title}&apos; sudah disegel; keputusannya tidak dapat diubah.</source>
        <translation>The session &apos;{title}&apos; is already sealed; its decisions cannot be changed.</translation>
    </message>
    <message>
        <source>Sesi &apos;{title}&apos; tidak sedang disegel.</source>
        <translation>The session &apos;{title}&apos; is not sealed.</translation>
    </message>
    <message>
        <source>Sesi forum</source>
        <translation>Forum sessions</translation>
    </message>
    <message>
        <source>Sesi forum &apos;{forum_session_id}&apos; tidak ada.</source>
        <translation>The forum session &apos;{forum_session_id}&apos; does not exist.</translation>
    </message>
    <message>
        <source>Sesi forum {forum_session_id} tidak ditemukan.</source>
        <translation>The forum session {forum_session_id} was not found.</translation>
    </message>
    <message>
        <source>Siapkan kantor lebih dulu.</source>
        <translation>Set up the office first.</translation>
    </message>
    <message>
        <source>Siklus demo tidak berisi usulan.</source>
        <translation>The demo cycle holds no proposals.</translation>
    </message>
    <message>
        <source>Siklus perencanaan</source>
        <translation>Planning cycle</translation>
    </message>
    <message>
        <source>Siklus perencanaan impor ini sudah tidak ada.</source>
        <translation>The planning cycle of this import no longer exists.</translation>
    </message>
    <message>
        <source>Siklus perencanaan tidak ditemukan.</source>
        <translation>The planning cycle was not found.</translation>
    </message>
    <message>
        <source>Simpan sebagai XLSX atau CSV lalu ulangi.</source>
        <translation type="vanished">Save it as XLSX or CSV and try again.</translation>
    </message>
    <message>
        <source>Simpan ulang dalam salah satu format itu; nama berkas saja tidak cukup.</source>
        <translation>Save it again in one of those formats; the file name alone is not enough.</translation>
    </message>
    <message>
        <source>Simpan ulang sebagai &apos;CSV UTF-8&apos; dari Excel.</source>
        <translation>Save it again as &apos;CSV UTF-8&apos; from Excel.</translation>
    </message>
    <message>
        <source>Status &apos;{to_status}&apos; tidak dikenal.</source>
        <translation>The status &apos;{to_status}&apos; is not known.</translation>
    </message>
    <message>
        <source>Status SIPD</source>
        <translation>SIPD status</translation>
    </message>
    <message>
        <source>Status ini final.</source>
        <translation>This status is final.</translation>
    </message>
    <message>
        <source>Status kecamatan</source>
        <translation>District status</translation>
    </message>
    <message>
        <source>Status yang mungkin: {statuses}.</source>
        <translation>Possible statuses: {statuses}.</translation>
    </message>
    <message>
        <source>Sub kegiatan</source>
        <translation>Sub-activity</translation>
    </message>
    <message>
        <source>Sumber usulan</source>
        <translation>Proposal source</translation>
    </message>
    <message>
        <source>Surat usulan</source>
        <translation>Proposal letter</translation>
    </message>
    <message>
        <source>Tahun perencanaan</source>
        <translation>Planning years</translation>
    </message>
    <message>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Tidak ada usulan terpilih yang dapat diubah menjadi {status}.</source>
        <translation>None of the chosen proposals can be changed to {status}.</translation>
    </message>
    <message>
        <source>Tidak diakomodasi</source>
        <translation>Not accommodated</translation>
    </message>
    <message>
        <source>Tidak disepakati</source>
        <translation>Not agreed</translation>
    </message>
    <message>
        <source>Tokoh Agama</source>
        <translation>Religious leaders</translation>
    </message>
    <message>
        <source>Tokoh Masyarakat</source>
        <translation>Community leaders</translation>
    </message>
    <message>
        <source>Total yang disepakati {total} melebihi pagu kecamatan {ceiling} sebesar {over}.</source>
        <translation>The agreed total {total} exceeds the district ceiling {ceiling} by {over}.</translation>
    </message>
    <message>
        <source>Tulis lengkap, misalnya https://eperencanaan.kukarkab.go.id</source>
        <translation>Write it in full, for example https://eperencanaan.kukarkab.go.id</translation>
    </message>
    <message>
        <source>Tuliskan alasannya agar desa pengusul mendapat penjelasan.</source>
        <translation>Write the reason so the proposing village gets an explanation.</translation>
    </message>
    <message>
        <source>Tutup berkas itu bila sedang dibuka (mis. di Excel atau pembaca PDF), periksa ruang disk dan izin folder, lalu coba lagi.</source>
        <translation>Close that file if it is open (e.g. in Excel or a PDF reader), check the disk space and the folder permissions, then try again.</translation>
    </message>
    <message>
        <source>Ukuran berkas</source>
        <translation>File size</translation>
    </message>
    <message>
        <source>Unsur &apos;{unsur}&apos; tidak dikenal.</source>
        <translation>The group &apos;{unsur}&apos; is not known.</translation>
    </message>
    <message>
        <source>Unsur Kecamatan</source>
        <translation>District officials</translation>
    </message>
    <message>
        <source>Urutan dimulai dari 1.</source>
        <translation>The order starts at 1.</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Usulan belum disimpan. Perbaiki {count} isian:
  {shown}{tail}</source>
        <translation>The proposal is not saved yet. Correct {count} entries:
  {shown}{tail}</translation>
    </message>
    <message>
        <source>Usulan berulang dari tahun lalu cukup ditandai, tidak digabung.</source>
        <translation>A proposal repeated from last year only needs to be marked, not merged.</translation>
    </message>
    <message>
        <source>Usulan ini sudah dihapus.</source>
        <translation>This proposal has already been deleted.</translation>
    </message>
    <message>
        <source>Usulan ini sudah diputuskan kabupaten ({status}), jadi perubahan kecamatan belum bisa dipakai. Nilai Anda tetap tersimpan di daftar konflik.</source>
        <translation>The regency has already decided on this proposal ({status}), so the district&apos;s change cannot be used yet. Your values are kept in the list of conflicts.</translation>
    </message>
    <message>
        <source>Usulan kecamatan</source>
        <translation>District proposal</translation>
    </message>
    <message>
        <source>Usulan tidak ditemukan.</source>
        <translation>Proposal not found.</translation>
    </message>
    <message>
        <source>Usulan tujuan penggabungan tidak ada di siklus ini.</source>
        <translation>The proposal to merge into is not in this cycle.</translation>
    </message>
    <message>
        <source>Usulan tujuan sudah digabung ke usulan lain.</source>
        <translation>The proposal to merge into has already been merged into another proposal.</translation>
    </message>
    <message>
        <source>Usulan yang dipertahankan tidak tersedia atau sudah digabung ke usulan lain.</source>
        <translation>The proposal to keep is not available or has already been merged into another proposal.</translation>
    </message>
    <message>
        <source>Usulan {label} bukan bagian dari siklus sesi ini.</source>
        <translation>The proposal {label} is not part of this session&apos;s cycle.</translation>
    </message>
    <message>
        <source>Usulan {label} masih draf.</source>
        <translation>The proposal {label} is still a draft.</translation>
    </message>
    <message>
        <source>Usulan {label} sudah digabung ke usulan lain; keputusannya final.</source>
        <translation>The proposal {label} has already been merged into another proposal; its decision is final.</translation>
    </message>
    <message>
        <source>Usulan {number!r} berstatus {status} dan tidak dapat diubah menjadi {status2}.</source>
        <translation>The proposal {number!r} has the status {status} and cannot be changed to {status2}.</translation>
    </message>
    <message>
        <source>Usulan {number} berasal dari siklus lain dan tidak dapat digabung.</source>
        <translation>The proposal {number} comes from another cycle and cannot be merged.</translation>
    </message>
    <message>
        <source>Usulan {number} berstatus {status}; isinya tidak dapat diubah lagi.</source>
        <translation>The proposal {number} has the status {status}; its content can no longer be changed.</translation>
    </message>
    <message>
        <source>Usulan {number} sudah diubah di tempat lain sejak formulir dibuka.</source>
        <translation>The proposal {number} was changed elsewhere since the form was opened.</translation>
    </message>
    <message>
        <source>Usulan {number} sudah {status}; hanya usulan draf atau terverifikasi yang dapat dihapus.</source>
        <translation>The proposal {number} is already {status}; only draft or verified proposals can be deleted.</translation>
    </message>
    <message>
        <source>Verifikasi dulu di meja usulan sebelum dibahas di forum.</source>
        <translation>Verify it at the proposal desk first, before it is discussed in the forum.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Warga miskin</source>
        <translation>Poor residents</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <source>baris {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>belum diisi; isi urutan prioritas dari Musrenbang Desa</source>
        <translation>not filled in; enter the priority order from the Village Musrenbang</translation>
    </message>
    <message>
        <source>belum diisi; jelaskan masalah yang ingin diatasi usulan ini</source>
        <translation>not filled in; describe the problem this proposal is meant to solve</translation>
    </message>
    <message>
        <source>belum diisi; perkiraan biaya diperlukan untuk pagu</source>
        <translation>not filled in; the estimated cost is needed for the ceiling</translation>
    </message>
    <message>
        <source>belum diisi; pilih OPD penanggung jawab</source>
        <translation>not filled in; choose the responsible agency</translation>
    </message>
    <message>
        <source>belum diisi; pilih desa, kabupaten, provinsi atau pusat</source>
        <translation>not filled in; choose village, regency, province or central government</translation>
    </message>
    <message>
        <source>belum diisi; tempel koordinat atau tautan peta lokasinya</source>
        <translation>not filled in; paste the coordinates or a map link of the location</translation>
    </message>
    <message>
        <source>berkas tidak berisi baris usulan</source>
        <translation>the file holds no proposal rows</translation>
    </message>
    <message>
        <source>bernilai Rp 0; isi perkiraan biayanya</source>
        <translation>is Rp 0; enter the estimated cost</translation>
    </message>
    <message>
        <source>bujur {lon} di luar rentang -180…180</source>
        <translation type="vanished">longitude {lon} is outside the range -180…180</translation>
    </message>
    <message>
        <source>bukan angka</source>
        <translation>not a number</translation>
    </message>
    <message>
        <source>desa sama</source>
        <translation>same village</translation>
    </message>
    <message>
        <source>digest yang tersimpan pada sesi tidak sama dengan yang dicatat peristiwa penyegelan #{seq}</source>
        <translation>the digest stored on the session differs from the one recorded by sealing event #{seq}</translation>
    </message>
    <message>
        <source>diusulkan lagi setelah {years_ago} tahun (terakhir {year}, {count} kali sebelumnya); judul mirip {score:.0f}%</source>
        <translation>proposed again after {years_ago} years (last in {year}, {count} times before); title {score:.0f}% similar</translation>
    </message>
    <message>
        <source>dusun sama</source>
        <translation>same hamlet</translation>
    </message>
    <message>
        <source>format koordinat tidak dikenali; contoh: -0.4167, 116.9833 atau 0°25&apos;S 116°59&apos;E, atau tempel tautan Google Maps/OpenStreetMap</source>
        <translation>coordinate format not recognised; examples: -0.4167, 116.9833 or 0°25&apos;S 116°59&apos;E, or paste a Google Maps/OpenStreetMap link</translation>
    </message>
    <message>
        <source>foto JPEG</source>
        <translation>JPEG photo</translation>
    </message>
    <message>
        <source>gambar PNG</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>harga per {unit} hanya {price}, tidak wajar; periksa biaya, volume dan satuannya</source>
        <translation>the price per {unit} is only {price}, which is not plausible; check the cost, volume and unit</translation>
    </message>
    <message>
        <source>harga per {unit} {price}, tidak wajar; periksa biaya, volume dan satuannya</source>
        <translation>the price per {unit} is {price}, which is not plausible; check the cost, volume and unit</translation>
    </message>
    <message>
        <source>harus bilangan bulat, bukan {number:g}</source>
        <translation type="vanished">must be a whole number, not {number:g}</translation>
    </message>
    <message>
        <source>judul mirip {score:.0f}%, </source>
        <translation>title {score:.0f}% similar, </translation>
    </message>
    <message>
        <source>kabupaten/kota lain ({kab_text})</source>
        <translation>another regency/city ({kab_text})</translation>
    </message>
    <message>
        <source>karakter kendali (tak terlihat) dihapus dari sel ini; periksa isinya</source>
        <translation>control characters (invisible) were removed from this cell; check its content</translation>
    </message>
    <message>
        <source>kecamatan ini</source>
        <translation>this district</translation>
    </message>
    <message>
        <source>kecamatan lain ({kec_text})</source>
        <translation>another district ({kec_text})</translation>
    </message>
    <message>
        <source>keputusan sesi tidak lagi menghasilkan digest yang dicatat peristiwa penyegelan #{seq}</source>
        <translation>the session&apos;s decisions no longer give the digest recorded by sealing event #{seq}</translation>
    </message>
    <message>
        <source>keputusan {entity_id} yang dicatat peristiwa #{seq} tidak ada lagi di basis data (dihapus di luar aplikasi)</source>
        <translation>decision {entity_id} recorded by event #{seq} is no longer in the database (deleted outside the application)</translation>
    </message>
    <message>
        <source>keputusan {id} tidak punya peristiwa di rantai audit (ditambahkan di luar aplikasi)</source>
        <translation>decision {id} has no event in the audit chain (added outside the application)</translation>
    </message>
    <message>
        <source>keputusan {id} tidak sama dengan yang dicatat peristiwa #{seq} (diubah di luar aplikasi)</source>
        <translation>decision {id} differs from the one recorded by event #{seq} (changed outside the application)</translation>
    </message>
    <message>
        <source>kewenangan desa didanai APBDes; pertimbangkan status &apos;Dialihkan ke APBDes&apos;</source>
        <translation>village authority is funded by the APBDes; consider the status &apos;Moved to village budget (APBDes)&apos;</translation>
    </message>
    <message>
        <source>kode &apos;{sub}&apos; tidak ada di nomenklatur sub kegiatan yang dimuat</source>
        <translation>the code &apos;{sub}&apos; is not in the loaded sub-activity nomenclature</translation>
    </message>
    <message>
        <source>kolom Desa/Kelurahan atau Kode Desa tidak ada di baris judul</source>
        <translation>the column Desa/Kelurahan or Kode Desa is not in the heading row</translation>
    </message>
    <message>
        <source>kolom Kab/Kec/Kel, Kelurahan atau Pengusul tidak ada di baris judul</source>
        <translation>the column Kab/Kec/Kel, Kelurahan or Pengusul is not in the heading row</translation>
    </message>
    <message>
        <source>kolom {column}</source>
        <translation>column {column}</translation>
    </message>
    <message>
        <source>kolom {names} tidak ada di baris judul; gunakan templat dari aplikasi</source>
        <translation>the column {names} is not in the heading row; use the template from the application</translation>
    </message>
    <message>
        <source>koordinat bukan angka</source>
        <translation>the coordinate is not a number</translation>
    </message>
    <message>
        <source>koordinat derajat perlu satu lintang (LU/LS atau N/S) dan satu bujur (BT/BB atau E/W), contoh: 0°25&apos;S 116°59&apos;E</source>
        <translation>degree coordinates need one latitude (LU/LS or N/S) and one longitude (BT/BB or E/W), example: 0°25&apos;S 116°59&apos;E</translation>
    </message>
    <message>
        <source>koordinat kosong</source>
        <translation>the coordinates are empty</translation>
    </message>
    <message>
        <source>lembar {sheet}, </source>
        <translation>sheet {sheet}, </translation>
    </message>
    <message>
        <source>lintang dan bujur tampaknya tertukar; tulis lintang dulu, lalu bujur</source>
        <translation>latitude and longitude seem to be swapped; write the latitude first, then the longitude</translation>
    </message>
    <message>
        <source>lintang {lat} di luar -90…90; lintang dan bujur tampaknya tertukar (tulis lintang dulu, contoh: -0.4167, 116.9833)</source>
        <translation type="vanished">latitude {lat} is outside -90…90; latitude and longitude seem to be swapped (write the latitude first, example: -0.4167, 116.9833)</translation>
    </message>
    <message>
        <source>lintang {lat} di luar rentang -90…90</source>
        <translation type="vanished">latitude {lat} is outside the range -90…90</translation>
    </message>
    <message>
        <source>rantai audit rusak</source>
        <translation>the audit chain is broken</translation>
    </message>
    <message>
        <source>sertifikat lahan ada tetapi lahan belum ditandai siap</source>
        <translation>there is a land certificate but the land is not marked as ready</translation>
    </message>
    <message>
        <source>sesi berstatus disegel tetapi tidak ada peristiwa penyegelan di rantai audit</source>
        <translation>the session is marked sealed but there is no sealing event in the audit chain</translation>
    </message>
    <message>
        <source>sub kegiatan &apos;{sub_text}&apos; adalah butir program penunjang; isi OPD atau bidang urusannya (mis. 7.01) agar kodenya dapat ditulis; sub kegiatan dikosongkan</source>
        <translation>sub kegiatan &apos;{sub_text}&apos; is an item of the supporting programme; fill in its OPD or bidang urusan (e.g. 7.01) so that its code can be written; sub kegiatan left empty</translation>
    </message>
    <message>
        <source>sub kegiatan &apos;{sub_text}&apos; dicocokkan dengan {code} (keyakinan {sub_confidence}%)</source>
        <translation>sub-activity &apos;{sub_text}&apos; matched to {code} ({sub_confidence}% confidence)</translation>
    </message>
    <message>
        <source>sub kegiatan &apos;{sub_text}&apos; tidak ditemukan di nomenklatur (kode contoh 1.03.10.2.01.0001); sub kegiatan dikosongkan</source>
        <translation>sub-activity &apos;{sub_text}&apos; not found in the nomenclature (example code 1.03.10.2.01.0001); the sub-activity is left empty</translation>
    </message>
    <message>
        <source>sub kegiatan {sub} bukan bagian dari bidang urusan {bidang_code}</source>
        <translation>the sub-activity {sub} is not part of the government affairs field {bidang_code}</translation>
    </message>
    <message>
        <source>tanda lintang tampaknya terbalik (LU/LS); periksa tanda minusnya</source>
        <translation>the latitude sign seems to be reversed (LU/LS); check the minus sign</translation>
    </message>
    <message>
        <source>tanpa desa</source>
        <translation>no village</translation>
    </message>
    <message>
        <source>tautan peta tidak berisi koordinat; di Google Maps klik kanan titiknya lalu salin angka koordinatnya, atau bagikan tautan yang memuat &apos;@lintang,bujur&apos;</source>
        <translation>the map link holds no coordinates; in Google Maps right-click the point and copy its coordinates, or share a link that holds &apos;@latitude,longitude&apos;</translation>
    </message>
    <message>
        <source>teks terlalu panjang ({count} huruf) untuk sebuah koordinat</source>
        <translation>text too long ({count} characters) for a coordinate</translation>
    </message>
    <message>
        <source>terlalu panjang untuk sebuah angka ({count} huruf)</source>
        <translation type="vanished">too long for a number ({count} characters)</translation>
    </message>
    <message>
        <source>terlalu panjang untuk sebuah koordinat</source>
        <translation>too long for a coordinate</translation>
    </message>
    <message>
        <source>terlalu singkat; tulis apa yang diusulkan dan di mana</source>
        <translation>too short; write what is proposed and where</translation>
    </message>
    <message>
        <source>tidak ada baris untuk Kecamatan {name}: {count} baris dari kecamatan atau kabupaten lain dilewati; periksa apakah ini berkas kecamatan yang benar</source>
        <translation>no rows for district {name}: {count} rows from other districts or regencies were skipped; check that this is the right district&apos;s file</translation>
    </message>
    <message>
        <source>titik {lat:.5f}, {lon:.5f} berada di luar {name}{note}; periksa koordinatnya di peta</source>
        <translation>the point {lat:.5f}, {lon:.5f} lies outside {name}{note}; check the coordinates on the map</translation>
    </message>
    <message>
        <source>usulan yang sama dengan baris {seen} (nomor/judul dan desa sama); hapus salah satunya</source>
        <translation>the same proposal as row {seen} (same number/title and village); delete one of them</translation>
    </message>
    <message>
        <source>volume dan satuan belum diisi; keduanya diperlukan di tabel T-D.4</source>
        <translation>volume and unit are not filled in; both are needed in table T-D.4</translation>
    </message>
    <message>
        <source>{clean_name} sudah ada di delegasi.</source>
        <translation>{clean_name} is already in the delegation.</translation>
    </message>
    <message>
        <source>{cost} melebihi {limit}; periksa jumlah nol-nya</source>
        <translation>{cost} is more than {limit}; check the number of zeros</translation>
    </message>
    <message>
        <source>{count} usulan diberi OPD dan sub kegiatan dari saran penilai.</source>
        <translation>{count} proposal(s) given an agency and sub-activity from the scorer&apos;s suggestions.</translation>
    </message>
    <message>
        <source>{kind} tidak dapat berupa {type} ({name}).</source>
        <translation>{kind} cannot be a {type} ({name}).</translation>
    </message>
    <message>
        <source>{label} (dihapus di server)</source>
        <translation>{label} (deleted on the server)</translation>
    </message>
    <message>
        <source>{label} (sudah diputuskan kabupaten)</source>
        <translation>{label} (already decided by the regency)</translation>
    </message>
    <message>
        <source>{label} diisi tetapi jumlah penerima manfaat belum</source>
        <translation>{label} is filled in but the number of beneficiaries is not</translation>
    </message>
    <message>
        <source>{label}: disepakati {used}, melebihi pagu {ceiling} sebesar {over}.</source>
        <translation>{label}: {used} agreed, exceeding the ceiling {ceiling} by {over}.</translation>
    </message>
    <message>
        <source>{name} berformat XLS lama.</source>
        <translation type="vanished">{name} is in the old XLS format.</translation>
    </message>
    <message>
        <source>{name}{where} sudah ada di daftar hadir.</source>
        <translation>{name}{where} is already on the attendance list.</translation>
    </message>
    <message>
        <source>{path} adalah folder, bukan berkas CSV/XLSX.</source>
        <translation type="vanished">{path} is a folder, not a CSV/XLSX file.</translation>
    </message>
    <message>
        <source>{path} adalah folder, bukan berkas.</source>
        <translation>{path} is a folder, not a file.</translation>
    </message>
    <message>
        <source>{path} adalah folder; berikan nama berkas keluaran .csv.</source>
        <translation>{path} is a folder; give an output file name ending in .csv.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Batal</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <source>Ekspor daftar usulan</source>
        <translation type="vanished">Export proposal list</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="vanished">Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Mengekspor %d usulan…</source>
        <translation type="vanished">Exporting %d proposals…</translation>
    </message>
    <message>
        <source>Ekspor selesai</source>
        <translation type="vanished">Export finished</translation>
    </message>
    <message>
        <source>%d usulan disimpan ke %s.</source>
        <translation type="vanished">%d proposals saved to %s.</translation>
    </message>
    <message>
        <source>Simpan templat usulan desa</source>
        <translation type="vanished">Save village proposal template</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation type="vanished">Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Menyiapkan templat…</source>
        <translation type="vanished">Preparing template…</translation>
    </message>
    <message>
        <source>Templat tersimpan</source>
        <translation type="vanished">Template saved</translation>
    </message>
    <message>
        <source>Templat disimpan ke %s. Kirimkan ke desa/kelurahan.</source>
        <translation type="vanished">Template saved to %s. Send it to the villages/wards.</translation>
    </message>
</context>
</TS>
