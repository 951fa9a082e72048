// The simulated internet's echo endpoint: answers every request with the client's address as the
// destination saw it (IPv4-mapped IPv6 addresses unwrapped). Runs inside the test's `wan` netns.
import http from "node:http";

const port = Number(process.argv[2] ?? 80);
const server = http.createServer((request, response) => {
  const address = (request.socket.remoteAddress ?? "").replace(/^::ffff:/u, "");
  response.writeHead(200, { "content-type": "text/plain" });
  response.end(`${address}\n`);
});
server.listen({ port, host: "::", ipv6Only: false });
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => server.close(() => process.exit(0)));
