import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/** argon2id (the library's default algorithm) with OWASP's minimum parameters: 19 MiB, 2 passes. */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** A real hash of a random password, verified when the e-mail is unknown so both cases cost the same time. */
const DUMMY_HASH = await hash(crypto.randomUUID(), OPTIONS);

@Injectable()
export class PasswordService {
  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    const ok = await verify(passwordHash ?? DUMMY_HASH, password).catch(() => false);
    return ok && passwordHash !== null;
  }
}
