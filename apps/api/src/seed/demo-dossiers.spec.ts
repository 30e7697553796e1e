import { describe, expect, it } from 'vitest';
import { DEMO_DOSSIERS, demoFeedTimes } from './demo-dossiers.js';

const minutesAgo = ({ daysAgo, minuteOfDay }: { daysAgo: number; minuteOfDay: number }) =>
  daysAgo * 24 * 60 - minuteOfDay;

describe(demoFeedTimes.name, () => {
  it('spreads a feed over the days before the seed, later line by line, in office hours, the same every time', () => {
    // Like the first demo dossier: created 34 days ago, three joins, a checkpoint planned and held 7 days ago, another planned.
    const anchors = [34, null, null, null, null, 7, null];
    const times = demoFeedTimes(anchors);
    expect(times).toHaveLength(anchors.length);
    expect(times[0].daysAgo).toBe(34);
    expect(times[5].daysAgo).toBe(7);
    for (const [i, time] of times.entries()) {
      expect(time.daysAgo).toBeGreaterThanOrEqual(1); // never on the seed's own day
      expect(time.minuteOfDay).toBeGreaterThanOrEqual(9 * 60);
      if (i > 0) expect(minutesAgo(time)).toBeLessThan(minutesAgo(times[i - 1]));
    }
    expect(new Set(times.map((time) => `${time.daysAgo} ${time.minuteOfDay}`)).size).toBe(times.length);
    expect(new Set(times.map((time) => time.daysAgo)).size).toBeGreaterThan(3);
    expect(demoFeedTimes(anchors)).toEqual(times);
  });

  it('keeps lines on one day apart by minutes, still in order', () => {
    const times = demoFeedTimes([3, null, null, null, null, null]);
    for (const [i, time] of times.entries())
      if (i > 0) expect(minutesAgo(time)).toBeLessThan(minutesAgo(times[i - 1]));
  });

  it('has demo dossiers whose held checkpoints lie in the past', () => {
    for (const dossier of DEMO_DOSSIERS)
      for (const checkpoint of dossier.checkpoints)
        if (checkpoint.held) expect(checkpoint.inDays).toBeLessThan(0);
  });
});
