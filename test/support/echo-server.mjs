// The simulated internet's endpoints, inside the test's `wan` netns:
// - port P answers every request with the client's address as the destination saw it
//   (IPv4-mapped IPv6 addresses unwrapped);
// - port P+1 accepts connections and never answers, for tests of timeouts and interruption.
import http from "node:http";

const port = Number(process.argv[2] ?? 80);
const echo = http.createServer((request, response) => {
  const address = (request.socket.remoteAddress ?? "").replace(/^::ffff:/u, "");
  response.writeHead(200, { "content-type": "text/plain" });
  response.end(`${address}\n`);
});
const silent = http.createServer(() => {
  // Deliberately never respond.
});
echo.listen({ port, host: "::", ipv6Only: false });
silent.listen({ port: port + 1, host: "::", ipv6Only: false });
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    silent.closeAllConnections();
    echo.close();
    silent.close();
    process.exit(0);
  });
}
