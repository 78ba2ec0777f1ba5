import type { FigureCell, FiguresReport } from '@/api/statistics'

/** Finds a region's (or, with region null, the median's) cell of one year and metric in a report. */
export function figureLookup(report: FiguresReport): (region: string | null, year: number, metric: string) => FigureCell | undefined {
  const map = new Map<string, FigureCell>()
  for (const cell of report.cells) map.set(`${cell.regionCode}\u0000${cell.fiscalYear}\u0000${cell.metric}`, cell)
  for (const cell of report.medians) map.set(`null\u0000${cell.fiscalYear}\u0000${cell.metric}`, cell)
  return (region, year, metric) => map.get(`${region}\u0000${year}\u0000${metric}`)
}
