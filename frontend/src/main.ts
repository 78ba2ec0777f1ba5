import { createApp } from 'vue'
import { createPinia } from 'pinia'
import { elementPlus } from './elementPlus'
import 'element-plus/dist/index.css'
import './styles.css'
import App from './App.vue'
import StartupError from './components/layout/TheStartupError.vue'
import { configureApiClient } from './api/client'
import { getPublicConfig } from './api/config'
import { getMe } from './api/me'
import { startPublic } from './public/startPublic'
import { freshToken, relogin, startSession } from './auth/session'
import { currentLocale, i18n, setLocale } from './i18n'
import { createAppRouter } from './router'
import { useAuthStore } from './stores/auth'

async function start() {
  setLocale(currentLocale())
  configureApiClient({
    token: freshToken,
    language: currentLocale,
    onUnauthenticated: () => relogin(currentLocale()),
  })

  const config = await getPublicConfig()
  await startSession(config, currentLocale())
  const me = await getMe()

  const app = createApp(App)
  const pinia = createPinia()
  app.use(pinia)
  useAuthStore(pinia).signedIn(me)
  app.use(i18n)
  app.use(elementPlus)
  app.use(createAppRouter())
  app.mount('#app')
}

if (window.location.pathname.startsWith('/p/')) {
  startPublic()
} else {
  start().catch((error: unknown) => {
    console.error(error)
    createApp(StartupError, { error }).use(i18n).use(elementPlus).mount('#app')
  })
}
