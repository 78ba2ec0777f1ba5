import type { LocationQuery } from 'vue-router'
import type { CampaignSummary, Tally } from '@/api/renewals'
import type { SponsorCategory } from '@/api/sponsors'

/** The years the server accepts (FiscalYear.EARLIEST … LATEST). */
const EARLIEST = 1989
const LATEST = 2200

/** `?year=2025`, or this fiscal year when the query has none or nonsense. */
export function yearFromQuery(value: LocationQuery[string] | undefined, thisYear: number): number {
  const text = Array.isArray(value) ? value[0] : value
  const year = Number.parseInt(typeof text === 'string' ? text : '', 10)
  return Number.isFinite(year) && year >= EARLIEST && year <= LATEST ? year : thisYear
}

/** Next year, this year and five years back, newest first; plus the chosen year when it is older. */
export function dashboardYears(thisYear: number, chosen: number): number[] {
  const years = Array.from({ length: 7 }, (_, i) => thisYear + 1 - i)
  if (!years.includes(chosen)) years.push(chosen)
  return years.sort((a, b) => b - a)
}

export interface CategoryRow {
  code: string
  label: string
  tally: Tally
}

/** The summary's categories in the shared category order; a code no longer in the list comes last, as itself. */
export function categoryRows(
  summary: CampaignSummary | null,
  categories: SponsorCategory[],
  label: (code: string) => string,
): CategoryRow[] {
  if (!summary) return []
  const order = new Map(categories.map((c) => [c.code, c.sortOrder]))
  return [...summary.byCategory]
    .sort((a, b) => (order.get(a.categoryCode) ?? Infinity) - (order.get(b.categoryCode) ?? Infinity) || a.categoryCode.localeCompare(b.categoryCode))
    .map((c) => ({ code: c.categoryCode, label: label(c.categoryCode), tally: c.tally }))
}

/** A share as a whole percentage, 0 when there is nothing to share. */
export const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0)
