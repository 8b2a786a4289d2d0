import { initAll } from '/assets/govuk-frontend.min.js'
import { warnBeforeSessionTimeout } from '/js/session-timeout.mjs'

initAll()
warnBeforeSessionTimeout(document.getElementById('session-timeout'))
