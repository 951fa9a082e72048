# The VM test's upstream endpoint: answers every request with the client's address as seen here.
import socket
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Echo(BaseHTTPRequestHandler):
    def do_GET(self):
        body = (self.client_address[0].removeprefix("::ffff:") + "\n").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class DualStack(ThreadingHTTPServer):
    address_family = socket.AF_INET6


DualStack(("::", 80), Echo).serve_forever()
