/**
 * Accounts are created by administrators, without e-mail verification, yet Payload still routes
 * `POST /api/users/verify/<token>` and answers it by querying a column that does not exist (a
 * 500, logged with a stack trace). This route, more specific than the REST catch-all, answers it
 * as what it is: nothing here. Remove it if the users collection ever turns `auth.verify` on
 * (tests/unit/usersVerifyRoute.unit.test.ts fails then).
 */
const notFound = () => Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })

export const GET = notFound
export const POST = notFound
export const PUT = notFound
export const PATCH = notFound
export const DELETE = notFound
