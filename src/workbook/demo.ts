/**
 * The embedded demo register: a realistic ward (Phường Kiến Hưng, Hà Nội) for one year, with units,
 * individuals, collectives and households, several drives, and a few deliberate problems so the
 * checks have something to show. Pure data, shared by the CLI `demo` and the browser preview.
 */
import { COL, COMPLAINT_COL, HISTORY_COL } from "../domain/register/contract";
import { type CivilDate, addDays, compareCivilDates } from "../domain/text/dates";
import { defaultDriveNames, defaultDrives } from "../domain/drives";
import { profileOf } from "../domain/policy/profiles";
import type { Cell } from "../domain/cell";
import { TEMPLATES } from "../domain/criteria/templates";
import type { CriteriaSet } from "../domain/criteria/types";
import { defaultOptions, type RegisterOptions } from "./plan/options";

export type DemoValue = string | number | null | { readonly date: CivilDate };
export type DemoRow = Readonly<Record<string, DemoValue | undefined>>;

export interface DemoCriteria {
  readonly set: CriteriaSet;
  readonly candidates: readonly string[];
  readonly scores: readonly (readonly Cell[])[];
}

export interface DemoRegister {
  readonly options: RegisterOptions;
  /** Criteria sheets with candidates already scored; nominations with an empty `Điểm` get linked to them. */
  readonly criteria: readonly DemoCriteria[];
  readonly policy: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly nominations: readonly DemoRow[];
  readonly complaints: readonly DemoRow[];
  readonly history: readonly DemoRow[];
}

/** The demo ward is in Hà Nội: the capital's own drive (Giải phóng Thủ đô 10/10) joins the national ones. */
const DEMO_HOLIDAYS = profileOf("Hà Nội")?.holidays ?? [];

const UNITS = [
  "Văn phòng HĐND và UBND phường",
  "Phòng Kinh tế, Hạ tầng và Đô thị",
  "Phòng Văn hóa – Xã hội",
  "Ủy ban MTTQ Việt Nam phường",
  "Đoàn Thanh niên phường",
  "Hội Liên hiệp Phụ nữ phường",
  "Hội Cựu chiến binh phường",
  "Tổ dân phố số 1",
  "Tổ dân phố số 3",
  "Tổ dân phố số 5",
] as const;

/** The ward's council (`Thành viên Hội đồng`): nine members, as `Số thành viên Hội đồng` says. */
const DEMO_COUNCIL = [
  ["Nguyễn Văn Hùng", "Chủ tịch UBND phường", "Chủ tịch Hội đồng"],
  ["Trần Minh Đức", "Phó Chủ tịch UBND phường", "Phó Chủ tịch Hội đồng"],
  ["Phạm Thị Hoa", "Chủ tịch Ủy ban MTTQ Việt Nam phường", "Phó Chủ tịch Hội đồng"],
  ["Lê Thị Thu", "Công chức Văn phòng HĐND và UBND phường", "Ủy viên thường trực, Thư ký"],
  ["Đỗ Văn Nam", "Trưởng phòng Kinh tế, Hạ tầng và Đô thị", "Ủy viên"],
  ["Hoàng Thị Mai", "Trưởng phòng Văn hóa – Xã hội", "Ủy viên"],
  ["Bùi Quang Vinh", "Bí thư Đoàn Thanh niên phường", "Ủy viên"],
  ["Ngô Thị Lan Anh", "Chủ tịch Hội Liên hiệp Phụ nữ phường", "Ủy viên"],
  ["Vũ Đình Toàn", "Chủ tịch Hội Cựu chiến binh phường", "Ủy viên"],
].map(([name, position, role]) => ({ name: name!, position: position!, role: role! }));

const d = (day: number, month: number, year: number) => ({ date: { year, month, day } });

/**
 * Scores for one candidate reaching `target` points: full marks on every criterion, minus the
 * deficit taken from the largest criteria first (in whole or half points), plus bonus/deduction.
 */
export function scoresFor(
  set: CriteriaSet,
  target: number,
  extra: { bonus?: number; deduction?: number; condition?: "Đạt" | "Không đạt" } = {}
): Cell[] {
  const base = target - (extra.bonus ?? 0) + (extra.deduction ?? 0);
  let deficit =
    set.rows.filter((r) => r.kind === "criterion").reduce((a, r) => a + (r.maxPoints ?? 0), 0) -
    base;
  const order = set.rows
    .map((r, i) => ({ r, i }))
    .filter((x) => x.r.kind === "criterion")
    .sort((a, b) => (b.r.maxPoints ?? 0) - (a.r.maxPoints ?? 0));
  const scores: Cell[] = set.rows.map((r) => (r.kind === "criterion" ? r.maxPoints : null));
  for (const { r, i } of order) {
    if (deficit <= 0) break;
    const take = Math.min(deficit, Math.floor((r.maxPoints ?? 0) * 0.4 * 2) / 2);
    scores[i] = (r.maxPoints ?? 0) - take;
    deficit -= take;
  }
  let bonusLeft = extra.bonus ?? 0;
  let deductionLeft = extra.deduction ?? 0;
  set.rows.forEach((r, i) => {
    if (r.kind === "bonus") {
      const v = Math.min(bonusLeft, r.maxPoints ?? 0);
      scores[i] = v || null;
      bonusLeft -= v;
    } else if (r.kind === "deduction") {
      const v = Math.min(deductionLeft, r.maxPoints ?? 0);
      scores[i] = v || null;
      deductionLeft -= v;
    } else if (r.kind === "condition") scores[i] = extra.condition ?? "Đạt";
  });
  return scores;
}

function demoCriteria(): DemoCriteria[] {
  const [canhan, tdp, doanthe] = TEMPLATES as [CriteriaSet, CriteriaSet, CriteriaSet];
  const people: [string, number, Parameters<typeof scoresFor>[2]?][] = [
    ["Nguyễn Thị Lan", 92, { bonus: 5 }],
    ["Trần Văn Bình", 88],
    ["Lê Thu Hà", 86],
    ["Phạm Minh Đức", 81],
    ["Đặng Thị Hồng", 84, { bonus: 3 }],
    ["Vũ Quang Huy", 88, { bonus: 2 }], // typed 90 in Đề nghị: DL10 shows the mismatch
    ["Ngô Đức Thịnh", 79, { deduction: 2 }],
  ];
  const groups: [string, number, Parameters<typeof scoresFor>[2]?][] = [
    ["Tổ dân phố số 1", 93, { bonus: 3 }],
    ["Tổ dân phố số 3", 88],
    ["Tổ dân phố số 5", 76, { deduction: 5, condition: "Không đạt" }],
  ];
  const unions: [string, number, Parameters<typeof scoresFor>[2]?][] = [
    ["Đoàn Thanh niên phường", 84],
    ["Hội Liên hiệp Phụ nữ phường", 91, { bonus: 5 }],
    ["Hội Cựu chiến binh phường", 95],
  ];
  const build = (set: CriteriaSet, list: typeof people): DemoCriteria => ({
    set,
    candidates: list.map((p) => p[0]),
    scores: list.map(([, t, x]) => scoresFor(set, t, x)),
  });
  return [build(canhan, people), build(tdp, groups), build(doanthe, unions)];
}

function person(
  name: string,
  birth: DemoValue,
  gender: "Nam" | "Nữ",
  position: string,
  unit: string,
  title: string,
  extra: Partial<Record<keyof typeof COL, DemoValue>> = {}
): DemoRow {
  const row: Record<string, DemoValue | undefined> = {
    [COL.name]: name,
    [COL.kind]: "Cá nhân",
    [COL.birthDate]: birth,
    [COL.gender]: gender,
    [COL.position]: position,
    [COL.proposingUnit]: unit,
    [COL.directWorker]: "Không",
    [COL.monthsWorked]: 12,
    [COL.dutyLevel]: "Hoàn thành tốt",
    [COL.title]: title,
    [COL.votes]: 8,
    [COL.summaryText]: `Hoàn thành tốt nhiệm vụ ${position.toLowerCase()}; tích cực tham gia phong trào thi đua.`,
  };
  for (const [k, v] of Object.entries(extra)) row[COL[k as keyof typeof COL]] = v;
  return row;
}

function collective(
  name: string,
  unit: string,
  title: string,
  members: number,
  ldtt: number,
  extra: Partial<Record<keyof typeof COL, DemoValue>> = {}
): DemoRow {
  const row: Record<string, DemoValue | undefined> = {
    [COL.name]: name,
    [COL.kind]: "Tập thể",
    [COL.proposingUnit]: unit,
    [COL.dutyLevel]: "Hoàn thành tốt",
    [COL.members]: members,
    [COL.membersCompleted]: members,
    [COL.membersLdtt]: ldtt,
    [COL.membersCstdcs]: Math.max(1, Math.floor(ldtt / 6)),
    [COL.membersDisciplined]: 0,
    [COL.title]: title,
    [COL.votes]: 8,
    [COL.summaryText]: "Tập thể đoàn kết, hoàn thành tốt các chỉ tiêu được giao trong năm.",
  };
  for (const [k, v] of Object.entries(extra)) row[COL[k as keyof typeof COL]] = v;
  return row;
}

function household(
  name: string,
  unit: string,
  title: string,
  votes: number,
  drive?: string
): DemoRow {
  return {
    [COL.name]: name,
    [COL.kind]: "Hộ gia đình",
    [COL.proposingUnit]: unit,
    [COL.title]: title,
    [COL.votes]: votes,
    ...(drive ? { [COL.drive]: drive } : {}),
    [COL.summaryText]:
      "Gia đình gương mẫu chấp hành chủ trương, chính sách; tích cực tham gia phong trào ở khu dân cư.",
  };
}

/**
 * `today` (the CLI's clock): the 2/9 drive's deadline is at the latest the day before, so the demo
 * always shows a drive whose deadline passed with a row not submitted (RG03, issue #14).
 */
export function demoRegister(year = 2026, today?: CivilDate): DemoRegister {
  const [vp, kt, vh, mttq, doan, phunu, ccb, tdp1, tdp3, tdp5] = UNITS;
  const nominations: DemoRow[] = [
    // Văn phòng HĐND và UBND phường
    person(
      "Nguyễn Thị Lan",
      d(12, 3, 1985),
      "Nữ",
      "Công chức Văn phòng – Thống kê",
      vp,
      "Lao động tiên tiến"
    ),
    person(
      "Nguyễn Thị Lan",
      d(12, 3, 1985),
      "Nữ",
      "Công chức Văn phòng – Thống kê",
      vp,
      "Chiến sĩ thi đua cơ sở",
      { dutyLevel: "Hoàn thành xuất sắc", initiative: "QĐ 15/QĐ-UBND ngày 10/6/" + year, votes: 9 }
    ),
    person("Trần Văn Bình", d(2, 9, 1979), "Nam", "Chánh Văn phòng", vp, "Lao động tiên tiến"),
    person(
      "Lê Thu Hà",
      d(21, 11, 1990),
      "Nữ",
      "Công chức Tư pháp – Hộ tịch",
      vp,
      "Lao động tiên tiến"
    ),
    person("Phạm Minh Đức", d(5, 7, 1988), "Nam", "Công chức Văn phòng", vp, "LDTT"),
    person("Đặng Thị Hồng", d(15, 1, 1992), "Nữ", "Nhân viên một cửa", vp, "Lao động tiên tiến", {
      directWorker: "Có",
    }),
    // Phòng Kinh tế, Hạ tầng và Đô thị
    person("Vũ Quang Huy", d(8, 8, 1983), "Nam", "Trưởng phòng Kinh tế", kt, "Lao động tiên tiến", {
      score: 90,
    }), // DL10: criteria total 88
    person(
      "Vũ Quang Huy",
      d(8, 8, 1983),
      "Nam",
      "Trưởng phòng Kinh tế",
      kt,
      "Chiến sĩ thi đua cơ sở",
      { dutyLevel: "Hoàn thành xuất sắc", votes: 9, score: 90 }
    ),
    person(
      "Hoàng Văn Tùng",
      d(30, 4, 1986),
      "Nam",
      "Công chức Địa chính – Xây dựng",
      kt,
      "Lao động tiên tiến",
      { score: 83, monthsWorked: 11 }
    ),
    person("Bùi Thị Ngọc", "14/02/1994", "Nữ", "Công chức Kế toán", kt, "Lao động tiên tiến", {
      score: 80,
      monthsWorked: 10,
    }),
    person("Ngô Đức Thịnh", d(3, 12, 1991), "Nam", "Công chức Đô thị", kt, "Lao động tiên tiến", {
      dutyLevel: "Hoàn thành",
    }), // DK01, DK11 (linked total 79)
    // Phòng Văn hóa – Xã hội
    person("Đỗ Thị Thanh", d(19, 5, 1987), "Nữ", "Công chức Văn hóa", vh, "Lao động tiên tiến", {
      score: 87,
    }),
    person(
      "Trịnh Văn Nam",
      d(27, 7, 1984),
      "Nam",
      "Công chức Lao động – Thương binh",
      vh,
      "Lao động tiên tiến",
      { score: 85, monthsWorked: 8 }
    ), // DK02
    person("Lý Thị Mai", d(2, 10, 1993), "Nữ", "Công chức Giáo dục", vh, "Lao động tiên tiến", {
      score: 82,
    }),
    person("Cao Thị Yến", d(9, 6, 1989), "Nữ", "Công chức Y tế", vh, "Giấy khen", {
      drive: "Chuyên đề: An toàn thực phẩm",
      votes: 7,
    }),
    // Đoàn thể
    person(
      "Phan Thanh Tùng",
      d(11, 11, 1996),
      "Nam",
      "Bí thư Đoàn phường",
      doan,
      "Lao động tiên tiến",
      { score: 89 }
    ),
    // A sudden award (issue #14): submitted any time, no deadline.
    person("Đinh Thị Thu", d(6, 3, 1998), "Nữ", "Phó Bí thư Đoàn phường", doan, "Giấy khen", {
      drive: "Đột xuất",
      votes: 8,
    }),
    person(
      "Mai Văn Lộc",
      d(1, 1, 1975),
      "Nam",
      "Chủ tịch Hội Cựu chiến binh",
      ccb,
      "Lao động tiên tiến",
      { score: 86 }
    ),
    person(
      "Nguyễn Thị Hạnh",
      d(20, 10, 1980),
      "Nữ",
      "Chủ tịch Hội Phụ nữ",
      phunu,
      "Lao động tiên tiến",
      { score: 91 }
    ),
    person("Nguyễn Thị Hạnh", d(20, 10, 1980), "Nữ", "Chủ tịch Hội Phụ nữ", phunu, "Bằng khen", {
      dutyLevel: "Hoàn thành xuất sắc",
      votes: null,
    }), // DK10 (warning)
    person(
      "Tạ Văn Khánh",
      d(14, 8, 1972),
      "Nam",
      "Trưởng ban Công tác Mặt trận TDP số 1",
      mttq,
      "Giấy khen",
      { directWorker: "Có", drive: "Đợt 2/9", votes: 7 }
    ),
    // Tổ dân phố
    person(
      "Lương Văn Hải",
      d(25, 12, 1965),
      "Nam",
      "Tổ trưởng Tổ dân phố số 1",
      tdp1,
      "Giấy khen",
      { directWorker: "Có", votes: 8 }
    ),
    person("Kiều Thị Nhung", d(17, 4, 1970), "Nữ", "Tổ trưởng Tổ dân phố số 3", tdp3, "Giấy khen", {
      directWorker: "Có",
      votes: 4,
    }), // DK09
    person("Hồ Văn Sáng", d(29, 2, 1968), "Nam", "Tổ trưởng Tổ dân phố số 5", tdp5, "Giấy khen", {
      directWorker: "Có",
      votes: 7,
      drive: "Đợt 30/4",
    }),
    person("Quách Văn Toàn", d(13, 9, 1982), "Nam", "Công an viên", tdp5, "Lao động tiên tiến", {
      directWorker: "Có",
      score: 83,
      discipline: "Khiển trách",
    }), // DK03
    // A resident (not a civil servant): LĐTT by Law 2022 Art. 24(3), no duty rating (passes).
    person(
      "Dương Văn Khải",
      d(18, 6, 1974),
      "Nam",
      "Chủ hộ sản xuất rau an toàn",
      tdp3,
      "Lao động tiên tiến",
      {
        personGroup: "Công nhân, nông dân, người lao động khác",
        productiveWork: "Có",
        dutyLevel: null,
        directWorker: "Có",
        summaryText:
          "Lao động, sản xuất có hiệu quả (mô hình rau an toàn); tích cực tham gia phong trào thi đua và hoạt động xã hội ở tổ dân phố.",
      }
    ),
    // Collectives
    collective("Văn phòng HĐND và UBND phường", vp, "Tập thể lao động tiên tiến", 14, 12),
    collective("Phòng Kinh tế, Hạ tầng và Đô thị", kt, "Tập thể lao động tiên tiến", 9, 7),
    collective("Hội Cựu chiến binh phường", mttq, "Tập thể lao động xuất sắc", 12, 10, {
      dutyLevel: "Hoàn thành xuất sắc",
    }),
    collective("Đoàn Thanh niên phường", mttq, "Tập thể lao động tiên tiến", 10, 5), // DK07 (exactly 50%)
    collective("Tổ dân phố số 1", tdp1, "Thôn, tổ dân phố văn hóa", 320, 0, {
      membersLdtt: null,
      membersCompleted: null,
      membersCstdcs: null,
      dutyLevel: null,
    }),
    collective("Tổ dân phố số 3", tdp3, "Thôn, tổ dân phố văn hóa", 285, 0, {
      membersLdtt: null,
      membersCompleted: null,
      membersCstdcs: null,
      dutyLevel: null,
    }),
    collective("Hội Liên hiệp Phụ nữ phường", mttq, "Giấy khen", 25, 20, {
      drive: "Đợt 30/4",
      votes: 8,
    }),
    // Households
    household("Hộ ông Nguyễn Văn Tư", tdp3, "Gia đình văn hóa", 7),
    household("Hộ bà Trần Thị Lựu", tdp1, "Gia đình văn hóa", 8),
    household("Hộ ông Lê Văn Phúc", tdp5, "Giấy khen", 7, "Đột xuất"),
    household("Hộ bà Phạm Thị Xuân", "Chi hội Khuyến học Tổ dân phố số 5", "Gia đình văn hóa", 6), // a unit typed freely (not in Danh mục)
    // The ward Chairman's Giấy khen on three consecutive “Gia đình văn hóa” (HS06, Decree 86/2023):
    // Hộ ông Đinh Văn Bảy has the last two years and this year's, decided in November, in `Lịch sử`
    // (passes); Hộ bà Mai Thị Tám misses last year (HS06: the year before is missing).
    household("Hộ ông Đinh Văn Bảy", tdp1, "Giấy khen", 8),
    household("Hộ bà Mai Thị Tám", tdp5, "Giấy khen", 7),
    // Upward: the provincial Bằng khen on two consecutive CSTĐCS in `Lịch sử` (HS01 passes); Nguyễn
    // Thị Hạnh's above has only the year before last (HS01: the last year is missing).
    person(
      "Nguyễn Thị Lan",
      d(12, 3, 1985),
      "Nữ",
      "Công chức Văn phòng – Thống kê",
      vp,
      "Bằng khen",
      { dutyLevel: "Hoàn thành xuất sắc", votes: 9 }
    ),
  ];
  const complaints: DemoRow[] = [
    {
      [COMPLAINT_COL.received]: d(5, 11, year),
      [COMPLAINT_COL.sender]: "Công dân Tổ dân phố số 5",
      [COMPLAINT_COL.name]: "Hồ Văn Sáng",
      [COMPLAINT_COL.content]: "Phản ánh tổ trưởng chưa công khai quỹ khuyến học",
      [COMPLAINT_COL.status]: "Đang xử lý",
    }, // DK13
    {
      [COMPLAINT_COL.received]: d(1, 11, year),
      [COMPLAINT_COL.sender]: "Hộ dân Tổ dân phố số 1",
      [COMPLAINT_COL.name]: "Lương Văn Hải",
      [COMPLAINT_COL.content]: "Đề nghị làm rõ kết quả bình xét",
      [COMPLAINT_COL.status]: "Đã giải quyết",
      [COMPLAINT_COL.outcome]: "Đã trả lời tại hội nghị tổ dân phố ngày 10/11",
    },
  ];
  const gdvh = (name: string, y: number, decisionNo: string, date: DemoValue): DemoRow => ({
    [HISTORY_COL.name]: name,
    [HISTORY_COL.year]: y,
    [HISTORY_COL.title]: "Gia đình văn hóa",
    [HISTORY_COL.decisionNo]: decisionNo,
    [HISTORY_COL.decisionDate]: date,
    [HISTORY_COL.authority]: "UBND phường",
  });
  const history: DemoRow[] = [
    {
      [HISTORY_COL.name]: "Nguyễn Thị Lan",
      [HISTORY_COL.birthDate]: d(12, 3, 1985),
      [HISTORY_COL.year]: year - 1,
      [HISTORY_COL.title]: "Chiến sĩ thi đua cơ sở",
      [HISTORY_COL.decisionNo]: `120/QĐ-UBND`,
      [HISTORY_COL.decisionDate]: d(20, 12, year - 1),
      [HISTORY_COL.authority]: "UBND phường",
    },
    {
      [HISTORY_COL.name]: "Nguyễn Thị Lan",
      [HISTORY_COL.birthDate]: d(12, 3, 1985),
      [HISTORY_COL.year]: year - 2,
      [HISTORY_COL.title]: "Chiến sĩ thi đua cơ sở",
      [HISTORY_COL.decisionNo]: `98/QĐ-UBND`,
      [HISTORY_COL.decisionDate]: d(18, 12, year - 2),
      [HISTORY_COL.authority]: "UBND phường",
    },
    {
      [HISTORY_COL.name]: "Nguyễn Thị Hạnh",
      [HISTORY_COL.birthDate]: d(20, 10, 1980),
      [HISTORY_COL.year]: year - 2,
      [HISTORY_COL.title]: "Chiến sĩ thi đua cơ sở",
      [HISTORY_COL.decisionNo]: `98/QĐ-UBND`,
      [HISTORY_COL.decisionDate]: d(18, 12, year - 2),
      [HISTORY_COL.authority]: "UBND phường",
    },
    {
      [HISTORY_COL.name]: "Vũ Quang Huy",
      [HISTORY_COL.birthDate]: d(8, 8, 1983),
      [HISTORY_COL.year]: year - 1,
      [HISTORY_COL.title]: "Lao động tiên tiến",
      [HISTORY_COL.decisionNo]: `120/QĐ-UBND`,
      [HISTORY_COL.decisionDate]: d(20, 12, year - 1),
      [HISTORY_COL.authority]: "UBND phường",
    },
    gdvh("Hộ ông Đinh Văn Bảy", year - 2, "85/QĐ-UBND", d(20, 11, year - 2)),
    gdvh("Hộ ông Đinh Văn Bảy", year - 1, "102/QĐ-UBND", d(18, 11, year - 1)),
    gdvh("Hộ ông Đinh Văn Bảy", year, "95/QĐ-UBND", d(16, 11, year)),
    gdvh("Hộ bà Mai Thị Tám", year - 2, "85/QĐ-UBND", d(20, 11, year - 2)),
    gdvh("Hộ bà Mai Thị Tám", year, "95/QĐ-UBND", d(16, 11, year)),
  ];
  return {
    criteria: demoCriteria(),
    options: defaultOptions({
      year,
      unitName: "UBND phường Kiến Hưng",
      unitLevel: "Phường",
      province: "Hà Nội",
      submitTo: "UBND thành phố Hà Nội",
      councilSize: 9,
      meetingDate: { year, month: 12, day: 5 },
      deadline: { year, month: 12, day: 15 },
      // The Tờ trình is signed three days after the meeting, by the vice-chair for the chair.
      submissionDate: { year, month: 12, day: 8 },
      signerCapacity: "KT.",
      signerTitle: "PHÓ CHỦ TỊCH",
      signerName: "Trần Minh Đức",
      // The meeting (issue #12): 8 of 9 members present, the ninth voted in writing, by ballot.
      meeting: {
        start: "8 giờ 00",
        end: "11 giờ 30",
        place: "Hội trường UBND phường Kiến Hưng",
        chair: "Nguyễn Văn Hùng",
        secretary: "Lê Thị Thu",
        present: 8,
        written: 1,
        quorumPct: 66.67,
        votingMethod: "Bỏ phiếu kín",
        members: DEMO_COUNCIL,
      },
      cstdcsCapPct: 15,
      units: UNITS,
      // Hà Nội's drives: the national days and the capital's 10/10 (its profile).
      driveRows: defaultDrives(year, defaultDriveNames(DEMO_HOLIDAYS), DEMO_HOLIDAYS).map((dr) => {
        if (dr.name !== "Đợt 2/9" || !today || !dr.deadline) return dr;
        const yesterday = addDays(today, -1);
        return compareCivilDates(yesterday, dr.deadline) < 0 ? { ...dr, deadline: yesterday } : dr;
      }),
      // Posted for five days from 25/11, before the meeting and the Tờ trình (QT04).
      postingStart: { year, month: 11, day: 25 },
      postingPlace: "Bảng tin trụ sở UBND phường Kiến Hưng",
    }),
    policy: {
      "Lao động tiên tiến": { "Điểm tối thiểu": 80 },
      "Chiến sĩ thi đua cơ sở": { "Điểm tối thiểu": 90 },
    },
    nominations,
    complaints,
    history,
  };
}
