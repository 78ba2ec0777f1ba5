/**
 * Keychain registration numbers as the server defines them (docs/adr/0009): 2–4 capital letters of the region,
 * eight digits and a Damm check digit covering both, each letter counted as its two-digit value (A = 10 … Z = 35).
 * Checked here too so that a mistyped number is pointed out before anything is sent.
 */

const DAMM = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
]

const CANONICAL = /^([A-Z]{2,4})(\d{8})(\d)$/

/** `ｏｔａ－１２３４ ５６７８－５` → `OTA123456785`: NFKC, upper case, no hyphens or spaces. */
export function compactNumber(typed: string): string {
  return typed.normalize('NFKC').toUpperCase().replace(/[\s\-‐‑–—−ー－]/g, '')
}

function dammHolds(digits: string): boolean {
  let interim = 0
  for (const c of digits) interim = DAMM[interim]![Number(c)]!
  return interim === 0
}

export type NumberProblem = 'format' | 'checkDigit'

/** null for a valid number, else what is wrong with it. */
export function numberProblem(typed: string): NumberProblem | null {
  const match = CANONICAL.exec(compactNumber(typed))
  if (!match) return 'format'
  const [, prefix = '', digits = '', check = ''] = match
  const letters = [...prefix].map((c) => String(c.charCodeAt(0) - 55)).join('')
  return dammHolds(letters + digits + check) ? null : 'checkDigit'
}

/** `OTA123456785` → `OTA-1234-5678-5`; anything that is not a number comes back as given. */
export function formatNumber(number: string | null | undefined): string {
  if (!number) return ''
  const match = CANONICAL.exec(number)
  if (!match) return number
  const [, prefix = '', digits = '', check = ''] = match
  return `${prefix}-${digits.slice(0, 4)}-${digits.slice(4)}-${check}`
}

/** Whether what was typed looks like the start of a number rather than a name (for the one search box). */
export function looksLikeNumber(typed: string): boolean {
  return /^[A-Z]{0,4}\d{3,}$/.test(compactNumber(typed))
}
