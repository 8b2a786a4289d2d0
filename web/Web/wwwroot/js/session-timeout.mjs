// Warns a signed-in person before their idle session ends and lets them stay signed in without losing the page.
// Without JavaScript the session simply ends and the next page asks them to sign in again.
export function warnBeforeSessionTimeout (container) {
  if (!container) return
  const timeout = Number(container.dataset.timeoutSeconds) * 1000
  const warning = Number(container.dataset.warningSeconds) * 1000
  const dialog = container.querySelector('dialog')
  const countdown = container.querySelector('.app-timeout-dialog__countdown')
  const form = dialog.querySelector('form')
  let warnTimer, endTimer, tick

  const start = () => {
    clearTimeout(warnTimer); clearTimeout(endTimer); clearInterval(tick)
    const endsAt = Date.now() + timeout
    warnTimer = setTimeout(() => {
      container.hidden = false
      const show = () => {
        const seconds = Math.max(0, Math.round((endsAt - Date.now()) / 1000))
        countdown.textContent = seconds >= 60 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`
      }
      show()
      tick = setInterval(show, 15000)
      dialog.showModal()
    }, Math.max(0, timeout - warning))
    endTimer = setTimeout(() => { window.location.href = '/you-have-signed-out?reason=timeout' }, timeout)
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const response = await fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin' })
    if (response.ok) {
      dialog.close()
      container.hidden = true
      start()
    } else {
      window.location.href = '/you-have-signed-out?reason=timeout'
    }
  })
  start()
}
