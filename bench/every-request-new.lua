-- wrk script: every request is one nobody asked before, so that no kept answer serves it. Each request takes the next
-- of the paths given after "--" and adds a parameter the platform ignores, new each time; "{campus}" in a path stands
-- for the next of 1,000 campuses from the id given by CAMPUS_FROM (the campus page of each in turn). Prints requests,
-- errors and the latency percentiles.
--   wrk -s bench/every-request-new.lua URL -- /formations?q=maintenance /campus/{campus}
local threads = {}
local thread_number = 0

setup = function(thread)
  thread_number = thread_number + 1
  thread:set("thread_id", thread_number)
  table.insert(threads, thread)
end

local paths
local counter = 0
local campus_from

init = function(args)
  paths = args
  campus_from = tonumber(os.getenv("CAMPUS_FROM") or "1")
end

request = function()
  counter = counter + 1
  local path = paths[(counter % #paths) + 1]
  path = path:gsub("{campus}", tostring(campus_from + (counter * 7 + thread_id) % 1000))
  local separator = path:find("?", 1, true) and "&" or "?"
  return wrk.format("GET", path .. separator .. "lecture=" .. thread_id .. "-" .. counter)
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout
  io.write(string.format("requests %d errors %d\n", summary.requests, errors))
  for _, p in ipairs({ 50, 99 }) do
    io.write(string.format("p%d %.1f\n", p, latency:percentile(p) / 1000))
  end
end
