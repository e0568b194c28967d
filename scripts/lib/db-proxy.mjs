// A TCP relay between the app and its database, for the outage test: POST /down on its control
// port drops every connection and refuses new ones (the database "stops" as far as the app can
// tell), POST /up lets connections through again. It also counts the statements the app sends
// (Parse and simple Query messages of the PostgreSQL protocol), for the cluster test's check that
// a cold instance serves from the shared cache without querying the database.
import http from "node:http";
import net from "node:net";

/** A reader of the client's side of one connection that counts Parse ('P') and Query ('Q'). */
function statementCounter(onStatement) {
  let buffer = Buffer.alloc(0);
  let started = false;
  return (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      if (!started) {
        // Untyped start-up messages: SSLRequest/GSSENCRequest (8 bytes), then StartupMessage.
        if (buffer.length < 4) return;
        const length = buffer.readInt32BE(0);
        if (buffer.length < length) return;
        const code = buffer.readInt32BE(4);
        buffer = buffer.subarray(length);
        if (code !== 80877103 && code !== 80877104) started = true;
        continue;
      }
      if (buffer.length < 5) return;
      const length = buffer.readInt32BE(1) + 1;
      if (buffer.length < length) return;
      const type = String.fromCharCode(buffer[0]);
      if (type === "P" || type === "Q") onStatement();
      buffer = buffer.subarray(length);
    }
  };
}

export async function startDatabaseRelay(targetUrl) {
  const target = new URL(targetUrl);
  const sockets = new Set();
  let up = true;
  let statements = 0;
  const relay = net.createServer((client) => {
    if (!up) return client.destroy();
    const server = net.connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(server);
    const close = () => {
      client.destroy();
      server.destroy();
      sockets.delete(client);
      sockets.delete(server);
    };
    client.on("error", close).on("close", close);
    server.on("error", close).on("close", close);
    client.pipe(server).pipe(client);
    client.on(
      "data",
      statementCounter(() => statements++),
    );
  });
  const control = http.createServer((request, response) => {
    if (request.method === "POST" && (request.url === "/down" || request.url === "/up")) {
      up = request.url === "/up";
      if (!up) for (const socket of sockets) socket.destroy();
      response.end(up ? "up" : "down");
    } else {
      response.statusCode = 404;
      response.end();
    }
  });
  const listen = (server) =>
    new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server.address().port)));
  const [relayPort, controlPort] = [await listen(relay), await listen(control)];
  const url = new URL(targetUrl);
  url.hostname = "127.0.0.1";
  url.port = String(relayPort);
  return {
    url: url.toString(),
    control: `http://127.0.0.1:${controlPort}`,
    /** Statements sent through the relay since it started. */
    statements: () => statements,
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all([new Promise((r) => relay.close(r)), new Promise((r) => control.close(r))]);
    },
  };
}
