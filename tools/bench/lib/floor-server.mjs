// The floor: the least a server can do for an answer save — one Fastify route running the same
// single-row upsert through pg on the same database, with no auth, validation or logging.
import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL ?? 20) });
await pool.query(
  `CREATE TABLE IF NOT EXISTS bench_floor (attempt_id uuid NOT NULL, item_id uuid NOT NULL, answer jsonb, seq int NOT NULL, saved_at timestamptz NOT NULL, PRIMARY KEY (attempt_id, item_id))`,
);
const app = Fastify({ logger: false });
app.get('/health', async () => ({ ok: true }));
app.put('/floor/:attemptId/:itemId', async (req) => {
  const { attemptId, itemId } = req.params;
  const { answer, seq } = req.body;
  const r = await pool.query(
    `INSERT INTO bench_floor (attempt_id, item_id, answer, seq, saved_at) VALUES ($1, $2, $3, $4, now())
     ON CONFLICT (attempt_id, item_id) DO UPDATE SET answer = EXCLUDED.answer, seq = EXCLUDED.seq, saved_at = now()
     WHERE bench_floor.seq < EXCLUDED.seq RETURNING seq`,
    [attemptId, itemId, JSON.stringify(answer), seq],
  );
  return { storedSeq: r.rows[0]?.seq ?? seq, applied: r.rowCount === 1 };
});
// The same listen backlog as the API (apps/api/src/main.ts), so both accept 1,000 connects alike.
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1', backlog: 4096 });
