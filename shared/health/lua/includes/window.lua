--[[
  includes/window.lua (included by record.lua and status.lua): a scope's failure-rate window, a
  hash of "<bucket>:c" (calls) and "<bucket>:f" (faults) per bucket of `bucket_ms`.

  window_count(window_key, now, bucket_ms, buckets, fault)  adds one call (a fault when `fault`)
  window_totals(window_key, now, bucket_ms, buckets, prune) returns calls, faults over the last
    `buckets` buckets; with `prune`, fields of buckets that fell out are deleted.
]]
local function window_count(window_key, now, bucket_ms, buckets, fault)
  local current = math.floor(now / bucket_ms)
  local calls = redis.call('HINCRBY', window_key, current .. ':c', 1)
  if fault then
    redis.call('HINCRBY', window_key, current .. ':f', 1)
  end
  -- The first call of a bucket extends the window's life to cover the buckets after it.
  if calls == 1 then
    redis.call('PEXPIRE', window_key, bucket_ms * (buckets + 1))
  end
end

local function window_totals(window_key, now, bucket_ms, buckets, prune)
  local current = math.floor(now / bucket_ms)
  local calls, faults = 0, 0
  local fields = redis.call('HGETALL', window_key)
  for i = 1, #fields, 2 do
    local b, kind = string.match(fields[i], '^(%d+):(%a)$')
    b = tonumber(b)
    if b == nil or b <= current - buckets then
      if prune then redis.call('HDEL', window_key, fields[i]) end
    elseif kind == 'c' then
      calls = calls + tonumber(fields[i + 1])
    else
      faults = faults + tonumber(fields[i + 1])
    end
  end
  return calls, faults
end
