/**
 * The Office add-in CLI tools (office-addin-lint, -debugging, -dev-certs, -manifest) report
 * through office-addin-usage-data. The installed version (2.1.x) has usage-data reporting
 * removed: every report is a no-op and nothing is sent. This guards against an upgrade that
 * brings reporting back without anyone noticing.
 */
import * as fs from "fs";
import * as path from "path";
import { createRequire } from "module";

const ROOT = path.resolve(__dirname, "..");
const TOOLS = [
  "office-addin-lint",
  "office-addin-debugging",
  "office-addin-dev-certs",
  "office-addin-manifest",
];

interface UsageDataModule {
  OfficeAddinUsageData: new (options: Record<string, unknown>) => {
    isUsageDataOn(): boolean;
    getUsageDataLevel(): string;
  };
}

/** The office-addin-usage-data folder that `tool` loads. */
function usageDataDirFor(tool: string): string {
  const toolRequire = createRequire(path.join(ROOT, "node_modules", tool, "package.json"));
  let dir = path.dirname(toolRequire.resolve("office-addin-usage-data"));
  while (!fs.existsSync(path.join(dir, "package.json"))) dir = path.dirname(dir);
  return dir;
}

describe("Office add-in tools: usage data", () => {
  test.each(TOOLS)("%s loads an office-addin-usage-data that never reports", (tool) => {
    const dir = usageDataDirFor(tool);
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as {
      dependencies?: Record<string, string>;
    };
    expect(Object.keys(pkg.dependencies ?? {})).not.toContain("applicationinsights");
    const usageData = require(dir) as UsageDataModule;
    const reporter = new usageData.OfficeAddinUsageData({
      projectName: "so-thi-dua-test",
      instrumentationKey: "00000000-0000-0000-0000-000000000000",
      raisePrompt: false,
      usageDataLevel: "on",
    });
    expect(reporter.isUsageDataOn()).toBe(false);
    expect(reporter.getUsageDataLevel()).toBe("off");
  });
});
