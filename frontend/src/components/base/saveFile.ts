/** How long an object URL stays valid after its download started (some browsers read it after `click()` returns). */
const REVOKE_AFTER_MS = 10_000

/**
 * Hands a fetched file to the browser's download under `fileName`: through an object URL, because the file came
 * with the bearer token and so cannot be a plain link.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.appendChild(link)
  try {
    link.click()
  } finally {
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS)
  }
}
