--[[
  seed-spend.lua: set a spend counter rebuilt from Postgres, unless another API replica (or an
  earlier request) already did.

  KEYS[1]  the spend counter
  ARGV[1]  USD spent in the period so far, summed from Postgres (a decimal string)
  ARGV[2]  time to live in seconds (0: none, for a key's whole-life total)

  Returns the counter's value after the call (the existing one when it was already there).
]]
local existing = redis.call('GET', KEYS[1])
if existing then return existing end
if tonumber(ARGV[2]) > 0 then
  redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
else
  redis.call('SET', KEYS[1], ARGV[1])
end
return ARGV[1]
