-- Dedup check-and-insert of one article, atomic so crawler processes sharing a Redis
-- never both take the same article for new (aggregator/dedup.py builds the arguments).
-- KEYS: sequence, own record, own card, then exact buckets (field f, window w) and band
-- buckets (band j, window w); window 1 is the current one.
-- ARGV: header JSON, signature bytes, exact fields, band fields.
-- Returns {"repeat", id} | {"update", id, revision, story, duplicate_of}
--       | {"new", seq, n, (short, equal bytes, shingles, source) x n/4, story_members(best)}
local h = cjson.decode(ARGV[1])
local W, NF, NB = h.w, h.nf, h.nb
local function xkey(f, w) return KEYS[3 + (f - 1) * W + w] end
local function bkey(j, w) return KEYS[3 + NF * W + (j - 1) * W + w] end
local function xfield(f) return ARGV[2 + f] end

local function find(f)
  for w = 1, W do
    local v = redis.call('HGET', xkey(f, w), xfield(f))
    if v then return v end
  end
  return nil
end

local function claim_text(short)
  redis.call('HSET', xkey(h.textf, 1), xfield(h.textf), short)
  redis.call('EXPIREAT', xkey(h.textf, 1), h.expireat)
end

-- Exact: the same page (URL, GUID), another spelling of it, or the same text.
local text_prior = nil
for _, look in ipairs(h.lookups) do
  local prior = find(look[1])
  if prior then
    local rk = h.rprefix .. prior
    local rec = redis.call('HMGET', rk, 'i', 't', 'src', 's', 'd')
    if rec[1] then
      if look[2] == 'text' then
        if rec[3] == h.src then return {'repeat', rec[1]} end
        text_prior = prior
      elseif rec[2] == h.text or look[2] == 'alias' then
        return {'repeat', rec[1]}
      else
        local rev = redis.call('HINCRBY', rk, 'r', 1)
        redis.call('HSET', rk, 't', h.text)
        redis.call('EXPIRE', rk, h.ttl)
        claim_text(prior)
        return {'update', rec[1], rev, rec[4] or rec[1], rec[5] or ''}
      end
    end
  end
end

-- Near: articles sharing an LSH band, with the number of equal signature bytes.
local sig = ARGV[2]
local mine = {string.byte(sig, 1, -1)}
local out, seen = {}, {}
seen[h.short] = true
if text_prior then
  seen[text_prior] = true
  local g = redis.call('HMGET', h.rprefix .. text_prior, 'n', 'src')
  table.insert(out, text_prior); table.insert(out, h.full); table.insert(out, g[1] or h.n)
  table.insert(out, g[2] or '')
end
for j = 1, NB do
  for w = 1, W do
    local v = redis.call('HGET', bkey(j, w), ARGV[2 + NF + j])
    if v and not seen[v] then
      seen[v] = true
      local g = redis.call('HMGET', h.rprefix .. v, 'g', 'n', 'src')
      if g[1] then
        local theirs = {string.byte(g[1], 1, -1)}
        local equal = 0
        for i = 1, math.min(#mine, #theirs) do
          if mine[i] == theirs[i] then equal = equal + 1 end
        end
        if equal >= h.min then
          table.insert(out, v); table.insert(out, equal); table.insert(out, g[2])
          table.insert(out, g[3] or '')
        end
      end
    end
  end
end

-- Insert: exact keys, bands (the first article keeps a band), record and card.
local seq = redis.call('INCR', KEYS[1])
for _, f in ipairs(h.inserts) do
  redis.call('HSET', xkey(f, 1), xfield(f), h.short)
  redis.call('EXPIREAT', xkey(f, 1), h.expireat)
end
for j = 1, NB do
  redis.call('HSETNX', bkey(j, 1), ARGV[2 + NF + j], h.short)
  redis.call('EXPIREAT', bkey(j, 1), h.expireat)
end
redis.call('HSET', KEYS[2], 'i', h.id, 't', h.text, 'r', 1, 'g', sig, 'n', h.n, 'src', h.src,
  'p', h.p, 'h', h.h, 'cr', h.cr, 'cu', h.cu, 'uk', h.uk, 'q', seq, 'u', 1)
redis.call('EXPIRE', KEYS[2], h.ttl)
redis.call('SET', KEYS[3], h.card, 'EX', h.ttl)
-- The story of the closest candidate, so that joining it needs no second look-up.
local best, most = nil, -1
for i = 1, #out, 4 do
  if out[i + 1] > most then best, most = out[i], out[i + 1] end
end
local story = best and story_members(h.rprefix, h.sprefix, best, h.fields) or {}
local reply = {'new', seq, #out}
for _, v in ipairs(out) do table.insert(reply, v) end
for _, v in ipairs(story) do table.insert(reply, v) end
return reply
