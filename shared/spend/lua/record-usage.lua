--[[
  record-usage.lua: add one task's cost to the spend counters that exist, and its tokens to this
  minute's count, in one round trip (the worker calls it after every task).

  KEYS[1]     the caller's tokens this minute
  KEYS[2..n]  spend counters (a caller's day, month and total; the gateway's day)
  ARGV[1]     USD to add (a decimal string; "0" adds nothing)
  ARGV[2]     tokens to add (0 adds nothing)
  ARGV[3]     seconds the minute's count lives

  Only spend counters that exist are changed: a missing one is rebuilt from Postgres by the next
  budget check (seed-spend.lua), and an increment made before that would be counted twice or stand
  for the whole period. Returns how many spend counters were changed.
]]
local changed = 0
if tonumber(ARGV[1]) > 0 then
  for i = 2, #KEYS do
    if redis.call('EXISTS', KEYS[i]) == 1 then
      redis.call('INCRBYFLOAT', KEYS[i], ARGV[1])
      changed = changed + 1
    end
  end
end
local tokens = tonumber(ARGV[2])
if tokens > 0 then
  redis.call('INCRBY', KEYS[1], tokens)
  redis.call('EXPIRE', KEYS[1], tonumber(ARGV[3]))
end
return changed
