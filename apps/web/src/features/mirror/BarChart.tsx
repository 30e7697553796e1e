import { useId } from 'react';

export interface BarSeries {
  label: string;
  /** solid: a filled bar; hatched: an outlined bar with diagonal lines — told apart without colour. */
  style: 'solid' | 'hatched';
}

export interface BarRow {
  label: string;
  values: number[];
}

const WIDTH = 400;
const LABEL = 22;
const BAR = 18;
const GAP = 4;
const GROUP_GAP = 14;
const VALUE_SPACE = 56;
/** 8.6:1 against white, and against the page's light background (WCAG AA for graphics asks 3:1). */
const INK = '#1b4f8a';

/**
 * A horizontal bar chart in plain SVG: each row's label above its bars, each bar's value written beside
 * it, the series told apart by fill and hatching as well as by the legend. No tooltips: everything is
 * written out. The SVG is one image with the summary as its name; the table that goes with it (always
 * shown next to it) holds the same numbers for screen readers and for copying.
 */
export function BarChart({
  summary,
  series,
  rows,
  format,
}: {
  summary: string;
  series: BarSeries[];
  rows: BarRow[];
  format: (value: number) => string;
}) {
  const patternId = `${useId().replace(/:/g, '')}-hatch`;
  const max = Math.max(1, ...rows.flatMap((r) => r.values.map((v) => Math.abs(v))));
  const scale = (WIDTH - VALUE_SPACE) / max;
  const groupHeight = LABEL + series.length * (BAR + GAP) + GROUP_GAP;
  const legendHeight = 28;
  const height = legendHeight + rows.length * groupHeight;
  return (
    <svg
      className="kb-chart__svg"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={summary}
      preserveAspectRatio="xMinYMin meet"
    >
      <defs>
        <pattern
          id={patternId}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line x1="0" y1="0" x2="0" y2="6" stroke={INK} strokeWidth="2" />
        </pattern>
      </defs>
      {series.map((s, i) => (
        <g key={s.label} transform={`translate(${i * 170}, 4)`}>
          <rect
            width="16"
            height="16"
            fill={s.style === 'solid' ? INK : `url(#${patternId})`}
            stroke={INK}
            strokeWidth="1.5"
          />
          <text x="22" y="13" className="kb-chart__text">
            {s.label}
          </text>
        </g>
      ))}
      {rows.map((row, r) => {
        const top = legendHeight + r * groupHeight;
        return (
          <g key={row.label} transform={`translate(0, ${top})`}>
            <text x="0" y="15" className="kb-chart__text kb-chart__label">
              {row.label}
            </text>
            {row.values.map((value, i) => {
              const width = Math.max(value === 0 ? 0 : 2, Math.abs(value) * scale);
              const y = LABEL + i * (BAR + GAP);
              const style = series[i]?.style ?? 'solid';
              return (
                <g key={i}>
                  <rect
                    x="0"
                    y={y}
                    width={width}
                    height={BAR}
                    fill={style === 'solid' ? INK : `url(#${patternId})`}
                    stroke={INK}
                    strokeWidth={style === 'solid' ? 0 : 1.5}
                  />
                  <text x={width + 6} y={y + 14} className="kb-chart__text">
                    {format(value)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
