// CSV download of the numeric series a chart shows: one row per time, a column per series.
import { h } from '../dom.js';

export function downloadCsv(series, name = 'pattoo-chart.csv') {
  const times = [...new Set(series.flatMap((s) => s.timestamps))].sort((a, b) => a - b);
  const columns = series.map((s) => new Map(s.timestamps.map((t, i) => [t, s.values[i]])));
  const quote = (t) => `"${String(t).replaceAll('"', '""')}"`;
  const lines = [['time', ...series.map((s) => quote(s.units ? `${s.label} (${s.units})` : s.label))].join(',')];
  for (const t of times) {
    lines.push([new Date(t).toISOString(), ...columns.map((c) => c.get(t) ?? '')].join(','));
  }
  const link = h('a', {
    href: URL.createObjectURL(new Blob([lines.join('\n') + '\n'], { type: 'text/csv' })),
    download: name });
  link.click();
  URL.revokeObjectURL(link.href);
}
