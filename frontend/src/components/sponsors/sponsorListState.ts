import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { SortDir, SponsorQuery, SponsorSort, SponsorStatus } from '@/api/sponsors'

/** The sponsor list's search, filters, order and page, as kept in the URL query (page is 1-based there). */
export interface SponsorListState {
  q: string
  category: string
  status: SponsorStatus
  sort: SponsorSort
  dir: SortDir
  page: number
}

export const PAGE_SIZE = 20
export const SORTS: readonly SponsorSort[] = ['kana', 'name', 'category', 'joinedOn', 'updatedAt']
const STATUSES: readonly SponsorStatus[] = ['active', 'archived', 'all']

export const DEFAULT_STATE: Readonly<SponsorListState> = {
  q: '',
  category: '',
  status: 'active',
  sort: 'kana',
  dir: 'asc',
  page: 1,
}

function first(value: LocationQuery[string] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' ? v : ''
}

function oneOf<T extends string>(value: string, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value) ? (value as T) : fallback
}

export function stateFromQuery(query: LocationQuery): SponsorListState {
  const page = Number.parseInt(first(query.page), 10)
  return {
    q: first(query.q).trim(),
    category: first(query.category),
    status: oneOf(first(query.status), STATUSES, DEFAULT_STATE.status),
    sort: oneOf(first(query.sort), SORTS, DEFAULT_STATE.sort),
    dir: oneOf(first(query.dir), ['asc', 'desc'] as const, DEFAULT_STATE.dir),
    page: Number.isFinite(page) && page > 0 ? page : 1,
  }
}

/** Only what differs from the defaults, so a plain list has a plain URL. */
export function queryFromState(state: SponsorListState): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  for (const key of Object.keys(DEFAULT_STATE) as (keyof SponsorListState)[]) {
    if (state[key] !== DEFAULT_STATE[key] && state[key] !== '') query[key] = String(state[key])
  }
  return query
}

export function apiQuery(state: SponsorListState): SponsorQuery {
  return {
    q: state.q || undefined,
    category: state.category || undefined,
    status: state.status,
    sort: state.sort,
    dir: state.dir,
    page: state.page - 1,
    size: PAGE_SIZE,
  }
}

export function hasFilters(state: SponsorListState): boolean {
  return state.q !== '' || state.category !== '' || state.status !== DEFAULT_STATE.status
}
