import net from "node:net"

/** True when nothing listens on the port (checked by binding it on all interfaces). */
export function isPortFree(port, host = "0.0.0.0") {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.once("listening", () => server.close(() => resolve(true)))
    server.listen(port, host)
  })
}

/** A free port at or above `from`. */
export async function findFreePort(from) {
  for (let port = from; port < from + 200; port++) {
    if (await isPortFree(port)) {
      return port
    }
  }
  throw new Error(`No free port between ${from} and ${from + 199}`)
}
