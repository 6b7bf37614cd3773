import "server-only";

/** Who is asking, as far as the app knows (nothing yet: there are no accounts). */
export type Caller = { kind: "anonymous" };

export type AccessRequest = { action: string; caller: Caller };

/**
 * Every action passes here after its input parsed and before it runs. A no-op today; accounts plug in here and
 * throw an AppError to refuse (the action helper turns it into the action's failure).
 */
export async function checkAccess(_request: AccessRequest): Promise<void> {}

export async function currentCaller(): Promise<Caller> {
  return { kind: "anonymous" };
}
