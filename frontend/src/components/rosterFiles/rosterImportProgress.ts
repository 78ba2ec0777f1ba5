/** What every import's status has: the roster's and the registry's. */
interface ImportProgress {
  status: string
  done: number
  total: number
}

/** How far an applying import has got, 0–100, for the progress bar. */
export function progressPercent(status: ImportProgress): number {
  if (status.status === 'applied') return 100
  if (status.total <= 0) return 0
  return Math.min(100, Math.floor((status.done * 100) / status.total))
}

/**
 * Asks for an import's status every `intervalMs` while it is applying, passing each answer to `onUpdate`, until it
 * has ended (applied or failed) or `stop()` is called. A failed request ends the polling through `onError`.
 */
export function followImport<S extends ImportProgress>(
  load: () => Promise<S>,
  onUpdate: (status: S) => void,
  onError: (error: unknown) => void,
  intervalMs = 500,
): () => void {
  let stopped = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const tick = async () => {
    if (stopped) return
    try {
      const status = await load()
      if (stopped) return
      onUpdate(status)
      if (status.status === 'applying') timer = setTimeout(tick, intervalMs)
    } catch (error) {
      if (!stopped) onError(error)
    }
  }
  timer = setTimeout(tick, intervalMs)
  return () => {
    stopped = true
    if (timer !== undefined) clearTimeout(timer)
  }
}
