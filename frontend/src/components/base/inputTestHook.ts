import type { Directive } from 'vue'

/**
 * `v-input-test="'payment-amount'"`: puts a `data-test` hook on the native input inside a wrapped control
 * (el-input-number and el-date-picker keep their attributes on a wrapper or a popup).
 */
export const vInputTest: Directive<HTMLElement, string> = {
  mounted(el, { value }) {
    el.querySelector('input')?.setAttribute('data-test', value)
  },
}
