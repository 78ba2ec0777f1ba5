import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { STATUS_GROUPS, STATUSES, type RegistrantQuery, type StatusFilter } from '@/api/registrants'

/** The registrant list's search, centre, status and page as kept in the URL (page is 1-based there). */
export interface RegistrantListState {
  q: string
  centre: number | null
  status: StatusFilter
  page: number
}

export const PAGE_SIZE = 20
export const STATUS_FILTERS: readonly StatusFilter[] = [...STATUS_GROUPS, ...STATUSES]

function first(value: LocationQuery[string] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' ? v : ''
}

export function stateFromQuery(query: LocationQuery): RegistrantListState {
  const page = Number.parseInt(first(query.page), 10)
  const centre = Number.parseInt(first(query.centre), 10)
  const status = first(query.status) as StatusFilter
  return {
    q: first(query.q).trim(),
    centre: Number.isFinite(centre) && centre > 0 ? centre : null,
    status: STATUS_FILTERS.includes(status) ? status : 'current',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  }
}

export function queryFromState(state: RegistrantListState): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (state.q) query.q = state.q
  if (state.centre) query.centre = String(state.centre)
  if (state.status !== 'current') query.status = state.status
  if (state.page > 1) query.page = String(state.page)
  return query
}

export function apiQuery(state: RegistrantListState): RegistrantQuery {
  return { q: state.q || undefined, centre: state.centre ?? undefined, status: state.status, page: state.page - 1, size: PAGE_SIZE }
}
