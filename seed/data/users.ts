/** The demo administrator, created only outside production and only while there is no user. */
export const demoAdmin = {
  name: 'Demo Administrator',
  email: 'admin@example.org',
}
