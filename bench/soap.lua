-- wrk script of bench/data-service.sh: SOAP calls of the linking interface. Every RQ02 carries a
-- WS-Security UsernameToken with a nonce of its own (the server refuses a replayed one) and the
-- current Created time, and asks for one of the IDs of the ID file in turn; "ping" posts the
-- trivial echo (no credentials, no database). Usage:
--   wrk -t2 -c16 -d15s --latency -s bench/soap.lua <url> -- <RQ02|ping> <ID file> <account> <password> <round>
local threads = 0

function setup(thread)
    thread:set("thread", threads)
    threads = threads + 1
end

local envelope = '<?xml version="1.0" encoding="UTF-8"?>'
    .. '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" xmlns:l="urn:tw:rislink:linking:v1"'
    .. ' xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"'
    .. ' xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">'

function init(args)
    operation = args[1]
    ids = {}
    if operation ~= "ping" then
        for line in io.lines(args[2]) do
            ids[#ids + 1] = line
        end
        account, password, round = args[3], args[4], args[5]
    end
    sent = 0
    headers = { ["Content-Type"] = "text/xml; charset=UTF-8", ["SOAPAction"] = '""' }
end

function request()
    sent = sent + 1
    if operation == "ping" then
        return wrk.format("POST", wrk.path, headers,
            envelope .. '<s:Body><l:ping><l:text>bench</l:text></l:ping></s:Body></s:Envelope>')
    end
    local id = ids[(sent * 2 + thread) % #ids + 1]
    local body = envelope
        .. '<s:Header><wsse:Security s:mustUnderstand="1"><wsse:UsernameToken>'
        .. '<wsse:Username>' .. account .. '</wsse:Username>'
        .. '<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">'
        .. password .. '</wsse:Password>'
        .. '<wsse:Nonce>bench-' .. round .. '-' .. thread .. '-' .. sent .. '</wsse:Nonce>'
        .. '<wsu:Created>' .. os.date("!%Y-%m-%dT%H:%M:%SZ") .. '</wsu:Created>'
        .. '</wsse:UsernameToken></wsse:Security></s:Header>'
        .. '<s:Body><l:RQ02><l:userId>bench' .. thread .. '</l:userId><l:personId>' .. id
        .. '</l:personId></l:RQ02></s:Body></s:Envelope>'
    return wrk.format("POST", wrk.path, headers, body)
end
