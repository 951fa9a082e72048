// A tiny authoritative DNS server for the simulated internet: answers A and AAAA queries for the
// names given on the command line (name=ipv4,ipv6), NXDOMAIN for everything else. Enough for
// aardvark-dns to forward a container's query to it (the spec's `dns` servers).
//
//   node dns-server.mjs <port> probe.podnet.test=198.51.100.80,2001:db8:2::80 …
import { createSocket } from "node:dgram";
import { isIPv4 } from "node:net";

const port = Number(process.argv[2]);
const records = new Map(
  process.argv.slice(3).map((entry) => {
    const [name, addresses] = entry.split("=");
    return [name.toLowerCase(), addresses.split(",")];
  }),
);

function readName(message, offset) {
  const labels = [];
  while (message[offset] !== 0) {
    const length = message[offset];
    labels.push(message.subarray(offset + 1, offset + 1 + length).toString("ascii"));
    offset += length + 1;
  }
  return { name: labels.join(".").toLowerCase(), end: offset + 1 };
}

function addressBytes(address) {
  if (isIPv4(address)) return Buffer.from(address.split(".").map(Number));
  const [head, tail = ""] = address.split("::");
  const parts = (text) => (text ? text.split(":") : []);
  const groups = [...parts(head), ...Array(8 - parts(head).length - parts(tail).length).fill("0"), ...parts(tail)];
  return Buffer.from(groups.flatMap((group) => [parseInt(group, 16) >> 8, parseInt(group, 16) & 0xff]));
}

function answer(query) {
  const { name, end } = readName(query, 12);
  const type = query.readUInt16BE(end);
  const question = query.subarray(12, end + 4);
  const known = records.get(name);
  const wanted = (known ?? []).filter((address) => (type === 1 ? isIPv4(address) : type === 28 ? !isIPv4(address) : false));
  const header = Buffer.alloc(12);
  query.copy(header, 0, 0, 2);
  header.writeUInt16BE(0x8400 | (known ? 0 : 3), 2); // response, authoritative, NOERROR or NXDOMAIN
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(wanted.length, 6);
  const answers = wanted.map((address) => {
    const data = addressBytes(address);
    const record = Buffer.alloc(12);
    record.writeUInt16BE(0xc00c, 0); // pointer to the question's name
    record.writeUInt16BE(type, 2);
    record.writeUInt16BE(1, 4);
    record.writeUInt32BE(60, 6);
    record.writeUInt16BE(data.length, 10);
    return Buffer.concat([record, data]);
  });
  return Buffer.concat([header, question, ...answers]);
}

const socket = createSocket({ type: "udp6", ipv6Only: false });
socket.on("message", (message, remote) => {
  try {
    socket.send(answer(message), remote.port, remote.address);
  } catch {
    // a malformed query gets no answer
  }
});
socket.bind(port, "::");
