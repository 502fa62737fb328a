/**
 * Runs the longest test files first, so that both workers finish together (longest-first is close
 * to the shortest schedule for two workers). Jest's own sequencer orders by the durations of the
 * previous run on this machine, kept in its cache; a clean clone (CI) has no cache and Jest falls
 * back to file size, which put the 2-minute browser test last and left one worker idle for a
 * minute. The durations come from test/suite-times.json (seconds, measured on the team's 2-core
 * machine; refresh with `UPDATE_SUITE_TIMES=1 npm test`). A local cache, when newer, still wins.
 * Order only: no test reads this, and a file missing from the list runs like any other.
 */
const path = require("node:path");
const Sequencer = require("@jest/test-sequencer").default;
const measured = require("./suite-times.json");

const ROOT = path.join(__dirname, "..");

class LongestFirstSequencer extends Sequencer {
  time(test) {
    const cached = super.time(test);
    if (cached != null) return cached;
    const seconds = measured[path.relative(ROOT, test.path).split(path.sep).join("/")];
    return seconds == null ? undefined : seconds * 1000;
  }
}

module.exports = LongestFirstSequencer;
