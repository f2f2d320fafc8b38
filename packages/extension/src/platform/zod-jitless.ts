/** Side-effect module: extension pages forbid `new Function`, so zod must never try its JIT (MV3 CSP). */
// zod/mini's config is zod core's global config, shared with classic zod, and keeps content scripts small.
import * as z from 'zod/mini';

z.config({ jitless: true });
