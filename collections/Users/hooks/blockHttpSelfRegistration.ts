import { Forbidden, type CollectionBeforeOperationHook } from 'payload'

/**
 * Payload lets anyone create the first user over HTTP while the users table is empty. This site
 * never has an open sign-up: the first administrator is created on the server with
 * `npm run create-admin` (or by the development seed), and later users by an administrator.
 */
export const blockHttpSelfRegistration: CollectionBeforeOperationHook = ({ operation, req }) => {
  if (operation === 'create' && !req.user && req.payloadAPI !== 'local') {
    throw new Forbidden(req.t)
  }
}
