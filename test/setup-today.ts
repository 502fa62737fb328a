/**
 * Every test sees the same day: 2 January of the current year (deadline rules RG03 and RG05 do not
 * depend on when the suite runs). The CLI's clock (src/cli/clock.ts) reads it, child processes too.
 */
process.env.SO_THI_DUA_TODAY = `${new Date().getFullYear()}-01-02`;
