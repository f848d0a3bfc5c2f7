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
        <translation>Field</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Village/Ward</translation>
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
        <translation>Regency decision</translation>
    </message>
    <message>
        <source>Keputusan kabupaten: %s</source>
        <translation>Regency decision: %s</translation>
    </message>
    <message>
        <source>Kewenangan</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Mirip dengan usulan lain di siklus ini (kemungkinan ganda).</source>
        <translation>Similar to another proposal in this cycle (possible duplicate).</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Peringkat</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Perkiraan Biaya</source>
        <translation>Estimated Cost</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
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
