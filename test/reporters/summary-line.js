/**
 * Prints one plain closing line, "N passed, N failed, N skipped", after Jest's own summary, so any
 * log reader (CI included) can count the tests without knowing Jest's format.
 */
class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests + results.numTodoTests} skipped`;
    // Printed on exit so that it comes after the coverage summary.
    process.on("exit", () => process.stdout.write(`\n${line}\n`));
  }
}
module.exports = SummaryLineReporter;
