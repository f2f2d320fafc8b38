/** Side-effect module: extension pages forbid `new Function`, so zod must never try its JIT (MV3 CSP). */
import { z } from 'zod';

z.config({ jitless: true });
