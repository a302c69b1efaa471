# Chợ Số storefront (React Router 7, framework mode) image. Build context: the repository root.
#
#   docker build -f docker/storefront.Dockerfile -t choso/storefront .
#
# Runtime env: PORT (3000), MEDUSA_BACKEND_URL (server-side only, e.g. http://backend:9000),
# MEDUSA_PUBLISHABLE_KEY, PUBLIC_MEDUSA_URL (browser-facing backend URL for image links).
# All of them are read at request time. None is baked into the build.
#
# Like backend.Dockerfile, this uses only classic Dockerfile syntax (builds without BuildKit).

ARG NODE_IMAGE=node:22-bookworm-slim

# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS base
# npm that wrote package-lock.json. npm 10 (bundled with node 22) ignores `allowScripts`.
ARG NPM_VERSION=11.19.1
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
RUN npm install -g "npm@${NPM_VERSION}" --no-audit --no-fund \
 && npm cache clean --force

# ---------------------------------------------------------------------------
FROM base AS build
WORKDIR /app

# All workspace manifests + lockfile, so npm sees the same workspace tree as in development.
# `npm install`, not `npm ci`: the lockfile names platform-specific optional binaries.
COPY package.json package-lock.json ./
COPY packages/commerce/package.json packages/commerce/
COPY packages/seller-rules/package.json packages/seller-rules/
COPY packages/market-rules/package.json packages/market-rules/
COPY packages/ocop-rules/package.json packages/ocop-rules/
COPY packages/trace-rules/package.json packages/trace-rules/
COPY packages/secret-rule/package.json packages/secret-rule/
COPY plugins/vietnam/package.json plugins/vietnam/
COPY plugins/vnpay-sdk/package.json plugins/vnpay-sdk/
COPY backend/package.json backend/
COPY seed/package.json seed/
COPY storefront/package.json storefront/
RUN npm install --include=dev --no-audit --no-fund \
 && npm cache clean --force

# The server build bundles these workspace packages (Vite does not externalize linked packages):
# the runtime needs none of them. The VNPay SDK (its PAYMENT_METHODS) is built first.
COPY packages/commerce packages/commerce
COPY packages/seller-rules packages/seller-rules
COPY packages/market-rules packages/market-rules
COPY packages/ocop-rules packages/ocop-rules
COPY packages/trace-rules packages/trace-rules
COPY packages/secret-rule packages/secret-rule
COPY plugins/vnpay-sdk plugins/vnpay-sdk
COPY storefront storefront
COPY docker/runtime-package.mjs docker/
RUN npm run build --workspace plugins/vnpay-sdk \
 && npm run build --workspace storefront \
 && if grep -q '"@choso/' storefront/build/server/index.js; then echo "the server build imports a workspace package" >&2; exit 1; fi \
 && mkdir -p /out \
 && cp storefront/package.json /out/package.json \
 && node docker/runtime-package.mjs /out/package.json

# ---------------------------------------------------------------------------
# Production dependencies of the storefront alone, installed from its (rewritten) package.json.
FROM base AS prod-deps
WORKDIR /app
COPY --from=build /out/package.json ./
RUN npm install --omit=dev --no-audit --no-fund \
 && npm cache clean --force

# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    PATH=/app/node_modules/.bin:$PATH
WORKDIR /app

# Root-owned and read-only to the app. react-router-serve serves ./build/client relative to the cwd.
COPY --from=prod-deps /app ./
COPY --from=build /app/storefront/build ./build

USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# The binary is called directly, not through npx, so it gets SIGTERM (it shuts down cleanly on it).
CMD ["react-router-serve", "./build/server/index.js"]
