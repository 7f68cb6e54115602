--[[
  rebase.lua: keeps a busy lane's priorities inside BullMQ's range. Priorities are the jobs' tags
  minus the lane's origin; as the clock runs, new tags grow, so once the clock is far from the
  origin, the origin moves up to the clock and every waiting job of the lane moves down by the same
  amount, in one step, so the order of the waiting jobs never changes.
  Reads and writes BullMQ's own structures (bullmq 5): the prioritized set, scored
  priority * 2^32 + insertion counter, and the `priority` field of each job hash (used again when
  a delayed job is promoted). A test (test/fair/rebase.test.ts) fails if that layout changes.

  KEYS[1]  the lane's state hash (v, origin)
  KEYS[2]  BullMQ's prioritized set
  KEYS[3]  BullMQ's delayed set
  ARGV[1]  BullMQ's job key prefix ("<prefix>:<queue>:")
  ARGV[2]  the lane's lowest priority number
  ARGV[3]  the lane's highest priority number
  ARGV[4]  the distance from the origin past which a rebase is due

  Returns {shift, moved}: how far the origin moved (0 when no rebase was due) and how many jobs moved.
]]
local state = redis.call('HMGET', KEYS[1], 'v', 'origin')
local v = tonumber(state[1] or '0')
local origin = tonumber(state[2] or '0')
if v - origin <= tonumber(ARGV[4]) then return {0, 0} end
local shift = math.floor(v - origin)
local base = tonumber(ARGV[2])
local top = tonumber(ARGV[3])
local SLOT = 4294967296
local moved = 0

local function shifted(priority)
  return math.max(base, priority - shift)
end

local entries = redis.call('ZRANGEBYSCORE', KEYS[2], string.format('%.0f', base * SLOT), '(' .. string.format('%.0f', (top + 1) * SLOT), 'WITHSCORES')
for i = 1, #entries, 2 do
  local id = entries[i]
  local score = tonumber(entries[i + 1])
  local priority = math.floor(score / SLOT)
  local counter = score - priority * SLOT
  local np = shifted(priority)
  redis.call('ZADD', KEYS[2], string.format('%.0f', np * SLOT + counter), id)
  redis.call('HSET', ARGV[1] .. id, 'priority', np)
  moved = moved + 1
end

local delayed = redis.call('ZRANGE', KEYS[3], 0, -1)
for _, id in ipairs(delayed) do
  local priority = tonumber(redis.call('HGET', ARGV[1] .. id, 'priority') or '0')
  if priority >= base and priority <= top then
    redis.call('HSET', ARGV[1] .. id, 'priority', shifted(priority))
    moved = moved + 1
  end
end

redis.call('HSET', KEYS[1], 'origin', string.format('%.17g', origin + shift))
return {shift, moved}
