/*
 * Demo of an optional service: stands for a statistics script (Matomo, Plausible…) in the demo
 * content. It only remembers a random visitor number in a first-party cookie and counts page
 * views in the browser console. It is loaded only for visitors who accept "Website statistics".
 */
;(function () {
  var name = 'osprn_stats_demo'
  var existing = document.cookie.split('; ').find(function (entry) {
    return entry.indexOf(name + '=') === 0
  })
  var id = existing ? existing.split('=')[1] : Math.random().toString(36).slice(2)
  document.cookie = name + '=' + id + '; path=/; max-age=' + 60 * 60 * 24 * 365 + '; samesite=lax'
  console.info('[demo statistics] page view by visitor ' + id + ': ' + location.pathname)
})()
