--[[
  record-spend.lua: add one task's cost to the spend counters that exist.

  KEYS[1..n]  spend counters (a caller's day, month and total; the gateway's day)
  ARGV[1]     USD to add (a decimal string)

  Only counters that exist are changed: a missing one is rebuilt from Postgres by the next budget
  check (seed-spend.lua), and an increment made before that would be counted twice or stand for
  the whole period. Returns how many counters were changed.
]]
local changed = 0
for i = 1, #KEYS do
  if redis.call('EXISTS', KEYS[i]) == 1 then
    redis.call('INCRBYFLOAT', KEYS[i], ARGV[1])
    changed = changed + 1
  end
end
return changed
