/**
 * The register workbook contract (docs/spec/register.md): sheet names and header labels.
 * These strings are a public contract — other wards' files and tools depend on them. Keep them exact (NFC).
 */

export const SHEET = {
  guide: "Hướng dẫn",
  settings: "Cấu hình",
  lists: "Danh mục",
  nominations: "Đề nghị",
  history: "Lịch sử",
  complaints: "Khiếu nại",
  summary: "Tổng hợp",
} as const;
export type ContractSheet = (typeof SHEET)[keyof typeof SHEET];

/** Prefix of criteria sheets, e.g. `TC Cá nhân`. */
export const CRITERIA_SHEET_PREFIX = "TC ";

/** Hidden sheet holding the schema version and tool metadata (veryHidden). */
export const META_SHEET = "SoThiDua_Meta";
export const SCHEMA_VERSION = 1;

/** Column labels of `Đề nghị`, in the order setup lays them out. */
export const COL = {
  stt: "STT",
  name: "Họ và tên / Tên tập thể",
  kind: "Loại",
  birthDate: "Ngày sinh",
  gender: "Giới tính",
  position: "Chức vụ, đơn vị công tác",
  // Who the person is (issue #12): blank = `Cán bộ, công chức, viên chức`; `Công nhân, nông dân,
  // người lao động khác` are judged for LĐTT by Law 2022 Art. 24(3), not by a duty rating.
  personGroup: "Đối tượng",
  proposingUnit: "Đơn vị đề nghị",
  directWorker: "Lao động trực tiếp",
  monthsWorked: "Số tháng công tác",
  dutyLevel: "Mức hoàn thành nhiệm vụ",
  // Law 2022 Art. 24(3): “Lao động, sản xuất có hiệu quả …” — the standard instead of the duty rating.
  productiveWork: "Lao động, sản xuất hiệu quả",
  discipline: "Kỷ luật",
  // Decree 152/2025 Art. 4(4): achievements count from the end of the discipline period (issue #12).
  disciplineEnd: "Hết thời hạn kỷ luật",
  initiative: "Sáng kiến",
  members: "Số thành viên",
  membersCompleted: "Số hoàn thành nhiệm vụ",
  membersLdtt: "Số đạt LĐTT",
  membersCstdcs: "Số đạt CSTĐCS",
  membersDisciplined: "Số bị kỷ luật từ cảnh cáo",
  title: "Danh hiệu / Hình thức đề nghị",
  drive: "Đợt",
  score: "Điểm",
  votes: "Số phiếu đồng ý",
  summaryText: "Tóm tắt thành tích",
  note: "Ghi chú",
  // The row's way from proposal to decision (issue #13): typed by the clerk, set by `export
  // --mark-exported` (`Đã trình`) and `decide` (`Đã quyết định` with the decision's number and date).
  status: "Trạng thái",
  decisionNo: "Số quyết định",
  decisionDate: "Ngày quyết định",
  // The tool's own output stays the last column.
  result: "Kết quả kiểm tra",
} as const;
export type NominationField = keyof typeof COL;
export type NominationLabel = (typeof COL)[NominationField];

export const NOMINATION_FIELDS = Object.keys(COL) as NominationField[];

/** The label that identifies a header row (in `Đề nghị`, `Lịch sử`, `Khiếu nại`). */
export const ANCHOR_LABEL = COL.name;
/** The header row must be within the first rows of the sheet. */
export const HEADER_SEARCH_ROWS = 20;

/** Columns that are not user input: they do not make a row "non-empty". */
export const NON_INPUT_FIELDS: readonly NominationField[] = ["stt", "result"];
/** Columns the tool can add itself (`upgrade`); their absence is not an RG01 error. */
export const OPTIONAL_FIELDS: readonly NominationField[] = [
  "stt",
  "personGroup",
  "productiveWork",
  "disciplineEnd",
  "result",
  "status",
  "decisionNo",
  "decisionDate",
];

export const HISTORY_COL = {
  name: "Họ và tên / Tên tập thể",
  birthDate: "Ngày sinh",
  year: "Năm",
  title: "Danh hiệu / Hình thức",
  decisionNo: "Số quyết định",
  decisionDate: "Ngày quyết định",
  authority: "Cơ quan quyết định",
} as const;
export type HistoryField = keyof typeof HISTORY_COL;

export const COMPLAINT_COL = {
  received: "Ngày nhận",
  sender: "Người/tổ chức gửi",
  name: "Họ và tên / Tên tập thể",
  content: "Nội dung",
  status: "Trạng thái",
  outcome: "Kết quả xử lý",
} as const;
export type ComplaintField = keyof typeof COMPLAINT_COL;

/** `Cấu hình` settings table. */
export const SETTINGS_HEADER = { key: "Tham số", value: "Giá trị" } as const;

export const SETTING = {
  year: "Năm đánh giá",
  unitName: "Tên đơn vị",
  unitLevel: "Cấp đơn vị",
  province: "Tỉnh/Thành phố",
  submitTo: "Cấp trình",
  councilSize: "Số thành viên Hội đồng",
  meetingDate: "Ngày họp Hội đồng",
  deadline: "Hạn nộp hồ sơ",
  baseSalary: "Mức lương cơ sở",
  decisionDate: "Ngày quyết định dự kiến",
  minMonths: "Số tháng công tác tối thiểu",
  cstdcsCapPct: "Tỷ lệ tối đa CSTĐCS so với LĐTT (%)",
  ttldttSharePct: "Tỷ lệ LĐTT tối thiểu của Tập thể lao động tiên tiến (%)",
  bandExcellent: "Ngưỡng xếp loại Xuất sắc",
  bandGood: "Ngưỡng xếp loại Tốt",
  bandFair: "Ngưỡng xếp loại Khá",
  bandAverage: "Ngưỡng xếp loại Trung bình",
  // The meeting on paper and the signer (issue #12): the block `HỌP HỘI ĐỒNG, NGƯỜI KÝ`.
  meetingStart: "Giờ bắt đầu họp",
  meetingEnd: "Giờ kết thúc họp",
  meetingPlace: "Địa điểm họp",
  meetingChair: "Chủ trì",
  meetingSecretary: "Thư ký",
  membersPresent: "Số thành viên có mặt",
  membersWritten: "Số thành viên vắng có ý kiến bằng văn bản",
  quorumPct: "Tỷ lệ có mặt tối thiểu (%)",
  votingMethod: "Hình thức biểu quyết",
  submissionDate: "Ngày trình",
  signerCapacity: "Quyền hạn ký (TM./KT.)",
  signerTitle: "Chức vụ người ký",
  signerName: "Họ và tên người ký",
  // Certificates (issue #13): printed on the ward's pre-printed forms.
  certificateMargins: "Lề in giấy khen (mm)",
  // Drives and public posting (issue #14): `Đợt thi đua` deadlines, the posting at the ward office.
  noticeDays: "Số ngày báo trước hạn nộp",
  postingStart: "Ngày bắt đầu công khai",
  postingPlace: "Nơi niêm yết, nhận ý kiến",
} as const;
export type SettingKey = keyof typeof SETTING;
export const SETTING_KEYS = Object.keys(SETTING) as SettingKey[];

/** Workbook-scoped defined names for settings (ASCII: HyperFormula requires it). */
export const SETTING_NAME: Record<SettingKey, string> = {
  year: "CH_Nam",
  unitName: "CH_TenDonVi",
  unitLevel: "CH_CapDonVi",
  province: "CH_TinhThanh",
  submitTo: "CH_CapTrinh",
  councilSize: "CH_SoThanhVien",
  meetingDate: "CH_NgayHop",
  deadline: "CH_HanNop",
  baseSalary: "CH_LuongCoSo",
  decisionDate: "CH_NgayQuyetDinh",
  minMonths: "CH_SoThangToiThieu",
  cstdcsCapPct: "CH_TyLeCSTDCS",
  ttldttSharePct: "CH_TyLeLDTT_TTLDTT",
  bandExcellent: "CH_NguongXuatSac",
  bandGood: "CH_NguongTot",
  bandFair: "CH_NguongKha",
  bandAverage: "CH_NguongTrungBinh",
  meetingStart: "CH_GioBatDau",
  meetingEnd: "CH_GioKetThuc",
  meetingPlace: "CH_DiaDiemHop",
  meetingChair: "CH_ChuTri",
  meetingSecretary: "CH_ThuKy",
  membersPresent: "CH_SoCoMat",
  membersWritten: "CH_SoYKienVanBan",
  quorumPct: "CH_TyLeCoMat",
  votingMethod: "CH_HinhThucBieuQuyet",
  submissionDate: "CH_NgayTrinh",
  signerCapacity: "CH_QuyenHanKy",
  signerTitle: "CH_ChucVuKy",
  signerName: "CH_NguoiKy",
  certificateMargins: "CH_LeGiayKhen",
  noticeDays: "CH_SoNgayBaoTruoc",
  postingStart: "CH_NgayCongKhai",
  postingPlace: "CH_NoiNiemYet",
};

/** The first setting of the block `HỌP HỘI ĐỒNG, NGƯỜI KÝ` (a heading row sits above it in a new register). */
export const MEETING_BLOCK_FIRST: SettingKey = "meetingStart";

/** `Hình thức biểu quyết`: the words the register writes and reads (votes.ts `parseVotingMethod`). */
export const VOTING_METHOD = { ballot: "Bỏ phiếu kín", hands: "Giơ tay" } as const;

/**
 * `Thành viên Hội đồng`: the council's members (issue #12), one a row, read by label like `Đề nghị`
 * (anchor `Họ và tên`). Optional: a register without the sheet reads as before; `upgrade` adds it.
 */
export const COUNCIL_SHEET = "Thành viên Hội đồng";
export const COUNCIL_COL = {
  stt: "STT",
  name: "Họ và tên",
  position: "Chức vụ, đơn vị công tác",
  role: "Chức danh trong Hội đồng",
} as const;
export type CouncilField = keyof typeof COUNCIL_COL;

/**
 * `Đợt thi đua` (issue #14): the year's drives, one a row, read by label (anchor `Tên đợt`). The
 * `Đợt` of `Đề nghị` names one of them (blank = the annual drive `Cả năm`). Optional: a register
 * without the sheet keeps the single deadline of `Cấu hình` (RG03); `upgrade` adds it.
 */
export const DRIVE_SHEET = "Đợt thi đua";
export const DRIVE_COL = {
  stt: "STT",
  name: "Tên đợt",
  kind: "Loại đợt",
  launchedBy: "Cấp phát động",
  start: "Ngày bắt đầu",
  end: "Ngày kết thúc",
  deadline: "Hạn nộp hồ sơ",
  postingDays: "Số ngày công khai",
} as const;
export type DriveField = keyof typeof DRIVE_COL;
/** The defined name over the drive names (the source of the `Đợt` dropdown of `Đề nghị`). */
export const DRIVE_LIST_NAME = "DS_DotThiDua";

/**
 * Settings whose absence is an RG01 error. The band limits, `Ngày quyết định dự kiến` and the
 * TTLĐTT share were added later and default silently (31/12 of the year; the law's “more than 50 %”).
 */
export const REQUIRED_SETTINGS: readonly SettingKey[] = [
  "year",
  "unitName",
  "unitLevel",
  "province",
  "submitTo",
  "councilSize",
  "meetingDate",
  "deadline",
  "baseSalary",
  "minMonths",
  "cstdcsCapPct",
];

export const POLICY_HEADER = {
  title: "Danh hiệu / Hình thức",
  minScore: "Điểm tối thiểu",
  minVotePct: "Tỷ lệ phiếu tối thiểu (%)",
} as const;

/** Columns the register adds to the policy table beyond the contract (optional when reading). */
export const POLICY_EXTRA = {
  code: "Mã",
  bonus: "Hệ số tiền thưởng",
  authority: "Thẩm quyền quyết định",
  /** Where the row's defaults come from (docs/law.md); written by setup, never read. */
  source: "Căn cứ",
} as const;

/** The output column texts written by `validate --write` (prefix decides the row colour). */
export const RESULT_TEXT = {
  ok: "Hợp lệ",
  errorPrefix: "Lỗi",
  warningPrefix: "Cảnh báo",
} as const;

/** Header of the proposing-unit list in `Danh mục` (read by `Tổng hợp` and the summary). */
export const UNIT_LIST_HEADER = "Đơn vị đề nghị";

/**
 * The audit trail (issue #14): one row per writing action of the CLI or the pane, chained by
 * SHA-256 (src/domain/audit/chain.ts). Protected without password; rows are only ever appended.
 */
export const AUDIT_SHEET = "Nhật ký";

/** Column labels of `Nhật ký`, in order: the first eight make a row's canonical text, then its hash. */
export const AUDIT_COL = {
  seq: "STT",
  time: "Thời điểm",
  action: "Thao tác",
  by: "Người thực hiện",
  sheet: "Trang tính",
  range: "Vùng",
  cells: "Số ô",
  version: "Phiên bản",
  hash: "Mã băm",
} as const;
