/** The one configured HTTP client: bearer token, Accept-Language, problem+json → ProblemError. */

export interface FieldError {
  field: string
  message: string
}

/** Stable suffixes of the problem `type` URIs in docs/api.md, plus `network` for a request that got no answer. */
export type ProblemKind =
  | 'validation'
  | 'malformed-request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'stale-version'
  | 'conflict'
  | 'invalid-state'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'too-many-requests'
  | 'upstream-unavailable'
  | 'internal'
  | 'network'
  | 'unknown'

export interface Problem {
  type: string
  title: string
  status: number
  detail?: string
  errors: FieldError[]
}

export class ProblemError extends Error implements Problem {
  readonly type: string
  readonly title: string
  readonly status: number
  readonly detail?: string
  readonly errors: FieldError[]

  constructor(problem: Problem) {
    super(problem.detail || problem.title)
    this.name = 'ProblemError'
    this.type = problem.type
    this.title = problem.title
    this.status = problem.status
    this.detail = problem.detail
    this.errors = problem.errors
  }

  get kind(): ProblemKind {
    if (this.type === 'network') return 'network'
    const suffix = this.type.substring(this.type.lastIndexOf('/') + 1)
    return (KNOWN_KINDS as readonly string[]).includes(suffix) ? (suffix as ProblemKind) : 'unknown'
  }

  is(kind: ProblemKind): boolean {
    return this.kind === kind
  }
}

const KNOWN_KINDS = [
  'validation',
  'malformed-request',
  'unauthenticated',
  'forbidden',
  'not-found',
  'stale-version',
  'conflict',
  'invalid-state',
  'payload-too-large',
  'unsupported-media-type',
  'too-many-requests',
  'upstream-unavailable',
  'internal',
] as const

const KIND_BY_STATUS: Record<number, string> = {
  400: 'malformed-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  429: 'too-many-requests',
  503: 'upstream-unavailable',
}

export interface ClientSettings {
  /** Returns a fresh access token, or undefined when there is no session. */
  token: () => Promise<string | undefined>
  /** The current UI language, sent as Accept-Language. */
  language: () => string
  /** Called once when the server answers 401 (e.g. to start a new login). */
  onUnauthenticated?: () => void
}

let settings: ClientSettings = {
  token: async () => undefined,
  language: () => 'ja',
}

export function configureApiClient(next: ClientSettings): void {
  settings = next
}

export type QueryValue = string | number | boolean | null | undefined
export type Query = Record<string, QueryValue>

export interface RequestOptions {
  query?: Query
  body?: unknown
  /** Set false for the unauthenticated /public endpoints. */
  authenticated?: boolean
  signal?: AbortSignal
}

export function buildUrl(path: string, query?: Query): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    params.append(key, String(value))
  }
  const text = params.toString()
  return text ? `${path}?${text}` : path
}

/** A body sent as it is (a file), not as JSON. */
interface RawBody {
  data: Blob
  contentType: string
}

/** Sends one request with the token and the language; a failed answer becomes a ProblemError. */
async function send(method: string, path: string, options: RequestOptions & { raw?: RawBody }, accept: string): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: accept,
    'Accept-Language': settings.language(),
  }
  if (options.authenticated !== false) {
    const token = await settings.token()
    if (token) headers.Authorization = `Bearer ${token}`
  }
  if (options.raw) headers['Content-Type'] = options.raw.contentType
  else if (options.body !== undefined) headers['Content-Type'] = 'application/json'

  let response: Response
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body: options.raw ? options.raw.data : options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    })
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause
    throw new ProblemError({ type: 'network', title: 'network', status: 0, errors: [] })
  }

  if (!response.ok) {
    const problem = await readProblem(response)
    if (problem.status === 401) settings.onUnauthenticated?.()
    throw problem
  }
  return response
}

async function readJson<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T
  const text = await response.text()
  return (text ? JSON.parse(text) : undefined) as T
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  return readJson<T>(await send(method, path, options, 'application/json, application/problem+json'))
}

/** POSTs (or PUTs) a file as the raw body (not JSON) and reads a JSON answer; errors as for `request`. */
export async function upload<T>(
  path: string,
  data: Blob,
  query?: Query,
  contentType = 'application/octet-stream',
  method: 'POST' | 'PUT' = 'POST',
): Promise<T> {
  const response = await send(method, path, { query, raw: { data, contentType } }, 'application/json, application/problem+json')
  return readJson<T>(response)
}

/** A file the server sent, with the name its Content-Disposition suggests (null when it names none). */
export interface Download {
  blob: Blob
  fileName: string | null
}

/** The file name of a Content-Disposition header: `filename*=UTF-8''…` first, then `filename="…"`. */
export function dispositionFileName(header: string | null): string | null {
  if (!header) return null
  const extended = /filename\*\s*=\s*([\w-]+)'[^']*'([^;]+)/i.exec(header)
  if (extended?.[2]) {
    try {
      return decodeURIComponent(extended[2].trim())
    } catch {
      // a malformed escape: fall back to the plain name
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/i.exec(header)
  const name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2]
  return name || null
}

/**
 * A binary answer (a PDF…) fetched with the token, as a Blob for an object URL; errors as for `request`. `POST` is for
 * a file whose making is recorded (a receipt's print counts, so all but the first say 再発行).
 */
export async function download(path: string, query?: Query, accept = 'application/pdf', method: 'GET' | 'POST' = 'GET'): Promise<Download> {
  const response = await send(method, path, { query }, `${accept}, application/problem+json`)
  const blob = await response.blob()
  return { blob, fileName: dispositionFileName(response.headers.get('Content-Disposition')) }
}

async function readProblem(response: Response): Promise<ProblemError> {
  let body: Partial<Problem> = {}
  try {
    const text = await response.text()
    if (text) body = JSON.parse(text) as Partial<Problem>
  } catch {
    body = {}
  }
  const status = typeof body.status === 'number' ? body.status : response.status
  const fallbackKind = status >= 500 && status !== 503 ? 'internal' : KIND_BY_STATUS[status] ?? 'unknown'
  return new ProblemError({
    type: typeof body.type === 'string' && body.type !== 'about:blank' ? body.type : fallbackKind,
    title: typeof body.title === 'string' ? body.title : response.statusText,
    status,
    detail: typeof body.detail === 'string' ? body.detail : undefined,
    errors: Array.isArray(body.errors)
      ? body.errors
          .filter((e): e is FieldError => !!e && typeof e.field === 'string')
          .map((e) => ({ field: e.field, message: String(e.message ?? '') }))
      : [],
  })
}

export const http = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
  download: (path: string, query?: Query, accept?: string) => download(path, query, accept),
  downloadPosted: (path: string, accept?: string) => download(path, undefined, accept, 'POST'),
  upload: <T>(path: string, data: Blob, query?: Query, contentType?: string) => upload<T>(path, data, query, contentType),
  uploadPut: <T>(path: string, data: Blob, contentType?: string) => upload<T>(path, data, undefined, contentType, 'PUT'),
}

/** Encodes one path segment (region codes and ids come from the URL). */
export const seg = (value: string | number): string => encodeURIComponent(String(value))
