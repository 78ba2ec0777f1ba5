import { http, seg, type Download } from './client'

/** How the registry is exported: Excel, or CSV in UTF-8 (with BOM) or Shift_JIS (CP932). */
export type RegistryExportChoice = 'xlsx' | 'csv-utf-8-bom' | 'csv-cp932'
export const REGISTRY_EXPORT_CHOICES: readonly RegistryExportChoice[] = ['xlsx', 'csv-utf-8-bom', 'csv-cp932']

/** The encoding of an uploaded CSV; '' lets the server detect it. */
export type RegistryImportEncoding = '' | 'utf-8' | 'cp932'
export const REGISTRY_IMPORT_ENCODINGS: readonly RegistryImportEncoding[] = ['', 'utf-8', 'cp932']
export const REGISTRY_IMPORT_MAX_BYTES = 32 * 1024 * 1024

export interface RegistryColumn {
  index: number
  header: string
  field: string | null
}

export interface RegistryRejectedRow {
  row: number
  messages: string[]
}

export interface RegistrySampleRow {
  row: number
  action: 'create' | 'update' | 'unchanged'
  name: string
  nameKana: string
  centre: string | null
  changed: string[]
  number: string | null
  issueNumber: boolean
}

export interface RegistryImportSummary {
  format: string
  encoding: string | null
  rows: number
  create: number
  update: number
  unchanged: number
  /** Rows that get a new keychain number. */
  issue: number
  rejectedCount: number
  rejected: RegistryRejectedRow[]
  sample: RegistrySampleRow[]
  columns: RegistryColumn[]
  issueNumbers: boolean
}

export interface RegistryPreview {
  /** Null when a required column is missing (see `missing`). */
  importId: string | null
  summary: RegistryImportSummary
  missing: string[]
}

export interface RegistryImportStatus {
  importId: string
  status: 'pending' | 'applying' | 'applied' | 'failed' | 'undone' | 'expired'
  done: number
  total: number
  create: number
  update: number
  unchanged: number
  issue: number
  error: string | null
}

export interface RegistryUndone {
  importId: string
  status: string
  removed: number
  restored: number
}

const base = (region: string) => `/api/v1/regions/${seg(region)}/registry`
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The registry in the import's columns; a region admin exports the whole region and gives a reason (logged). */
export function exportRegistry(region: string, choice: RegistryExportChoice, reason?: string): Promise<Download> {
  const query =
    choice === 'xlsx'
      ? { format: 'xlsx', reason }
      : { format: 'csv', encoding: choice === 'csv-cp932' ? 'cp932' : 'utf-8-bom', reason }
  return http.download(`${base(region)}/export`, query, choice === 'xlsx' ? XLSX_TYPE : 'text/csv')
}

export function previewRegistryImport(
  region: string,
  file: File,
  encoding: RegistryImportEncoding,
  issueNumbers: boolean,
): Promise<RegistryPreview> {
  return http.upload<RegistryPreview>(`${base(region)}/import/preview`, file, { fileName: file.name, encoding, issueNumbers })
}

export function applyRegistryImport(region: string, importId: string): Promise<RegistryImportStatus> {
  return http.post<RegistryImportStatus>(`${base(region)}/import/${seg(importId)}/apply`)
}

export function getRegistryImport(region: string, importId: string): Promise<RegistryImportStatus> {
  return http.get<RegistryImportStatus>(`${base(region)}/import/${seg(importId)}`)
}

export function undoRegistryImport(region: string, importId: string): Promise<RegistryUndone> {
  return http.post<RegistryUndone>(`${base(region)}/import/${seg(importId)}/undo`)
}
