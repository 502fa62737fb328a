import {
  DEFAULT_QUORUM_PCT,
  attendancePercent,
  meetsQuorum,
  parseTimeOfDay,
  parseVotingMethod,
} from "./meeting";

describe("the meeting settings as read", () => {
  it("a time typed as text is kept; a time-of-day number is written hh giờ mm; a date is invalid", () => {
    expect(parseTimeOfDay("8 giờ 00")).toEqual({ state: "ok", value: "8 giờ 00" });
    expect(parseTimeOfDay(8 / 24 + 30 / 1440)).toEqual({ state: "ok", value: "08 giờ 30" });
    expect(parseTimeOfDay(14)).toEqual({ state: "ok", value: "14 giờ 00" });
    expect(parseTimeOfDay(25).state).toBe("invalid");
    expect(parseTimeOfDay({ date: { year: 1899, month: 12, day: 30 } }).state).toBe("invalid");
    expect(parseTimeOfDay(null).state).toBe("empty");
  });

  it("the voting method: ballot, show of hands, or invalid", () => {
    expect(parseVotingMethod("bỏ phiếu KÍN")).toEqual({ state: "ok", value: "ballot" });
    expect(parseVotingMethod("Phiếu kín")).toEqual({ state: "ok", value: "ballot" });
    expect(parseVotingMethod("Giơ tay")).toEqual({ state: "ok", value: "hands" });
    expect(parseVotingMethod("Biểu quyết điện tử").state).toBe("invalid");
    expect(parseVotingMethod("").state).toBe("empty");
  });

  it("two thirds, typed 66.67, is reached by 6 of 9 and 2 of 3, not by 5 of 9", () => {
    expect(attendancePercent(6, 9)).toBe(66.67);
    expect(meetsQuorum(6, 9, DEFAULT_QUORUM_PCT)).toBe(true);
    expect(meetsQuorum(2, 3, DEFAULT_QUORUM_PCT)).toBe(true);
    expect(meetsQuorum(5, 9, DEFAULT_QUORUM_PCT)).toBe(false);
    expect(meetsQuorum(7, 9, 80)).toBe(false);
    expect(meetsQuorum(8, 10, 80)).toBe(true);
  });
});
