import { COL, SETTING } from "../register/contract";
import type { RegisterSnapshot } from "../snapshot";
import { TODAY, collective, individual, snapshotOf, type SnapshotSpec } from "../testing/snapshots";
import { sortByVietnameseName } from "../text/collate";
import { validateRegister } from "../validate";
import { buildCouncilExport, countByKind } from "./council";
import { wardNameOf } from "./header";
import { neutraliseFormulaText, wouldRunAsFormula } from "./safeText";

const DATE = { year: 2026, month: 12, day: 5 };

function exportOf(
  spec: SnapshotSpec,
  forced = false,
  edit: (s: RegisterSnapshot) => RegisterSnapshot = (s) => s
) {
  const snapshot = edit(snapshotOf(spec));
  const result = validateRegister(snapshot, { today: TODAY });
  return { result, x: buildCouncilExport(snapshot, result, { documentDate: DATE, forced }) };
}

describe("council export: what is proposed, and to whom", () => {
  it("proposes rows without errors whose votes reach the threshold; others are ineligible with their rule IDs", () => {
    const { x } = exportOf(
      {
        rows: [
          individual({ [COL.name]: "Trần Văn Bình" }),
          individual({ [COL.name]: "Lê Thu Hà", [COL.dutyLevel]: "Hoàn thành" }), // DK01
          individual({ [COL.name]: "Phạm Minh Đức", [COL.votes]: null }), // DK10: not voted
          individual({
            [COL.name]: "Đỗ Thị Thanh",
            [COL.title]: "CSTDCS",
            [COL.dutyLevel]: "Hoàn thành xuất sắc",
            [COL.votes]: 6,
          }), // DK09: 6/9 < 70 %
        ],
        settings: { [SETTING.cstdcsCapPct]: null },
      },
      true
    );
    expect(x.counts).toMatchObject({ rows: 4, proposed: 1, ineligible: 3 });
    expect(x.ward.flatMap((g) => g.kinds.flatMap((k) => k.entries.map((e) => e.name)))).toEqual([
      "Trần Văn Bình",
    ]);
    const why = Object.fromEntries(x.ineligible.map((e) => [e.name, [e.status, e.rules]]));
    expect(why).toEqual({
      "Lê Thu Hà": ["errors", ["DK01"]],
      "Phạm Minh Đức": ["notVoted", ["DK10"]],
      "Đỗ Thị Thanh": ["errors", ["DK09"]],
    });
    // Warnings stay with the row (for the reasons column) but do not keep it from being proposed.
    expect(
      x.ineligible.find((e) => e.name === "Đỗ Thị Thanh")!.findings.map((f) => f.rule)
    ).toContain("DK06");
    expect(x.forced).toBe(true);
  });

  it("computes the ratio on the total membership, with the exact threshold (7/9 reaches 70 %, 6/9 does not)", () => {
    const { x } = exportOf({
      rows: [
        individual({ [COL.name]: "Nguyễn Văn An" }),
        individual({
          [COL.name]: "Nguyễn Văn An",
          [COL.title]: "CSTDCS",
          [COL.dutyLevel]: "Hoàn thành xuất sắc",
          [COL.votes]: 7,
        }),
      ],
      settings: { [SETTING.cstdcsCapPct]: null },
    });
    const cstdcs = x.ward.find((g) => g.title.code === "CSTDCS")!.kinds[0]!.entries[0]!;
    expect(cstdcs.votes).toBe(7);
    expect(cstdcs.ratio).toBeCloseTo((100 * 7) / 9, 10);
    expect(cstdcs.minPct).toBe(70);
    expect(cstdcs.status).toBe("proposed");
  });

  it("with no threshold in the policy, any vote in favour passes and none does not", () => {
    const { x } = exportOf({
      rows: [
        individual({ [COL.name]: "A B Một", [COL.votes]: 1 }),
        individual({ [COL.name]: "A B Hai", [COL.votes]: 0 }),
      ],
      policy: { LDTT: { minVotePct: null } },
    });
    expect(x.ineligible.map((e) => [e.name, e.status, e.rules])).toEqual([
      ["A B Hai", "belowThreshold", ["DK09"]],
    ]);
  });

  it("splits the submission chain by the policy's authority: provincial titles go up, the ward's own are decided by its Chairman", () => {
    const rows = [
      individual(),
      collective({
        [COL.title]: "Tập thể lao động xuất sắc",
        [COL.dutyLevel]: "Hoàn thành xuất sắc",
        [COL.membersLdtt]: 8,
        [COL.membersCstdcs]: 1,
      }),
      individual({ [COL.name]: "Lê Văn Cường", [COL.title]: "Bằng khen" }),
    ];
    const byCatalog = exportOf({ rows }).x;
    expect(byCatalog.ward.map((g) => g.title.code)).toEqual(["LDTT"]);
    expect(byCatalog.upward.map((g) => g.title.code)).toEqual(["TTLDXS", "BK"]);
    expect(byCatalog.chains.BK).toBe("upward");

    // The ward's policy table says Bằng khen is decided at the ward (column `Thẩm quyền quyết định`).
    const edited = exportOf({ rows }, false, (s) => ({
      ...s,
      settings: {
        ...s.settings!,
        policy: {
          ...s.settings!.policy,
          BK: {
            row: 40,
            minScore: null,
            minVotePct: 50,
            minScoreAddress: "B40",
            minVotePctAddress: "C40",
            bonus: undefined,
            authority: "Phường",
          },
        },
      },
    })).x;
    expect(edited.ward.map((g) => g.title.code)).toEqual(["LDTT", "BK"]);
    expect(edited.upward.map((g) => g.title.code)).toEqual(["TTLDXS"]);
  });

  it("groups by title in catalog order, collectives before individuals, names in Vietnamese order", () => {
    const names = [
      "Trần Thị Bình",
      "Nguyễn Văn An",
      "Lê Văn Bình",
      "Đặng Văn Đức",
      "Đào Thị Dung",
      "Vũ Thị Ánh",
    ];
    const { x } = exportOf({
      rows: [
        ...names.map((n) => individual({ [COL.name]: n, [COL.title]: "Giấy khen" })),
        collective({ [COL.name]: "Tổ dân phố số 10", [COL.title]: "Giấy khen" }),
        collective({ [COL.name]: "Tổ dân phố số 2", [COL.title]: "Giấy khen" }),
        individual({ [COL.name]: "Hoàng Văn Em" }),
      ],
    });
    expect(x.ward.map((g) => g.title.code)).toEqual(["LDTT", "GK"]);
    const gk = x.ward[1]!;
    expect(gk.kinds.map((k) => k.kind)).toEqual(["collective", "individual"]);
    expect(gk.kinds[0]!.entries.map((e) => e.name)).toEqual([
      "Tổ dân phố số 2",
      "Tổ dân phố số 10",
    ]);
    const people = gk.kinds[1]!.entries.map((e) => e.name);
    expect(people).toEqual(sortByVietnameseName(names, (n) => n));
    expect(people).toEqual([
      "Nguyễn Văn An",
      "Vũ Thị Ánh",
      "Trần Thị Bình",
      "Lê Văn Bình",
      "Đào Thị Dung",
      "Đặng Văn Đức",
    ]);
    expect(countByKind(x.ward)).toEqual({ individual: 7, collective: 2, household: 0 });
    // The minutes list every row, by title then kind then name.
    expect(x.minutes.map((e) => e.name)[0]).toBe("Hoàng Văn Em");
  });

  it("summarises only the proposed rows (counts and bonus), by unit", () => {
    const { x, result } = exportOf({
      rows: [
        individual({
          [COL.name]: "Nguyễn Thị Hoa",
          [COL.gender]: "Nữ",
          [COL.proposingUnit]: "Tổ dân phố số 1",
        }),
        individual({
          [COL.name]: "Trần Văn Nam",
          [COL.proposingUnit]: "Tổ dân phố số 2",
          [COL.directWorker]: "Có",
        }),
        individual({
          [COL.name]: "Lê Văn Sai",
          [COL.proposingUnit]: "Tổ dân phố số 2",
          [COL.monthsWorked]: 3,
        }), // DK02
      ],
    });
    expect(x.summary.byTitle.LDTT).toMatchObject({ count: 2, valid: 2, women: 1, direct: 1 });
    // 0.3 × 2,340,000 = 702,000, rounded up to 710,000 đồng a person (Decree 152/2025 Art. 49).
    expect(x.summary.byTitle.LDTT.bonus).toBe(2 * 710_000);
    expect(x.units).toEqual(["Tổ dân phố số 1", "Tổ dân phố số 2"]);
    expect(x.summary.units.map((u) => [u.name, u.count])).toEqual([
      ["Tổ dân phố số 1", 1],
      ["Tổ dân phố số 2", 1],
    ]);
    expect(x.forced).toBe(false); // not asked
    expect(result.counts.error).toBe(1);
  });

  it("takes the issuer and the place from the settings", () => {
    const ward = exportOf({ rows: [individual()] }).x.header;
    expect(ward).toMatchObject({
      wardLevel: true,
      levelWord: "phường",
      wardName: "Kiến Hưng",
      place: "Kiến Hưng",
      councilSize: 9,
      year: 2026,
      documentDate: DATE,
    });
    const unit = exportOf({
      rows: [individual()],
      settings: { [SETTING.unitName]: "Tổ dân phố số 3", [SETTING.unitLevel]: "Tổ dân phố" },
    }).x.header;
    expect(unit).toMatchObject({ wardLevel: false, wardName: "", place: "Hà Nội" });
    expect(wardNameOf("Hội Cựu chiến binh phường Kiến Hưng")).toBe("Kiến Hưng");
    expect(wardNameOf("Đoàn Thanh niên phường")).toBe("");
    expect(wardNameOf("UBND xã Đông Anh")).toBe("Đông Anh");
  });
});

describe("formula-looking text is neutralised for documents", () => {
  it.each(["=1+1", "+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", '  =HYPERLINK("x")'])("%j", (t) => {
    expect(wouldRunAsFormula(t)).toBe(true);
    expect(neutraliseFormulaText(t)).toBe(`'${t}`);
  });
  it.each(["Nguyễn Văn An", "Tổ dân phố số 1", "", "a=b", "1+1"])("leaves %j alone", (t) => {
    expect(neutraliseFormulaText(t)).toBe(t);
  });
});
