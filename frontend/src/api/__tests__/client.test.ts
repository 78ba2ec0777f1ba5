import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildUrl, configureApiClient, dispositionFileName, http, ProblemError } from '../client'
import { renewalLetters } from '../renewals'
import { listSponsors } from '../sponsors'

const fetchMock = vi.fn<typeof fetch>()

function call(index = 0): [string, RequestInit] {
  const [input, init] = fetchMock.mock.calls[index] ?? []
  return [String(input), init ?? {}]
}

function json(status: number, body: unknown, contentType = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } })
}

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock)
  configureApiClient({ token: async () => 'token-123', language: () => 'en' })
})

afterEach(() => {
  fetchMock.mockReset()
  vi.unstubAllGlobals()
})

describe('request headers', () => {
  it('sends the bearer token and the UI language', async () => {
    fetchMock.mockResolvedValue(json(200, { username: 'a' }))
    await http.get('/api/v1/me')
    const headers = call()[1].headers as Record<string, string>
    expect(headers.Authorization).toBe('Bearer token-123')
    expect(headers['Accept-Language']).toBe('en')
  })

  it('sends JSON bodies with their content type', async () => {
    fetchMock.mockResolvedValue(json(200, {}))
    await http.post('/api/v1/x', { version: 3 })
    const [, init] = call()
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json')
    expect(init.body).toBe('{"version":3}')
    expect(init.method).toBe('POST')
  })

  it('leaves out the token when there is none', async () => {
    configureApiClient({ token: async () => undefined, language: () => 'ja' })
    fetchMock.mockResolvedValue(json(200, {}))
    await http.get('/api/v1/public/config')
    expect((call()[1].headers as Record<string, string>).Authorization).toBeUndefined()
  })
})

describe('problem responses', () => {
  it('become a ProblemError with field errors', async () => {
    fetchMock.mockResolvedValue(
      json(
        400,
        {
          type: 'https://noren.mimamo.jp/problems/validation',
          title: '入力内容に誤りがあります',
          status: 400,
          detail: '1 件の誤り',
          errors: [{ field: 'postalCode', message: '郵便番号は 123-4567 の形式で入力してください' }],
        },
        'application/problem+json',
      ),
    )
    const error = await http.post('/api/v1/regions/yamato/sponsors', {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ProblemError)
    const problem = error as ProblemError
    expect(problem.kind).toBe('validation')
    expect(problem.status).toBe(400)
    expect(problem.title).toBe('入力内容に誤りがあります')
    expect(problem.detail).toBe('1 件の誤り')
    expect(problem.errors).toEqual([{ field: 'postalCode', message: '郵便番号は 123-4567 の形式で入力してください' }])
  })

  it('recognise a stale version', async () => {
    fetchMock.mockResolvedValue(
      json(409, { type: 'https://noren.mimamo.jp/problems/stale-version', title: 'stale', status: 409 }, 'application/problem+json'),
    )
    const error = (await http.put('/api/v1/x', {}).catch((e: unknown) => e)) as ProblemError
    expect(error.is('stale-version')).toBe(true)
    expect(error.errors).toEqual([])
  })

  it('are derived from the status when the body is not a problem', async () => {
    fetchMock.mockResolvedValue(new Response('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway' }))
    const error = (await http.get('/api/v1/x').catch((e: unknown) => e)) as ProblemError
    expect(error.kind).toBe('internal')
    expect(error.status).toBe(502)
  })

  it('report a failed connection as a network problem', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    const error = (await http.get('/api/v1/x').catch((e: unknown) => e)) as ProblemError
    expect(error.kind).toBe('network')
  })

  it('tell the session about a 401', async () => {
    const onUnauthenticated = vi.fn()
    configureApiClient({ token: async () => 't', language: () => 'ja', onUnauthenticated })
    fetchMock.mockResolvedValue(json(401, { type: 'https://noren.mimamo.jp/problems/unauthenticated', title: 'x', status: 401 }))
    await http.get('/api/v1/me').catch(() => undefined)
    expect(onUnauthenticated).toHaveBeenCalledOnce()
  })
})

describe('urls', () => {
  it('drop empty query values', () => {
    expect(buildUrl('/a', { q: '', category: undefined, page: 0, status: 'all' })).toBe('/a?page=0&status=all')
  })

  it('encode the region and the search text', async () => {
    fetchMock.mockResolvedValue(json(200, { items: [], total: 0, page: 0, size: 20 }))
    await listSponsors('ya mato', { q: '大森 病院', page: 0, size: 20 })
    expect(call()[0]).toBe('/api/v1/regions/ya%20mato/sponsors?q=%E5%A4%A7%E6%A3%AE+%E7%97%85%E9%99%A2&page=0&size=20')
  })
})

describe('downloads', () => {
  it('fetch a file with the token and return it as a Blob with its suggested name', async () => {
    fetchMock.mockResolvedValue(
      new Response(new Blob(['%PDF-1.7']), {
        headers: {
          'Content-Type': 'application/pdf',
          'Content-Disposition': "attachment; filename=\"renewal-letters-2026.pdf\"; filename*=UTF-8''2026%E5%B9%B4%E5%BA%A6_%E5%8D%94%E8%B3%9B.pdf",
        },
      }),
    )
    const file = await renewalLetters('yamato', 2026, { postOnly: false, dueDate: '2026-07-15' })
    const [url, init] = call()
    expect(url).toBe('/api/v1/regions/yamato/renewals/2026/letters.pdf?postOnly=false&dueDate=2026-07-15')
    expect(init.method).toBe('GET')
    const headers = init.headers as Record<string, string>
    expect(headers.Authorization).toBe('Bearer token-123')
    expect(headers.Accept).toBe('application/pdf, application/problem+json')
    expect(await file.blob.text()).toBe('%PDF-1.7')
    expect(file.fileName).toBe('2026年度_協賛.pdf')
  })

  it('turn an error answer into a ProblemError, not a file', async () => {
    fetchMock.mockResolvedValue(json(403, { type: 'https://noren.mimamo.jp/problems/forbidden', title: 'x', status: 403 }, 'application/problem+json'))
    const error = (await http.download('/api/v1/x.pdf').catch((e: unknown) => e)) as ProblemError
    expect(error).toBeInstanceOf(ProblemError)
    expect(error.kind).toBe('forbidden')
  })

  it('read the file name of a Content-Disposition', () => {
    expect(dispositionFileName("attachment; filename*=UTF-8''%E4%BB%A4%E5%92%8C.pdf")).toBe('令和.pdf')
    expect(dispositionFileName('attachment; filename="a \\"b\\".pdf"')).toBe('a "b".pdf')
    expect(dispositionFileName('attachment; filename=plain.pdf')).toBe('plain.pdf')
    expect(dispositionFileName("attachment; filename=\"fallback.pdf\"; filename*=UTF-8''%E0%A4%A")).toBe('fallback.pdf')
    expect(dispositionFileName('attachment')).toBeNull()
    expect(dispositionFileName(null)).toBeNull()
  })
})
