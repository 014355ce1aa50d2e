# syntax=docker/dockerfile:1
# The reader as a container: `docker build --build-arg SITE_URL=https://your.host -t report2022 .` then
# `docker run -p 3000:3000 report2022`. Two stages: the first has the compilers and devDependencies a build
# needs (nodejieba segments the search index); the second holds only the standalone folder
# (npm run build:standalone: Next's traced server, the static assets, the search artifact and our server
# bundled into start.mjs) and runs it as the unprivileged `node` user.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# nodejieba is a native addon built on install.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc ./
# .npmrc points node-gyp at this project's dev machine headers (/usr); the image keeps them under /usr/local.
RUN npm ci --nodedir=/usr/local
COPY . .
ARG SITE_URL
ENV SITE_URL=${SITE_URL} NEXT_TELEMETRY_DISABLED=1
RUN test -n "$SITE_URL" || echo "warning: SITE_URL is not set: canonical links will point at http://localhost:3000" \
  && npm run build:standalone

FROM node:20-bookworm-slim AS run
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=build --chown=node:node /app/.next/standalone ./
USER node
EXPOSE 3000
# SIGTERM (docker stop) reaches node directly: it finishes requests in flight and exits 0
# (SHUTDOWN_DEADLINE_MS; give docker stop a longer --time than that deadline).
CMD ["node", "start.mjs", "--no-build"]
