-- wrk script for the soak in bench/run: each connection asks for the paths given after "--" in turn, and the
-- answers that are not 2xx/3xx (and among them the 5xx) are counted and printed on one SOAK line at the end.
-- One request in UNIQUE_EVERY asks for a routine printout never asked for before (with a choice the guide does not
-- know, which the page shows back): no declared address, so it is rendered every time and never kept, while the
-- soak runs: memory must stay flat all the same.

local UNIQUE_EVERY = 200

local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("thread_tag", tostring(#threads))
end

function init(args)
   paths = args
   next_path = 0
   sent = 0
   failed = 0
   server_errors = 0
end

function request()
   next_path = next_path % #paths + 1
   sent = sent + 1
   local path = paths[next_path]
   if sent % UNIQUE_EVERY == 0 then
      path = "/routine/print?e=banded-as&e=double-chins&e=soak-" .. thread_tag .. "-" .. sent
   end
   return wrk.format("GET", path)
end

function response(status, headers, body)
   if status >= 400 then
      failed = failed + 1
   end
   if status >= 500 then
      server_errors = server_errors + 1
   end
end

function done(summary, latency, requests)
   local failed_total, server_errors_total = 0, 0
   for _, thread in ipairs(threads) do
      failed_total = failed_total + thread:get("failed")
      server_errors_total = server_errors_total + thread:get("server_errors")
   end
   local e = summary.errors
   io.write(string.format("SOAK requests=%d non_2xx_3xx=%d status_5xx=%d socket_errors=%d p50_ms=%.2f p99_ms=%.2f\n",
      summary.requests, failed_total, server_errors_total, e.connect + e.read + e.write + e.timeout,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
