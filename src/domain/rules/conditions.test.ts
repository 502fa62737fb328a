import { COL } from "../register/contract";
import { renderMessage } from "../i18n/render";
import {
  collective,
  individual,
  rulesOnRow,
  validateSpec,
  type LabelRow,
  type SnapshotSpec,
} from "../testing/snapshots";

const one = (row: LabelRow, spec: Omit<SnapshotSpec, "rows"> = {}) =>
  rulesOnRow(validateSpec({ ...spec, rows: [row] }), 5);
const cst = (o: LabelRow = {}) =>
  individual({
    [COL.title]: "Chiến sĩ thi đua cơ sở",
    [COL.dutyLevel]: "Hoàn thành xuất sắc",
    ...o,
  });

describe("DK01 duty level for LĐTT/CSTĐCS", () => {
  it("fires below Hoàn thành tốt, silent at it", () => {
    expect(one(individual({ [COL.dutyLevel]: "Hoàn thành" }))).toEqual(["DK01"]);
    expect(one(individual({ [COL.dutyLevel]: "Không hoàn thành" }))).toEqual(["DK01"]);
    expect(one(individual({ [COL.dutyLevel]: "Hoàn thành tốt" }))).toEqual([]);
  });
  it("does not apply to Giấy khen", () => {
    expect(one(individual({ [COL.title]: "GK", [COL.dutyLevel]: "Hoàn thành" }))).toEqual([]);
  });
});

describe("DK01 for workers, farmers and other labourers (Law 2022 Art. 24(3))", () => {
  const GROUP = "Công nhân, nông dân, người lao động khác";
  const resident = (o: LabelRow = {}) =>
    individual({
      [COL.personGroup]: GROUP,
      [COL.dutyLevel]: null,
      [COL.productiveWork]: "Có",
      ...o,
    });

  it("passes on Lao động, sản xuất hiệu quả = Có, with no duty rating asked for", () => {
    expect(one(resident())).toEqual([]);
    // A duty rating typed anyway is not judged on this route.
    expect(one(resident({ [COL.dutyLevel]: "Hoàn thành" }))).toEqual([]);
  });

  it("= Không is DK01 (variant art24) on that column, citing Art. 24(3)", () => {
    const r = validateSpec({ rows: [resident({ [COL.productiveWork]: "không" })] });
    const f = r.findings.filter((x) => x.row === 5);
    expect(f.map((x) => x.rule)).toEqual(["DK01"]);
    expect(f[0]).toMatchObject({ column: COL.productiveWork, severity: "error" });
    expect(f[0]!.citation).toBe("Luật TĐKT 2022, Điều 24 khoản 3");
    expect(renderMessage(f[0]!, "vi")).toContain("Điều 24 khoản 3");
    expect(renderMessage(f[0]!, "vi")).toContain("“Lao động, sản xuất hiệu quả” là “Có”");
    expect(renderMessage(f[0]!, "en")).toContain("Art. 24(3)");
  });

  it("blank is DL01 on Lao động, sản xuất hiệu quả, not on the duty rating", () => {
    const r = validateSpec({ rows: [resident({ [COL.productiveWork]: null })] });
    expect(r.findings.filter((x) => x.row === 5).map((x) => [x.rule, x.column])).toEqual([
      ["DL01", COL.productiveWork],
    ]);
  });

  it("blank Đối tượng and the other two groups keep the duty rating (today's behaviour)", () => {
    for (const group of [null, "Cán bộ, công chức, viên chức", "Người lao động"]) {
      expect(one(individual({ [COL.personGroup]: group, [COL.dutyLevel]: "Hoàn thành" }))).toEqual([
        "DK01",
      ]);
      // Lao động, sản xuất hiệu quả does not stand in for the rating outside the Art. 24(3) group.
      expect(
        one(
          individual({
            [COL.personGroup]: group,
            [COL.dutyLevel]: null,
            [COL.productiveWork]: "Có",
          })
        )
      ).toEqual(["DL01"]);
    }
  });

  it("an Đối tượng off the list is DL02 (naming sheet, row, column and the choices); the duty rating stays", () => {
    const r = validateSpec({
      rows: [individual({ [COL.personGroup]: "Nông dân", [COL.dutyLevel]: "Hoàn thành" })],
    });
    const f = r.findings.filter((x) => x.row === 5);
    expect(f.map((x) => x.rule).sort()).toEqual(["DK01", "DL02"]);
    const dl02 = f.find((x) => x.rule === "DL02")!;
    expect(dl02.column).toBe(COL.personGroup);
    expect(renderMessage(dl02, "vi")).toBe(
      "Sheet “Đề nghị”, dòng 5, cột “Đối tượng”: giá trị “Nông dân” không có trong danh mục; chọn một trong “Cán bộ, công chức, viên chức”; “Người lao động”; “Công nhân, nông dân, người lao động khác”."
    );
    expect(renderMessage(dl02, "en")).toContain("Sheet “Đề nghị”, row 5, column “Đối tượng”");
  });

  it("a Lao động, sản xuất hiệu quả off the list is DL02 and no DK01", () => {
    const r = validateSpec({ rows: [resident({ [COL.productiveWork]: "Tốt" })] });
    const f = r.findings.filter((x) => x.row === 5);
    expect(f.map((x) => [x.rule, x.column])).toEqual([["DL02", COL.productiveWork]]);
    expect(renderMessage(f[0]!, "vi")).toContain("chọn một trong “Có”; “Không”");
  });

  it("applies to individuals only: a collective's duty rating is judged as before", () => {
    expect(one(collective({ [COL.personGroup]: GROUP, [COL.dutyLevel]: "Hoàn thành" }))).toContain(
      "DK07"
    );
  });

  describe("CSTĐCS on the Art. 24(3) route", () => {
    const cstResident = (o: LabelRow = {}) =>
      resident({ [COL.title]: "Chiến sĩ thi đua cơ sở", [COL.initiative]: "QĐ 12/QĐ-UBND", ...o });
    // A lone CSTĐCS row is also DK05 (cap) and DK06 (no LĐTT row): not what is tested here.
    const oneCst = (row: LabelRow) => one(row).filter((r) => r !== "DK05" && r !== "DK06");
    it("needs no duty rating: Có and an initiative pass", () => {
      expect(oneCst(cstResident())).toEqual([]);
    });
    it("without a duty rating the initiative is required (DK04)", () => {
      expect(oneCst(cstResident({ [COL.initiative]: null }))).toEqual(["DK04"]);
      expect(
        oneCst(cstResident({ [COL.initiative]: null, [COL.dutyLevel]: "Hoàn thành xuất sắc" }))
      ).toEqual([]);
    });
    it("= Không is DK01 (art24) as for LĐTT", () => {
      expect(oneCst(cstResident({ [COL.productiveWork]: "Không" }))).toEqual(["DK01"]);
    });
  });

  it("a register without the two columns reads as before", () => {
    const r = validateSpec({ rows: [individual({ [COL.dutyLevel]: "Hoàn thành" })] });
    expect(rulesOnRow(r, 5)).toEqual(["DK01"]);
  });
});

describe("DK02 minimum months", () => {
  it("fires below the policy minimum, silent at it", () => {
    expect(one(individual({ [COL.monthsWorked]: 9 }))).toEqual(["DK02"]);
    expect(one(individual({ [COL.monthsWorked]: 10 }))).toEqual([]);
  });
  it("follows the policy value", () => {
    expect(
      one(individual({ [COL.monthsWorked]: 10 }), {
        settings: { "Số tháng công tác tối thiểu": 11 },
      })
    ).toEqual(["DK02"]);
    expect(
      one(individual({ [COL.monthsWorked]: 6 }), { settings: { "Số tháng công tác tối thiểu": 6 } })
    ).toEqual([]);
  });
});

describe("DK03 discipline", () => {
  it.each(["Khiển trách", "Cảnh cáo", "Giáng chức", "Cách chức", "Buộc thôi việc"])(
    "fires for %s, any title",
    (d) => {
      expect(one(individual({ [COL.discipline]: d, [COL.title]: "Giấy khen" }))).toEqual(["DK03"]);
    }
  );
  it("is silent for blank and Không, and for collectives", () => {
    expect(one(individual({ [COL.discipline]: "Không" }))).toEqual([]);
    expect(one(individual({ [COL.discipline]: null }))).toEqual([]);
    expect(one(collective({ [COL.discipline]: "Khiển trách" }))).toEqual([]);
  });

  // Decree 152/2025 Art. 4(4): achievements count from the end of the discipline period.
  const y2026 = { settings: { "Năm đánh giá": 2026 } };
  it("is silent when the period ended before the evaluation year", () => {
    expect(
      one(individual({ [COL.discipline]: "Cảnh cáo", [COL.disciplineEnd]: "31/12/2025" }), y2026)
    ).toEqual([]);
  });
  it("fires, naming the end, when the period ends in or after the evaluation year", () => {
    for (const end of ["01/01/2026", "30/06/2026", "15/03/2027"]) {
      const r = validateSpec({
        ...y2026,
        rows: [individual({ [COL.discipline]: "Khiển trách", [COL.disciplineEnd]: end })],
      });
      const f = r.findings.filter((x) => x.rule === "DK03");
      expect(f).toHaveLength(1);
      expect(renderMessage(f[0]!, "vi")).toContain(`hết thời hạn kỷ luật ngày ${end}`);
      expect(f[0]!.citation).toContain("Nghị định 152/2025/NĐ-CP, Điều 4 khoản 4");
    }
  });
  it("an end date that is not a date is DL11 and the discipline still counts (DK03)", () => {
    expect(
      one(individual({ [COL.discipline]: "Cảnh cáo", [COL.disciplineEnd]: "tháng 6" }), y2026)
    ).toEqual(["DK03", "DL11"]);
  });
});

describe("DK14 a matter under consideration (Kỷ luật = Đang xem xét)", () => {
  it("blocks every title for individuals, collectives and households alike", () => {
    expect(one(individual({ [COL.discipline]: "Đang xem xét" }))).toEqual(["DK14"]);
    expect(one(individual({ [COL.discipline]: "Đang xem xét", [COL.title]: "Giấy khen" }))).toEqual(
      ["DK14"]
    );
    expect(one(collective({ [COL.discipline]: "Đang xem xét" }))).toEqual(["DK14"]);
  });
  it("is not DK03 (no discipline yet) and cites Decree 152/2025 Art. 4(4)", () => {
    const r = validateSpec({ rows: [individual({ [COL.discipline]: "đang xem xét" })] });
    const f = r.findings.filter((x) => x.row === 5);
    expect(f.map((x) => x.rule)).toEqual(["DK14"]);
    expect(f[0]!.citation).toBe("Nghị định 152/2025/NĐ-CP, Điều 4 khoản 4");
    expect(renderMessage(f[0]!, "en")).toContain("no commendation");
  });
});

describe("DK04 CSTĐCS needs excellence or an initiative", () => {
  const withLdtt = (row: LabelRow) =>
    rulesOnRow(
      validateSpec({
        rows: [row, individual()],
        settings: { "Tỷ lệ tối đa CSTĐCS so với LĐTT (%)": null },
      }),
      5
    );
  it("fires for Hoàn thành tốt without initiative", () => {
    expect(withLdtt(cst({ [COL.dutyLevel]: "Hoàn thành tốt" }))).toEqual(["DK04"]);
  });
  it("is silent with an initiative or excellent completion", () => {
    expect(
      withLdtt(cst({ [COL.dutyLevel]: "Hoàn thành tốt", [COL.initiative]: "QĐ 12/QĐ-UBND" }))
    ).toEqual([]);
    expect(withLdtt(cst())).toEqual([]);
  });
});

describe("DK05 CSTĐCS cap", () => {
  const ldtt = (i: number) => individual({ [COL.name]: `Người ${i}`, [COL.birthDate]: null });
  const cstRow = (i: number) => cst({ [COL.name]: `Người ${i}`, [COL.birthDate]: null });
  const run = (nLdtt: number, nCst: number, cap: number | null = 15) =>
    validateSpec({
      rows: [
        ...Array.from({ length: nLdtt }, (_, i) => ldtt(i)),
        ...Array.from({ length: nCst }, (_, i) => cstRow(i)),
      ],
      settings: { "Tỷ lệ tối đa CSTĐCS so với LĐTT (%)": cap },
    }).findings.filter((f) => f.rule === "DK05");
  it("is silent at exactly the cap: 3 of 20 = 15%", () => {
    expect(run(20, 3)).toEqual([]);
  });
  it("fires above it, on every annual CSTĐCS row: 4 of 20", () => {
    expect(run(20, 4)).toHaveLength(4);
  });
  it("is disabled by a blank cap", () => {
    expect(run(1, 5, null)).toEqual([]);
  });
  it("counts only annual individual rows", () => {
    const r = validateSpec({
      rows: [
        ldtt(1),
        cstRow(1),
        individual({ [COL.name]: "Người 2", [COL.title]: "LDTT", [COL.drive]: "Đợt 30/4" }),
      ],
      settings: { "Tỷ lệ tối đa CSTĐCS so với LĐTT (%)": 100 },
    });
    expect(r.findings.filter((f) => f.rule === "DK05")).toEqual([]);
  });
});

describe("DK06 CSTĐCS without LĐTT", () => {
  const spec = (rows: LabelRow[]) =>
    validateSpec({ rows, settings: { "Tỷ lệ tối đa CSTĐCS so với LĐTT (%)": null } });
  it("warns when the nominee has no LĐTT row", () => {
    expect(rulesOnRow(spec([cst()]), 5)).toEqual(["DK06"]);
  });
  it("is silent when an LĐTT row exists in any drive, and fires for another person", () => {
    expect(rulesOnRow(spec([cst(), individual({ [COL.name]: "NGUYỄN VĂN AN" })]), 5)).toEqual([]);
    expect(rulesOnRow(spec([cst(), individual({ [COL.name]: "Trần Văn Bình" })]), 5)).toEqual([
      "DK06",
    ]);
    expect(rulesOnRow(spec([cst(), individual({ [COL.birthDate]: "01/01/1990" })]), 5)).toEqual([
      "DK06",
    ]);
  });
});

describe("DK07 Tập thể lao động tiên tiến", () => {
  it("fires at exactly 50% LĐTT, silent just above", () => {
    expect(one(collective({ [COL.membersLdtt]: 5 }))).toEqual(["DK07"]);
    expect(one(collective({ [COL.membersLdtt]: 6 }))).toEqual([]);
    expect(
      one(collective({ [COL.members]: 9, [COL.membersCompleted]: 9, [COL.membersLdtt]: 5 }))
    ).toEqual([]);
  });
  it("fires for a disciplined member or duty below Hoàn thành tốt, listing every reason once", () => {
    const f = validateSpec({
      rows: [collective({ [COL.membersDisciplined]: 1, [COL.dutyLevel]: "Hoàn thành" })],
    }).findings.filter((x) => x.rule === "DK07");
    expect(f).toHaveLength(1);
    expect(f[0]!.params.reasons).toEqual(["dutyGood", "disciplined"]);
  });
});

describe("DK08 Tập thể lao động xuất sắc", () => {
  const xs = (o: LabelRow = {}) =>
    collective({
      [COL.title]: "Tập thể lao động xuất sắc",
      [COL.dutyLevel]: "Hoàn thành xuất sắc",
      ...o,
    });
  it("is silent at 70% LĐTT, 100% completed, one CSTĐCS", () => {
    expect(one(xs({ [COL.membersLdtt]: 7 }))).toEqual([]);
  });
  it.each([
    [{ [COL.membersLdtt]: 6 }, "ldtt70"],
    [{ [COL.membersCompleted]: 9 }, "allCompleted"],
    [{ [COL.membersCstdcs]: 0 }, "oneCstdcs"],
    [{ [COL.membersDisciplined]: 2 }, "disciplined"],
    [{ [COL.dutyLevel]: "Hoàn thành tốt" }, "dutyExcellent"],
  ])("fires for %p", (o, reason) => {
    const f = validateSpec({ rows: [xs(o as LabelRow)] }).findings.filter((x) => x.rule === "DK08");
    expect(f.map((x) => x.params.reasons)).toEqual([[reason]]);
  });
});

describe("DK09 vote ratio on total membership", () => {
  it("is silent exactly at 50% (9 members: 4.5 → 5 votes needed) and 70% for CSTĐCS", () => {
    expect(one(individual({ [COL.title]: "GK", [COL.votes]: 5 }))).toEqual([]);
    expect(one(individual({ [COL.title]: "GK", [COL.votes]: 4 }))).toEqual(["DK09"]);
    expect(
      one(cst({ [COL.votes]: 7 }), { settings: { "Tỷ lệ tối đa CSTĐCS so với LĐTT (%)": null } })
    ).toEqual(["DK06"]);
    expect(
      one(cst({ [COL.votes]: 6 }), { settings: { "Tỷ lệ tối đa CSTĐCS so với LĐTT (%)": null } })
    ).toEqual(["DK06", "DK09"]);
  });
  it("is exact at the threshold with 10 members: 5 of 10 passes 50%, 7 of 10 passes 70%", () => {
    const s = { "Số thành viên Hội đồng": 10, "Tỷ lệ tối đa CSTĐCS so với LĐTT (%)": null };
    expect(one(individual({ [COL.title]: "GK", [COL.votes]: 5 }), { settings: s })).toEqual([]);
    expect(one(cst({ [COL.votes]: 7 }), { settings: s })).toEqual(["DK06"]);
  });
  it("follows the policy table, and a blank ratio disables it", () => {
    expect(one(individual({ [COL.votes]: 8 }), { policy: { LDTT: { minVotePct: 90 } } })).toEqual([
      "DK09",
    ]);
    expect(one(individual({ [COL.votes]: 0 }), { policy: { LDTT: { minVotePct: null } } })).toEqual(
      []
    );
  });
});

describe("DK10 not voted", () => {
  it("warns on an empty vote cell", () => {
    const r = validateSpec({ rows: [individual({ [COL.votes]: null })] });
    expect(rulesOnRow(r, 5)).toEqual(["DK10"]);
    expect(r.counts).toEqual({ error: 0, warning: 1, rows: 1 });
  });
});

describe("DK11 minimum score", () => {
  it("fires below the policy minimum, silent at it or when unset", () => {
    const policy = { "Lao động tiên tiến": { minScore: 80 } };
    expect(one(individual({ [COL.score]: 79.5 }), { policy })).toEqual(["DK11"]);
    expect(one(individual({ [COL.score]: 80 }), { policy })).toEqual([]);
    expect(one(individual({ [COL.score]: 10 }))).toEqual([]);
  });
});

describe("DK12 yearly titles only in the annual drive", () => {
  it("fires for LĐTT in Đợt 30/4, silent for Giấy khen", () => {
    expect(one(individual({ [COL.drive]: "Đợt 30/4" }))).toEqual(["DK12"]);
    expect(one(individual({ [COL.title]: "GK", [COL.drive]: "Đợt 30/4" }))).toEqual([]);
    expect(one(collective({ [COL.drive]: "Đột xuất" }))).toEqual(["DK12"]);
  });
});

describe("DK13 open complaints", () => {
  const complaint = (status: string | null) => ({
    name: "nguyễn văn  an",
    status,
    content: "Phản ánh",
  });
  it("fires for Đang xử lý or blank status, silent when resolved", () => {
    expect(one(individual(), { complaints: [complaint("Đang xử lý")] })).toEqual(["DK13"]);
    expect(one(individual(), { complaints: [complaint(null)] })).toEqual(["DK13"]);
    expect(one(individual(), { complaints: [complaint("Đã giải quyết")] })).toEqual([]);
    expect(one(individual(), { complaints: [complaint("Không thụ lý")] })).toEqual([]);
  });
});

describe("numbers in messages", () => {
  it("uses a decimal comma in Vietnamese and a point in English", () => {
    const f = validateSpec({
      rows: [individual({ [COL.title]: "GK", [COL.votes]: 4 })],
    }).findings.find((x) => x.rule === "DK09")!;
    expect(renderMessage(f, "vi")).toContain("44,4%");
    expect(renderMessage(f, "en")).toContain("44.4%");
  });
});
