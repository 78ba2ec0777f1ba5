import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ASSIGNABLE_ROLES } from '@/api/users'
import { messages } from '../index'

const SRC = join(__dirname, '..', '..')

function flatten(tree: unknown, prefix = ''): string[] {
  if (tree === null || typeof tree !== 'object') return [prefix]
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) => flatten(value, prefix ? `${prefix}.${key}` : key))
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === '__tests__' ? [] : sourceFiles(path)
    return /\.(ts|vue)$/.test(name) ? [path] : []
  })
}

const jaKeys = new Set(flatten(messages.ja))
const enKeys = new Set(flatten(messages.en))
const namespaces = Object.keys(messages.ja)

/** `t('a.b')`, `$t('a.b')`, `te('a.b')`, and any single-quoted 'namespace.key' literal (route titles, rule messages…). */
function usedKeys(): { key: string; file: string }[] {
  const call = /(?:\$t|\bt|\bte)\(\s*'([^'$]+)'/g
  const literal = new RegExp(`'((?:${namespaces.join('|')})\\.[A-Za-z0-9_.]+)'`, 'g')
  return sourceFiles(SRC).flatMap((path) => {
    const text = readFileSync(path, 'utf8')
    const file = relative(SRC, path)
    return [...text.matchAll(call), ...text.matchAll(literal)].map((m) => ({ key: m[1] ?? '', file }))
  })
}

describe('locales', () => {
  it('have files for the same features', () => {
    expect(Object.keys(messages.en).sort()).toEqual(namespaces.sort())
  })

  it('en has every key of ja', () => {
    const missing = [...jaKeys].filter((k) => !enKeys.has(k))
    expect(missing, `missing in en: ${missing.join(', ')}`).toEqual([])
  })

  it('ja has every key of en', () => {
    const missing = [...enKeys].filter((k) => !jaKeys.has(k))
    expect(missing, `missing in ja: ${missing.join(', ')}`).toEqual([])
  })

  it('have no empty texts', () => {
    const empty = (['ja', 'en'] as const).flatMap((locale) =>
      flatten(messages[locale])
        .filter((key) => {
          const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages[locale])
          return typeof value !== 'string' || value.trim() === ''
        })
        .map((key) => `${locale}:${key}`),
    )
    expect(empty, `empty: ${empty.join(', ')}`).toEqual([])
  })
})

describe('keys used in the sources', () => {
  const used = usedKeys()

  it('are found', () => {
    expect(used.length).toBeGreaterThan(100)
  })

  it('all exist in ja', () => {
    const missing = used.filter(({ key }) => !jaKeys.has(key)).map(({ key, file }) => `${key} (${file})`)
    expect(missing, `missing in ja: ${[...new Set(missing)].join(', ')}`).toEqual([])
  })

  it('include a label for every assignable role', () => {
    const missing = ASSIGNABLE_ROLES.map((r) => `users.roleNames.${r.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`).filter((k) => !jaKeys.has(k))
    expect(missing).toEqual([])
  })

  it('include a label for every history action', () => {
    const missing = ['created', 'updated', 'archived', 'restored'].map((a) => `sponsors.history.actions.${a}`).filter((k) => !jaKeys.has(k))
    expect(missing).toEqual([])
  })
})
