-- Decision-map benchmark data for PostgreSQL (run after the migrations; idempotent per marker).
-- 100,000 accounts (20,000 KEY) × 5 contacts with roles, attitudes, closeness and relationship owners,
-- plus one account "BENCH-MAP-500" with 500 contacts and 1,000 influence links.
-- Deterministic: values derive from ids, no random().
INSERT INTO app_user (email, name, role, created_at, updated_at)
SELECT 'bench-rep-' || g || '@pareto.bench', 'Bench Rep ' || g, 'REP', now(), now()
FROM generate_series(1, 50) g
WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE email = 'bench-rep-1@pareto.bench');

INSERT INTO account (external_id, name, category, owner_id, created_at, updated_at)
SELECT 'BENCH-DM-' || g, 'Bench account ' || g, CASE WHEN g % 5 = 0 THEN 'KEY' ELSE 'NORMAL' END,
       (SELECT min(id) FROM app_user WHERE email LIKE 'bench-rep-%') + g % 50, now(), now()
FROM generate_series(1, 100000) g
WHERE NOT EXISTS (SELECT 1 FROM account WHERE external_id = 'BENCH-DM-1');

INSERT INTO contact (account_id, name, layer, closeness, attitude, influence, competitor_closeness,
                     last_contacted_on, created_at, updated_at)
SELECT a.id, CASE WHEN (a.id + k) % 37 = 0 THEN NULL ELSE 'Person ' || a.id || '-' || k END,
       (ARRAY['EXECUTIVE', 'DECISION', 'IMPLEMENTATION', 'USER'])[1 + (a.id + k) % 4],
       1 + (a.id * 7 + k * 3) % 5,
       (ARRAY['CHAMPION', 'SUPPORTER', 'NEUTRAL', 'SKEPTIC', 'OPPONENT'])[1 + (a.id * 3 + k) % 5],
       1 + k % 5, CASE WHEN (a.id + k) % 11 = 0 THEN 4 ELSE NULL END,
       current_date - ((a.id * 13 + k * 29) % 200)::int, now(), now()
FROM account a CROSS JOIN generate_series(0, 4) k
WHERE a.external_id LIKE 'BENCH-DM-%'
  AND NOT EXISTS (SELECT 1 FROM contact c JOIN account b ON b.id = c.account_id WHERE b.external_id = 'BENCH-DM-1');

INSERT INTO contact_role (contact_id, role)
SELECT c.id, CASE c.layer WHEN 'DECISION' THEN 'DECISION_MAKER' WHEN 'EXECUTIVE' THEN 'INFLUENCER'
                          WHEN 'IMPLEMENTATION' THEN CASE WHEN c.id % 3 = 0 THEN 'COACH' ELSE 'TECHNICAL_EVALUATOR' END
                          ELSE 'USER' END
FROM contact c JOIN account a ON a.id = c.account_id
WHERE a.external_id LIKE 'BENCH-DM-%' AND (c.id % 4 <> 0 OR c.layer = 'DECISION')
ON CONFLICT DO NOTHING;

INSERT INTO relationship_owner (account_id, contact_id, user_id, strength, created_at, updated_at)
SELECT c.account_id, c.id, (SELECT min(id) FROM app_user WHERE email LIKE 'bench-rep-%') + c.id % 50, 3, now(), now()
FROM contact c JOIN account a ON a.id = c.account_id
WHERE a.external_id LIKE 'BENCH-DM-%' AND c.closeness >= 3 AND c.id % 2 = 0
ON CONFLICT DO NOTHING;

-- The big map: 500 contacts, 1,000 links, 100 relationship owners.
INSERT INTO account (external_id, name, category, owner_id, created_at, updated_at)
SELECT 'BENCH-MAP-500', 'Bench map with 500 contacts', 'KEY', (SELECT min(id) FROM app_user WHERE email LIKE 'bench-rep-%'), now(), now()
WHERE NOT EXISTS (SELECT 1 FROM account WHERE external_id = 'BENCH-MAP-500');

INSERT INTO contact (account_id, name, layer, closeness, attitude, influence, last_contacted_on, created_at, updated_at)
SELECT a.id, 'Big ' || g, (ARRAY['EXECUTIVE', 'DECISION', 'IMPLEMENTATION', 'USER'])[1 + g % 4], 1 + g % 5,
       (ARRAY['CHAMPION', 'SUPPORTER', 'NEUTRAL', 'SKEPTIC', 'OPPONENT'])[1 + g % 5], 1 + g % 5, current_date - g % 150, now(), now()
FROM account a CROSS JOIN generate_series(1, 500) g
WHERE a.external_id = 'BENCH-MAP-500' AND NOT EXISTS (SELECT 1 FROM contact c WHERE c.account_id = a.id);

INSERT INTO contact_role (contact_id, role)
SELECT c.id, (ARRAY['DECISION_MAKER', 'INFLUENCER', 'TECHNICAL_EVALUATOR', 'PURCHASER', 'USER', 'GATEKEEPER', 'COACH'])[1 + c.id % 7]
FROM contact c JOIN account a ON a.id = c.account_id WHERE a.external_id = 'BENCH-MAP-500'
ON CONFLICT DO NOTHING;

INSERT INTO contact_link (account_id, from_contact_id, to_contact_id, kind, strength, created_at, updated_at)
SELECT x.account_id, x.id, y.id, (ARRAY['INFLUENCES', 'ALLY', 'RIVAL'])[1 + (x.rn + s) % 3], 1 + s % 3, now(), now()
FROM (SELECT c.id, c.account_id, row_number() OVER (ORDER BY c.id) rn FROM contact c JOIN account a ON a.id = c.account_id
      WHERE a.external_id = 'BENCH-MAP-500') x
CROSS JOIN generate_series(1, 2) s
JOIN (SELECT c.id, row_number() OVER (ORDER BY c.id) rn FROM contact c JOIN account a ON a.id = c.account_id
      WHERE a.external_id = 'BENCH-MAP-500') y ON y.rn = 1 + (x.rn + s * 7) % 500
WHERE NOT EXISTS (SELECT 1 FROM contact_link l JOIN account a ON a.id = l.account_id WHERE a.external_id = 'BENCH-MAP-500');

INSERT INTO relationship_owner (account_id, contact_id, user_id, strength, created_at, updated_at)
SELECT c.account_id, c.id, (SELECT min(id) FROM app_user WHERE email LIKE 'bench-rep-%') + c.id % 5, 4, now(), now()
FROM contact c JOIN account a ON a.id = c.account_id WHERE a.external_id = 'BENCH-MAP-500' AND c.id % 5 = 0
ON CONFLICT DO NOTHING;

ANALYZE;
