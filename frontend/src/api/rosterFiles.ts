import { http, seg, type Download } from './client'

/** How the roster is exported: Excel, or CSV in UTF-8 (with BOM) or Shift_JIS (CP932). */
export type RosterExportChoice = 'xlsx' | 'csv-utf-8-bom' | 'csv-cp932'
export const ROSTER_EXPORT_CHOICES: readonly RosterExportChoice[] = ['xlsx', 'csv-utf-8-bom', 'csv-cp932']

/** The encoding of an uploaded CSV; '' lets the server detect it. */
export type RosterImportEncoding = '' | 'utf-8' | 'cp932'
export const ROSTER_IMPORT_ENCODINGS: readonly RosterImportEncoding[] = ['', 'utf-8', 'cp932']

/** The server refuses bigger uploads (about 5,000 rows). */
export const ROSTER_IMPORT_MAX_BYTES = 1024 * 1024

export type RosterRowAction = 'create' | 'update' | 'unchanged'

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
}

export interface RosterPreview {
  importId: string
  format: string
  encoding: string | null
  rows: number
  create: number
  update: number
  unchanged: number
  rejected: RosterRejectedRow[]
  sample: RosterSampleRow[]
}

export interface RosterApplied {
  importId: string
  status: string
  created: number
  updated: number
  unchanged: number
}

export interface RosterUndone {
  importId: string
  status: string
  archived: number
  restored: number
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

/** Reads the file and reports what an import would do; nothing is written yet. */
export function previewRosterImport(region: string, file: File, encoding: RosterImportEncoding = ''): Promise<RosterPreview> {
  return http.upload<RosterPreview>(`${base(region)}/import/preview`, file, { fileName: file.name, encoding })
}

export function applyRosterImport(region: string, importId: string): Promise<RosterApplied> {
  return http.post<RosterApplied>(`${base(region)}/import/${seg(importId)}/apply`)
}

export function undoRosterImport(region: string, importId: string): Promise<RosterUndone> {
  return http.post<RosterUndone>(`${base(region)}/import/${seg(importId)}/undo`)
}
