--[[
  record-fault.lua: a call failed through the provider's fault (5xx, 529, timeout, reset,
  malformed answer).  Owns the CLOSED -> OPEN and HALF_OPEN -> OPEN transitions.

  KEYS[1]  the provider's state hash
  KEYS[2]  the provider's failure-rate window (hash: "<bucket>:c" calls, "<bucket>:f" faults)
  KEYS[3]  the provider's probe leases
  ARGV[1]  the probe lease the call held, or '' when it was not a probe
  ARGV[2]  consecutive faults that open the circuit
  ARGV[3]  failure rate (0..1) over the window that opens the circuit
  ARGV[4]  calls the window must hold before the rate counts
  ARGV[5]  window bucket length in ms
  ARGV[6]  number of buckets in the window
  ARGV[7]  open time in ms for the first opening
  ARGV[8]  the longest open time in ms (each re-open doubles it up to this)
  ARGV[9]  ttl of the state hash in ms

  Returns {from, to, open_ms, failures, why}:
    from,to   ('closed','open') or ('half_open','open') when this fault opened the circuit, else ('','')
    open_ms   how long it stays open (0 when no transition)
    failures  consecutive faults now counted
    why       'consecutive', 'failure_rate' or 'probe_failed' when it opened, else ''
]]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HGET', KEYS[1], 'state') or 'closed'

local function open(from, why, failures)
  local opens = redis.call('HINCRBY', KEYS[1], 'opens', 1)
  local open_ms = math.min(tonumber(ARGV[7]) * 2 ^ (opens - 1), tonumber(ARGV[8]))
  open_ms = math.floor(open_ms)
  redis.call('HSET', KEYS[1], 'state', 'open', 'open_until', now + open_ms, 'changed_at', now)
  redis.call('DEL', KEYS[2], KEYS[3])
  redis.call('PEXPIRE', KEYS[1], math.max(tonumber(ARGV[9]), open_ms * 2))
  return {from, 'open', open_ms, failures, why}
end

if state == 'half_open' then
  if ARGV[1] ~= '' and redis.call('ZREM', KEYS[3], ARGV[1]) == 1 then
    local failures = redis.call('HINCRBY', KEYS[1], 'failures', 1)
    return open('half_open', 'probe_failed', failures)
  end
  return {'', '', 0, tonumber(redis.call('HGET', KEYS[1], 'failures') or '0'), ''}
end
if state ~= 'closed' then
  -- Open already: a late fault from a call admitted before it opened adds nothing.
  return {'', '', 0, tonumber(redis.call('HGET', KEYS[1], 'failures') or '0'), ''}
end

local failures = redis.call('HINCRBY', KEYS[1], 'failures', 1)
local bucket_ms = tonumber(ARGV[5])
local buckets = tonumber(ARGV[6])
local current = math.floor(now / bucket_ms)
redis.call('HINCRBY', KEYS[2], current .. ':c', 1)
redis.call('HINCRBY', KEYS[2], current .. ':f', 1)
redis.call('PEXPIRE', KEYS[2], bucket_ms * (buckets + 1))

local calls, faults = 0, 0
local window = redis.call('HGETALL', KEYS[2])
for i = 1, #window, 2 do
  local field, value = window[i], tonumber(window[i + 1])
  local b, kind = string.match(field, '^(%d+):(%a)$')
  b = tonumber(b)
  if b == nil or b <= current - buckets then
    redis.call('HDEL', KEYS[2], field)
  elseif kind == 'c' then
    calls = calls + value
  else
    faults = faults + value
  end
end

if failures >= tonumber(ARGV[2]) then
  return open('closed', 'consecutive', failures)
end
if calls >= tonumber(ARGV[4]) and faults / calls > tonumber(ARGV[3]) then
  return open('closed', 'failure_rate', failures)
end
redis.call('PEXPIRE', KEYS[1], ARGV[9])
return {'', '', 0, failures, ''}
