// Reads series for charts: points over a range at the resolution the server picks (AUTO), with
// each series' datapoint (label, units, type).
import { graphql } from '../graphql.js';

const SERIES = `query($ids: [BigInteger!]!, $from: BigInteger!, $to: BigInteger!, $r: Resolution) {
  series(datapointIds: $ids, from: $from, to: $to, resolution: $r) {
    idxDatapoint resolution stepMs timestamps values mins maxs
    datapoint { key label units dataType } } }`;

/** The ranges of the presets, in ms. */
export const RANGES = {
  '1h': 3_600_000, '1d': 86_400_000, '1w': 7 * 86_400_000, '1m': 30 * 86_400_000,
  '3m': 91 * 86_400_000, '1y': 365 * 86_400_000,
};

/** Series over [from, to) at a resolution (default AUTO: the server picks it for the range). */
export async function readSeries(ids, from, to, resolution = 'AUTO') {
  if (!ids.length) return [];
  const { series } = await graphql(SERIES, { ids, from, to, r: resolution });
  return series.map((s) => ({
    ...s,
    label: s.datapoint?.label ?? s.datapoint?.key ?? `datapoint ${s.idxDatapoint}`,
    units: unitsOf(s.datapoint),
  }));
}

/** Counters are shown as rates: their units are per second unless the label says so already. */
export function unitsOf(d) {
  if (!d) return '';
  const units = d.units ?? '';
  const counter = d.dataType === 32 || d.dataType === 64;
  return counter && !units.endsWith('/s') ? (units ? `${units}/s` : '/s') : units;
}
