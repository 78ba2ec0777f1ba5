import { http, seg } from './client'

/** One name a text may use between braces, with what it stands for and the value previews use. */
export interface Placeholder {
  name: string
  labelJa: string
  labelEn: string
  sample: string
}

export interface TemplateKind {
  key: string
  nameJa: string
  nameEn: string
  /** Whether the text has a one-line subject (an email's subject, a letter's title). */
  hasSubject: boolean
  placeholders: Placeholder[]
}

/** A text as an editor works on it; `subject` is null for kinds without one. */
export interface TemplateText {
  subject: string | null
  body: string
}

/** One published head-office version; never changed once published. */
export interface TemplateVersion extends TemplateText {
  key: string
  version: number
  note: string
  publishedBy: string
  publishedAt: string
}

export interface VersionSummary {
  version: number
  note: string
  publishedBy: string
  publishedAt: string
}

export type DiffOp = 'same' | 'added' | 'removed'

export interface DiffLine {
  op: DiffOp
  text: string
}

/** Head office's changes between two versions, line by line. */
export interface TextChanges {
  fromVersion: number
  toVersion: number
  subject: DiffLine[]
  body: DiffLine[]
}

export interface LibraryEntry {
  key: string
  nameJa: string
  nameEn: string
  /** null while nothing has been published. */
  latestVersion: number | null
  publishedAt: string | null
  publishedBy: string | null
}

export interface LibraryTemplate {
  kind: TemplateKind
  latest: TemplateVersion | null
  /** Newest first. */
  versions: VersionSummary[]
}

export interface VersionView {
  version: TemplateVersion
  /** What this version changed from the one before; null for version 1. */
  changes: TextChanges | null
}

export interface PublishForm extends TemplateText {
  note: string
  /** The latest version the editor started from (0 for the first). */
  baseVersion: number
}

export interface RegionTemplateEntry {
  key: string
  nameJa: string
  nameEn: string
  latestVersion: number
  overridden: boolean
  baseVersion: number | null
  upstreamChanged: boolean
}

/** The region's own text in force. */
export interface RegionOverride extends TemplateText {
  revision: number
  baseVersion: number
  actor: string
  at: string
}

export interface RegionTemplate {
  kind: TemplateKind
  shared: TemplateVersion
  override: RegionOverride | null
  /** The region's latest revision, sent back with every change (0 before the first). */
  revision: number
  /** Head office's changes since the version the region's text is based on. */
  upstreamChanges: TextChanges | null
}

export interface OverrideForm extends TemplateText {
  revision: number
  /** The head-office version a new override starts from. */
  baseVersion?: number
}

const library = '/api/v1/hq/document-templates'
const regional = (region: string) => `/api/v1/regions/${seg(region)}/document-templates`

export const listLibrary = () => http.get<LibraryEntry[]>(library)

export const getLibraryTemplate = (key: string) => http.get<LibraryTemplate>(`${library}/${seg(key)}`)

export const getLibraryVersion = (key: string, version: number) => http.get<VersionView>(`${library}/${seg(key)}/versions/${seg(version)}`)

export const publishVersion = (key: string, form: PublishForm) => http.post<TemplateVersion>(`${library}/${seg(key)}/versions`, form)

export const previewLibraryText = (key: string, text: TemplateText) => http.post<TemplateText>(`${library}/${seg(key)}/preview`, text)

export const listRegionTemplates = (region: string) => http.get<RegionTemplateEntry[]>(regional(region))

export const getRegionTemplate = (region: string, key: string) => http.get<RegionTemplate>(`${regional(region)}/${seg(key)}`)

export const saveOverride = (region: string, key: string, form: OverrideForm) =>
  http.put<RegionTemplate>(`${regional(region)}/${seg(key)}/override`, form)

export const rebaseOverride = (region: string, key: string, revision: number) =>
  http.post<RegionTemplate>(`${regional(region)}/${seg(key)}/override/rebase`, { revision })

export const revertOverride = (region: string, key: string, revision: number) =>
  http.post<RegionTemplate>(`${regional(region)}/${seg(key)}/override/revert`, { revision })

export const previewRegionText = (region: string, key: string, text: TemplateText) =>
  http.post<TemplateText>(`${regional(region)}/${seg(key)}/preview`, text)

/** A region that uses its own text for a template, and the head-office version that text is based on. */
export interface TemplateOverrideRegion {
  region: string
  regionName: string
  baseVersion: number
}

export interface TemplateOverrides {
  templates: { key: string; latestVersion: number; regions: TemplateOverrideRegion[] }[]
}

/** Head office's overview: which regions use their own text for which template (no texts). */
export const getTemplateOverrides = () => http.get<TemplateOverrides>('/api/v1/hq/statistics/template-overrides')
