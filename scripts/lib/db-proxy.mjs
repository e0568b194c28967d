// A TCP relay between the app and its database, for the outage test: POST /down on its control
// port drops every connection and refuses new ones (the database "stops" as far as the app can
// tell), POST /up lets connections through again.
import http from "node:http";
import net from "node:net";

export async function startDatabaseRelay(targetUrl) {
  const target = new URL(targetUrl);
  const sockets = new Set();
  let up = true;
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
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all([new Promise((r) => relay.close(r)), new Promise((r) => control.close(r))]);
    },
  };
}
