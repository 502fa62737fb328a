/** Jest: TypeScript through SWC (type checking is `npm run typecheck`). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  collectCoverageFrom: ["src/**/*.{ts,tsx}", "!src/**/*.d.ts"],
  coverageReporters: ["text-summary", "lcov"],
  // Today's level, a point or so below so that coverage cannot fall silently; raise it as tests are
  // added. 2026-12-04: statements 82.8 %, branches 71.7 %, functions 82.0 %, lines 85.2 %.
  // 2026-12-06 (clean clone, CI=true): 80.96 / 70.5 / 79.2 / 83.18 — lowered on purpose, not
  // silently: issue #14's commands (share, verify, export --drive/--posting) are tested through the
  // real CLI in child processes, which coverage cannot see; src/domain/drives got unit tests.
  // 2026-12-06 later (clean clone): 82.09 / 71.24 / 80.02 / 84.37 — raised to match.
  coverageThreshold: { global: { statements: 81, branches: 70.5, functions: 79, lines: 83.5 } },
  // Two workers on the 2-core machines CI and the team use (Jest's default there is one): the
  // suites wait on LibreOffice, Chromium and CLI processes for much of their time. Test files share
  // no fixed path or port (temporary folders, port 0, a fresh LibreOffice profile per conversion).
  maxWorkers: 2,
  // A guard against a hung test, not a speed bound (tests wait for states, test/helpers/waits.ts):
  // with two workers a loaded machine runs each file more slowly. No test sets a shorter one.
  testTimeout: 600000,
  setupFiles: ["<rootDir>/test/setup-today.ts"],
  reporters: [
    "default",
    "<rootDir>/test/reporters/summary-line.js",
    "<rootDir>/test/reporters/suite-times.js",
  ],
  // The longest files first, from committed durations (a clean clone has no Jest cache to order by).
  testSequencer: "<rootDir>/test/sequencer.js",
};
