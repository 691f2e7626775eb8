/** A write transaction kept open on purpose, for tests of what others see and do while it is. */
import type { Kysely, Transaction } from "kysely";

export interface HeldTransaction {
  /** Lets the transaction commit. */
  release(): void;
  /** Settles once the transaction has committed (or rolled back). */
  done: Promise<void>;
}

/** Opens a transaction on `db`, runs `work` in it and resolves while it is still open; rejects when `work` throws. */
export async function holdTransaction<DB>(db: Kysely<DB>, work: (trx: Transaction<DB>) => Promise<unknown> = async () => undefined): Promise<HeldTransaction> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let opened!: () => void;
  const isOpen = new Promise<void>((resolve) => (opened = resolve));
  const done = db.transaction().execute(async (trx) => {
    await work(trx);
    opened();
    await held;
  });
  await Promise.race([isOpen, done]);
  return { release, done };
}
