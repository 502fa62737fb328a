import { createHash } from "node:crypto";
import { sha256Hex } from "./sha256";
import { type AuditEntry, GENESIS_HASH, isoWithOffset, nextAuditRow, verifyChain } from "./chain";

describe("sha256", () => {
  it("gives the FIPS 180 test vectors", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    expect(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    );
  });

  it("agrees with node:crypto at every padding length and on Vietnamese text", () => {
    for (let n = 0; n < 200; n++) {
      const s = "Nhật ký 😀 ".repeat(n).slice(0, n);
      expect(sha256Hex(s)).toBe(createHash("sha256").update(s, "utf8").digest("hex"));
    }
  });
});

describe("audit chain", () => {
  const entry = (action: string): AuditEntry => ({
    time: "2026-12-05T23:50:12+07:00",
    action,
    by: "Nguyễn\tVăn A",
    sheet: "Đề nghị",
    range: "AG5:AG40",
    cells: 36,
    version: "Sổ Thi đua 0.1.0 (CLI)",
  });
  const text = (r: readonly (string | number)[]) => r.map(String);
  const r1 = nextAuditRow(null, entry("Khởi tạo"));
  const r2 = nextAuditRow({ seq: 1, hash: String(r1[8]) }, entry("Ghi kết quả kiểm tra"));
  const r3 = nextAuditRow({ seq: 2, hash: String(r2[8]) }, entry("Nâng cấp"));

  it("hashes the previous hash, LF and the TAB-joined cells", () => {
    expect(r1[3]).toBe("Nguyễn Văn A");
    expect(r1[8]).toBe(
      createHash("sha256")
        .update(`${GENESIS_HASH}\n${r1.slice(0, 8).join("\t")}`)
        .digest("hex")
    );
    expect(verifyChain([r1, r2, r3].map(text))).toEqual({ intact: true, rows: 3 });
  });

  it("finds a changed cell, a changed hash and a deleted row", () => {
    const changed = [r1, [...r2.slice(0, 3), "Người khác", ...r2.slice(4)], r3].map(text);
    expect(verifyChain(changed)).toMatchObject({ intact: false, index: 1, reason: "changed" });
    const rehashed = [r1, [...r2.slice(0, 8), "0".repeat(64)], r3].map(text);
    expect(verifyChain(rehashed)).toMatchObject({ intact: false, index: 1, reason: "changed" });
    expect(verifyChain([r1, r3].map(text))).toMatchObject({ index: 1, reason: "missing" });
  });

  it("writes ISO 8601 with the offset", () => {
    const at = new Date(Date.UTC(2026, 11, 5, 23, 50, 12));
    expect(isoWithOffset(at, 420)).toBe("2026-12-06T06:50:12+07:00");
    expect(isoWithOffset(at, -90)).toBe("2026-12-05T22:20:12-01:30");
  });
});
