-- Each connection is a person who reads the page before asking for the next one: a pause of THINK_MS milliseconds on
-- average before each request (drawn evenly between half and one and a half times that), so that N connections are N
-- people at work rather than N loops asking again the instant an answer lands. wrk's latencies exclude the pause.
local think = tonumber(os.getenv("THINK_MS") or "1000")

function delay()
    return math.random(math.floor(think / 2), math.floor(think * 3 / 2))
end
