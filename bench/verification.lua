-- wrk script of bench/verification.sh: every request carries an unused token (tokens are single
-- use: the server refuses a replayed jti), read from the token file that the harness signed for
-- this round; thread i of n takes lines i, i+n, i+2n, ... Usage:
--   wrk -t2 -c16 -d15s --latency -s bench/verification.lua <url> -- <token file> <threads> [delay ms]
-- A thread that runs out of tokens sends no token: those calls answer 401 and show as non-2xx,
-- which makes the harness reject the round.
local threads = 0

function setup(thread)
    thread:set("id", threads)
    threads = threads + 1
end

function init(args)
    local file, count = args[1], tonumber(args[2])
    pause = tonumber(args[3] or "0")
    requests = {}
    local line = 0
    for token in io.lines(file) do
        if line % count == id then
            requests[#requests + 1] = wrk.format("GET", wrk.path, {
                ["Authorization"] = "Bearer " .. token,
                ["sris-consumerAdminId"] = "00000000",
                ["Content-Type"] = "application/json",
            })
        end
        line = line + 1
    end
    sent = 0
end

function delay()
    return pause
end

function request()
    sent = sent + 1
    return requests[sent] or wrk.format("GET", wrk.path)
end
