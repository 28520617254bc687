# Fine-Tune Scout as a container: docs/DEPLOY.md says how to build, run and deploy it.
#   podman build --format docker -t fine-tune-scout .      (--format docker keeps the HEALTHCHECK)
#   docker build -t fine-tune-scout .
# BASE_IMAGE is any Debian-based Node.js 22/24 image with a `node` user, such as the official one (the
# default) or the one scripts/container/make-base-image.sh makes where no image registry is reachable.
ARG BASE_IMAGE=docker.io/library/node:24-slim

# --- build: every dependency, then the TypeScript compiler ------------------------------------------------
FROM ${BASE_IMAGE} AS build
WORKDIR /app
# The lock file alone decides this layer, so it is rebuilt only when the dependencies change. npm's cache
# is a build cache shared by both stages (the runtime stage downloads nothing again). Behind a proxy that
# inspects TLS, hand npm the proxy's CA: --secret id=npm-ca,src=/path/to/ca.pem (nothing stays in the image).
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm --mount=type=secret,id=npm-ca \
    if [ -s /run/secrets/npm-ca ]; then export NODE_EXTRA_CA_CERTS=/run/secrets/npm-ca; fi; \
    npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY bench ./bench
COPY scripts ./scripts
RUN npm run build

# --- runtime: production dependencies, the compiled bot, its catalog and card templates --------------------
FROM ${BASE_IMAGE} AS runtime
LABEL org.opencontainers.image.title="Fine-Tune Scout" \
      org.opencontainers.image.description="A Microsoft Teams bot that tells people where and how they can fine-tune Azure OpenAI models."
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm --mount=type=secret,id=npm-ca \
    if [ -s /run/secrets/npm-ca ]; then export NODE_EXTRA_CA_CERTS=/run/secrets/npm-ca; fi; \
    npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/dist/src ./dist/src
COPY data ./data
COPY cards ./cards
# Everything above belongs to root and is read-only to the bot, which writes no files.
USER node
# Listen on every interface of the container: the platform's front end (App Service, Container Apps
# ingress) reaches it from outside. src/config.ts refuses this without MicrosoftAppId (local mode is
# unauthenticated), so the container needs the bot's identity to start, as in production.
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3978
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 CMD ["node", "dist/src/healthcheck.js"]
# node itself is PID 1 (no npm, no shell), so the platform's SIGTERM reaches it and src/index.ts stops the
# bot cleanly: no new requests, turns in flight finish within SHUTDOWN_GRACE_MS, exit 0.
CMD ["node", "dist/src/index.js"]
