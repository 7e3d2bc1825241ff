-- wrk script: rotates over typical directory requests (full text, filters, both), and prints the latency percentiles.
local paths = {
  "/campus?q=bois", "/campus?q=numerique&region=44", "/campus?filiere=TOURISME", "/campus?q=lycee%20des%20metiers",
  "/campus?region=24&categorie=EXCELLENCE", "/campus?q=thionville", "/campus?statut=LABELLISE&page=3",
  "/api/v1/campuses?q=energie", "/api/v1/campuses?filiere=NUMERIQUE&size=50", "/campus?q=hydrogene&tri=nom"
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (status %d)\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout, summary.errors.status))
  for _, p in ipairs({ 50, 90, 95, 99 }) do
    io.write(string.format("p%d %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
