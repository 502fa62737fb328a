/**
 * The tool's version: package.json's (test/audit.cli.test.ts keeps them equal). Printed by
 * `so-thi-dua --version` and written in `Nhật ký`'s `Phiên bản` (./audit/chain.ts).
 */
export const TOOL_VERSION = "0.1.0";
