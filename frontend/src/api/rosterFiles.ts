import { http, seg, type Download } from './client'

/** How the roster is exported: Excel, or CSV in UTF-8 (with BOM) or Shift_JIS (CP932). */
export type RosterExportChoice = 'xlsx' | 'csv-utf-8-bom' | 'csv-cp932'
export const ROSTER_EXPORT_CHOICES: readonly RosterExportChoice[] = ['xlsx', 'csv-utf-8-bom', 'csv-cp932']

/** The encoding of an uploaded CSV; '' lets the server detect it. A chosen one overrides detection. */
export type RosterImportEncoding = '' | 'utf-8' | 'cp932'
export const ROSTER_IMPORT_ENCODINGS: readonly RosterImportEncoding[] = ['', 'utf-8', 'cp932']

/** The server refuses bigger uploads (an exported CSV of about 120,000 sponsor-year rows in UTF-8). */
export const ROSTER_IMPORT_MAX_BYTES = 32 * 1024 * 1024

/** What a row does: a new or changed sponsor (or year), one left as it is, or a further row of a sponsor already read. */
export type RosterRowAction = 'create' | 'update' | 'unchanged' | 'same'

export interface RosterCounts {
  create: number
  update: number
  unchanged: number
}

export interface RosterRejectedRow {
  row: number
  messages: string[]
}

export interface RosterSampleRow {
  row: number
  action: RosterRowAction
  name: string
  nameKana: string
  categoryCode: string
  changed: string[]
  fiscalYear: number | null
  yearAction: RosterRowAction | null
  yearChanged: string[]
}

/** One column of the file and the roster field it feeds (null: not imported), saved by the region or taken from its title. */
export interface RosterColumn {
  index: number
  header: string
  field: string | null
  source: 'saved' | 'title' | null
}

export interface RosterPreview {
  /** Null when a required field has no column: see `missing`, and map the columns first. */
  importId: string | null
  format: string
  encoding: string | null
  rows: number
  create: number
  update: number
  unchanged: number
  years: RosterCounts
  rejectedCount: number
  /** The first rejected rows (up to 500); `rejectedCount` counts them all. */
  rejected: RosterRejectedRow[]
  sample: RosterSampleRow[]
  columns: RosterColumn[]
  missing: string[]
}

export type RosterImportState = 'pending' | 'applying' | 'applied' | 'failed' | 'undone' | 'expired'

/** An import's status; while applying, `done` of `total` rows are written (and commit together at the end). */
export interface RosterImportStatus {
  importId: string
  status: RosterImportState
  done: number
  total: number
  create: number
  update: number
  unchanged: number
  years: RosterCounts
  /** Why it failed (nothing was written), in the caller's language. */
  error: string | null
}

export interface RosterUndone {
  importId: string
  status: string
  archived: number
  restored: number
  yearsRemoved: number
  yearsRestored: number
}

export interface RosterMappingEntry {
  header: string
  field: string | null
}

export interface RosterFieldInfo {
  id: string
  title: string
  required: boolean
  ofYear: boolean
}

export interface RosterMapping {
  entries: RosterMappingEntry[]
  /** Null until the region saves a mapping. */
  version: number | null
  fields: RosterFieldInfo[]
}

const base = (region: string) => `/api/v1/regions/${seg(region)}/roster`

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export function exportRoster(region: string, choice: RosterExportChoice): Promise<Download> {
  const query =
    choice === 'xlsx'
      ? { format: 'xlsx' }
      : { format: 'csv', encoding: choice === 'csv-cp932' ? 'cp932' : 'utf-8-bom' }
  return http.download(`${base(region)}/export`, query, choice === 'xlsx' ? XLSX_TYPE : 'text/csv')
}

/** Reads the file with the region's saved column mapping and reports what an import would do; nothing is written yet. */
export function previewRosterImport(region: string, file: File, encoding: RosterImportEncoding = ''): Promise<RosterPreview> {
  return http.upload<RosterPreview>(`${base(region)}/import/preview`, file, { fileName: file.name, encoding })
}

/** Starts writing a preview in the background; follow it with `getRosterImport`. */
export function applyRosterImport(region: string, importId: string): Promise<RosterImportStatus> {
  return http.post<RosterImportStatus>(`${base(region)}/import/${seg(importId)}/apply`)
}

export function getRosterImport(region: string, importId: string): Promise<RosterImportStatus> {
  return http.get<RosterImportStatus>(`${base(region)}/import/${seg(importId)}`)
}

export function undoRosterImport(region: string, importId: string): Promise<RosterUndone> {
  return http.post<RosterUndone>(`${base(region)}/import/${seg(importId)}/undo`)
}

export function getRosterMapping(region: string): Promise<RosterMapping> {
  return http.get<RosterMapping>(`${base(region)}/mapping`)
}

export function saveRosterMapping(region: string, entries: RosterMappingEntry[], version: number | null): Promise<RosterMapping> {
  return http.put<RosterMapping>(`${base(region)}/mapping`, { entries, version })
}
