-- wrk script: sends at a fixed rate instead of as fast as the connections allow. Each thread hands out
-- send times one interval apart (wrk -- <requests per second per thread>); a connection that is free waits
-- for the next one, so latency is measured on an unsaturated server as long as some connections are free.
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clock, bench_timespec *tp);
]]
local clock = ffi.new("bench_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

local interval, next_at

init = function(args)
  interval = 1000 / tonumber(args[1])
end

delay = function()
  local now = now_ms()
  next_at = math.max((next_at or now) + interval, now)
  return next_at - now
end

dofile("bench/report.lua")
