import { toKatakana } from '@/format/text'

const key = (value: string) => toKatakana(value).replace(/[\s\u3000]/g, '').toLowerCase()

/** Whether a name or its reading holds what was typed at the door: 全角/半角, ひらがな/カタカナ and spaces ignored. */
export function matchesName(filter: string, name: string, kana: string): boolean {
  const wanted = key(filter)
  return !wanted || key(name).includes(wanted) || key(kana).includes(wanted)
}
