import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

const SAFE_PATH = /^\/(?!\/)[^\s\\]*$/

export async function GET(request: Request): Promise<Response> {
  const path = new URL(request.url).searchParams.get('path') ?? '/'
  ;(await draftMode()).disable()
  redirect(SAFE_PATH.test(path) ? path : '/')
}
