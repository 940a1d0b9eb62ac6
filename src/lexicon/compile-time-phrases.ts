// The words of time in count-and-time-words.json `timePhrases`, compiled once into the sets the stages read:
// a deictic before a unit ("last week"), the months, and the days ("Monday", "yesterday").

/** the compiled time words, lower case */
export interface TimePhrases {
  /** "last", "this", "earlier": a deictic word before a unit ("last week", "earlier this month") */
  deictics: ReadonlySet<string>;
  /** "week", "month", "morning": a unit of time after a deictic word */
  units: ReadonlySet<string>;
  /** "week", "weekend", "month", "year": the units that name a stretch of the calendar */
  calendarUnits: ReadonlySet<string>;
  /** "january" … "december" */
  months: ReadonlySet<string>;
  /** "monday" … "sunday" */
  weekdays: ReadonlySet<string>;
  /** a day named by its name or from the day of writing: the weekdays and "today", "tonight", "yesterday", "tomorrow" */
  days: ReadonlySet<string>;
}

export function compileTimePhrases(words: { deictics: string[]; units: string[]; months: string[]; weekdays: string[]; dayDeictics: string[]; calendarUnits: string[] }): TimePhrases {
  return {
    deictics: new Set(words.deictics),
    units: new Set(words.units),
    calendarUnits: new Set(words.calendarUnits),
    months: new Set(words.months),
    weekdays: new Set(words.weekdays),
    days: new Set([...words.weekdays, ...words.dayDeictics]),
  };
}
