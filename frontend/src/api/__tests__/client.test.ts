import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildUrl, configureApiClient, http, ProblemError } from '../client'
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
