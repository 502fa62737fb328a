/**
 * With UPDATE_SUITE_TIMES=1, writes each test file's duration (seconds) to test/suite-times.json,
 * which test/sequencer.js reads to start the longest files first. Only after a run of every file
 * with no failure, so that a partial or failed run does not replace the list.
 */
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..", "..");
const FILE = path.join(ROOT, "test", "suite-times.json");

class SuiteTimesReporter {
  constructor(globalConfig) {
    this.globalConfig = globalConfig;
  }

  onRunComplete(_contexts, results) {
    if (process.env.UPDATE_SUITE_TIMES !== "1") return;
    if (results.numFailedTestSuites > 0 || results.numRuntimeErrorTestSuites > 0) return;
    const times = results.testResults
      .map((r) => [
        path.relative(ROOT, r.testFilePath).split(path.sep).join("/"),
        (r.perfStats.end - r.perfStats.start) / 1000,
      ])
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const json = Object.fromEntries(times.map(([file, s]) => [file, Math.round(s * 10) / 10]));
    fs.writeFileSync(FILE, `${JSON.stringify(json, null, 2)}\n`);
  }
}
module.exports = SuiteTimesReporter;
