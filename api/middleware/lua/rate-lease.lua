--[[
  rate-lease.lua: lease a slice of one client's rate-limit window to an API replica, which then
  serves that many requests without asking Redis (api/middleware/leased-store.ts).

  KEYS[1]  the client's counter in the current window (the rate-limit prefix + client key): units
           granted so far, to every replica together
  ARGV[1]  the limit per window
  ARGV[2]  units wanted (the slice, k)
  ARGV[3]  window length, ms

  A missing counter (or one without an expiry) starts a new window that ends ARGV[3] ms from now;
  the window is fixed: later grants do not move its end. The grant is min(k, limit - count), so the
  units granted in one window never add up to more than the limit, however many replicas ask.
  The counter is the same integer with the same expiry that rate-limit-redis kept (one INCR per
  request), so replicas of either kind count together during a rolling upgrade.

  Returns {granted, the counter after the grant, ms until the window ends}; granted 0 means the
  limit is spent until then.
]]
local limit = tonumber(ARGV[1])
local want = tonumber(ARGV[2])
local ttl = redis.call('PTTL', KEYS[1])
if ttl <= 0 then
  local window = tonumber(ARGV[3])
  local grant = math.min(want, limit)
  if grant <= 0 then
    return {0, 0, window}
  end
  redis.call('SET', KEYS[1], grant, 'PX', window)
  return {grant, grant, window}
end
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
local grant = math.min(want, limit - count)
if grant <= 0 then
  return {0, count, ttl}
end
return {grant, redis.call('INCRBY', KEYS[1], grant), ttl}
