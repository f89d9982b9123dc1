/*
 * The small line of total vulnerability beside play. Apart from the trajectory chart (chart.ts),
 * which only the debrief draws, so the play screens load without the chart's layout code.
 */

/** An SVG path of total vulnerability per stage, lower on the page when vulnerability is lower. */
export function sparkline(totals: readonly number[], max: number, width = 120, height = 32): string {
  if (!totals.length) return '';
  const stepX = totals.length > 1 ? width / (totals.length - 1) : 0;
  const y = (v: number) => Math.round((height - 2 - ((height - 4) * Math.min(v, max)) / Math.max(1, max)) * 10) / 10;
  if (totals.length === 1) return `M0 ${y(totals[0]!)}H${width}`;
  return totals.map((v, i) => `${i ? 'L' : 'M'}${Math.round(i * stepX * 10) / 10} ${y(v)}`).join(' ');
}
