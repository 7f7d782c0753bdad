/** The parts of a users operation's arguments that the sign-in hooks read. */
export interface UserOperationArgs {
  id?: number | string
  data?: Record<string, unknown>
}

export const operationArgs = (args: unknown): UserOperationArgs => (args ?? {}) as UserOperationArgs
